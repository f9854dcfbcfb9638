package dev.chainrule.runtime.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the loops of the traced function again in its tape, so that {@link TapeCompiler} can emit them as bytecode
 * loops instead of writing every iteration out.
 *
 * <p>A loop leaves a run of {@code repetitions} blocks of {@code period} nodes on the tape, where the node at offset
 * {@code o} of every block has the same operation, the same analysis flags (active, adjoint, strong zero, first
 * write) and the same guards (sense and recorded outcome), and each of its arguments lives in the same place (an
 * input, a constant or a computed node) at an address that moves by a fixed stride from block to block: stride 0 for
 * a value every iteration shares, the period for the previous iteration's value, 1 for the next input. Such a block,
 * compiled once with addresses {@code base + r · stride}, computes every repetition {@code r}. Iterations that differ
 * (the first one, which records the loop's constants; the last one, whose adjoints are first writes) are left out of
 * the run and written out one by one.
 */
final class Loops {

    /** The longest block looked for, which keeps a loop's body well below a chunk method's size. */
    static final int MAX_PERIOD = 64;

    /** The fewest nodes a run must cover to become a loop: shorter runs run faster written out. */
    static final int MIN_NODES = 64;

    /** A run of {@code repetitions} blocks of {@code period} nodes, the first one starting at node {@code start}. */
    record Run(int start, int period, int repetitions) {

        int end() {
            return start + period * repetitions;
        }
    }

    private final Trace trace;

    private Loops(Trace trace) {
        this.trace = trace;
    }

    /**
     * The runs of {@code trace}, in tape order and disjoint, each covering at least {@link #MIN_NODES} nodes.
     *
     * @param trace the trace
     * @return the runs, possibly none
     */
    static List<Run> find(Trace trace) {
        return new Loops(trace).runs();
    }

    /**
     * Per run and offset in its block: whether the node at that offset, in every repetition, is read only by nodes of
     * the same repetition and is no output. The reverse sweep then gathers its whole adjoint within one repetition,
     * and can keep it in a local variable instead of the adjoint array.
     *
     * @param trace the trace
     * @param runs  its runs
     * @return one array per run, as long as its period
     */
    static boolean[][] repetitionLocal(Trace trace, List<Run> runs) {
        int[] runOf = new int[trace.size()];
        Arrays.fill(runOf, -1);
        boolean[][] local = new boolean[runs.size()][];
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            Arrays.fill(runOf, run.start(), run.end(), i);
            local[i] = new boolean[run.period()];
            Arrays.fill(local[i], true);
        }
        for (int u = 0; u < trace.size(); u++) {
            Op op = trace.op(u);
            for (int j = 0; j < op.arity(); j++) {
                clearUnlessWithin(trace.arg(u, j), u, runs, runOf, local);
            }
        }
        for (int i = 0; i < trace.outputCount(); i++) {
            clearUnlessWithin(trace.output(i), -1, runs, runOf, local);
        }
        return local;
    }

    // Node a is read by node u (u = -1: by an output).
    private static void clearUnlessWithin(int a, int u, List<Run> runs, int[] runOf, boolean[][] local) {
        if (runOf[a] < 0) {
            return;
        }
        Run run = runs.get(runOf[a]);
        int from = run.start() + (a - run.start()) / run.period() * run.period();
        if (u < from || u >= from + run.period()) {
            local[runOf[a]][(a - run.start()) % run.period()] = false;
        }
    }

    // Greedy from the front: at each node, the period whose run covers the most nodes (the shortest on a tie).
    private List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        int s = trace.inputs();
        while (s < trace.size()) {
            Run best = null;
            for (int p = 1; p <= MAX_PERIOD && s + 2 * p <= trace.size(); p++) {
                int repetitions = 1 + matching(s, p) / p;
                if (repetitions >= 2 && (best == null || p * repetitions > best.period() * best.repetitions())) {
                    best = new Run(s, p, repetitions);
                }
            }
            if (best != null && best.period() * best.repetitions() >= MIN_NODES) {
                runs.add(best);
                s = best.end();
            } else {
                s++;
            }
        }
        return List.copyOf(runs);
    }

    /**
     * How many nodes from {@code s} on match the node one period later, with strides that stay the same from block to
     * block.
     */
    private int matching(int s, int p) {
        int i = 0;
        while (s + i + p < trace.size() && same(s + i, p) && (i < p || sameStrides(s + i - p, p))) {
            i++;
        }
        return i;
    }

    /** Whether node {@code k + p} does what node {@code k} does, on values stored in the same places. */
    private boolean same(int k, int p) {
        int l = k + p;
        if (trace.op(k) != trace.op(l) || trace.flags(k) != trace.flags(l)) {
            return false;
        }
        Op op = trace.op(k);
        for (int j = 0; j < op.arity(); j++) {
            if (trace.storage(trace.arg(k, j)) != trace.storage(trace.arg(l, j))) {
                return false;
            }
        }
        int guards = trace.firstGuard(k + 1) - trace.firstGuard(k);
        if (trace.firstGuard(l + 1) - trace.firstGuard(l) != guards) {
            return false;
        }
        for (int t = 0; t < guards; t++) {
            int g = trace.firstGuard(k) + t;
            int h = trace.firstGuard(l) + t;
            if (trace.guardNanHigh(g) != trace.guardNanHigh(h) || trace.guardOutcome(g) != trace.guardOutcome(h)
                    || trace.storage(trace.guardLeft(g)) != trace.storage(trace.guardLeft(h))
                    || trace.storage(trace.guardRight(g)) != trace.storage(trace.guardRight(h))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every address node {@code k} reads moves by the same stride to node {@code k + p} as on to node
     * {@code k + 2p}.
     */
    private boolean sameStrides(int k, int p) {
        Op op = trace.op(k);
        for (int j = 0; j < op.arity(); j++) {
            if (stride(trace.arg(k, j), trace.arg(k + p, j)) != stride(trace.arg(k + p, j), trace.arg(k + 2 * p, j))) {
                return false;
            }
        }
        for (int t = 0; t < trace.firstGuard(k + 1) - trace.firstGuard(k); t++) {
            int g0 = trace.firstGuard(k) + t;
            int g1 = trace.firstGuard(k + p) + t;
            int g2 = trace.firstGuard(k + 2 * p) + t;
            if (stride(trace.guardLeft(g0), trace.guardLeft(g1)) != stride(trace.guardLeft(g1), trace.guardLeft(g2))
                    || stride(trace.guardRight(g0), trace.guardRight(g1))
                            != stride(trace.guardRight(g1), trace.guardRight(g2))) {
                return false;
            }
        }
        return true;
    }

    private long stride(int from, int to) {
        return (long) trace.address(to) - trace.address(from);
    }
}
