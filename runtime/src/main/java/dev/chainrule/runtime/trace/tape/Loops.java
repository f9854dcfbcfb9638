package dev.chainrule.runtime.trace.tape;

import dev.chainrule.runtime.trace.compiler.TapeCompiler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the loops of the traced function again in its tape, so that {@link TapeCompiler} can emit them as bytecode
 * loops instead of writing every iteration out.
 *
 * <p>A loop leaves a run of {@code repetitions} blocks of {@code period} nodes on the tape, where the node at offset
 * {@code o} of every block has the same operation and the same number of guards after it. Whatever else differs from
 * block to block is data the loop's body reads per repetition ({@link RunLayout}): an address that moves by a fixed
 * stride (the next input, the previous iteration's value, a value every iteration shares) is computed, any other
 * address, a guard's recorded outcome (a ReLU's, which differs from unit to unit) and whether a node has an adjoint at
 * all (a dead unit's nodes have none) are read from a table. What the sweeps cannot take from a table must agree in
 * every repetition where it applies: an argument's place (input or computed node) and the analysis's strong-zero and
 * first-write marks, so that each repetition does exactly what the interpreter does there (two exceptions, both
 * harmless: an inactive argument in some repetitions gets its adjoint contribution written to its own unused slot,
 * and input adjoints that some repetitions write first are zeroed beforehand and always added to).
 *
 * <p>Greedy from the front: at each node, the period whose run saves writing out the most nodes, counting a table
 * entry as half a node, so that a loop with computed addresses wins over a shorter period that needs tables; a
 * leading or trailing block that differs (the first iteration, which records the loop's constants; the last one,
 * whose adjoints are first writes) is left out when that spares a table.
 */
public final class Loops {

    /** The longest block looked for, which keeps a loop's body well below a chunk method's size. */
    public static final int MAX_PERIOD = 64;

    /**
     * The fewest nodes a run must cover to become a loop, and in how many repetitions: a loop keeps its values and
     * most adjoints in local variables, where code written out goes through the workspace arrays, so a loop pays
     * from a few dozen nodes on (Rosenbrock at n = 10, 64 nodes: 40% faster than written out); but a few repetitions
     * of a short block in an irregular tape are a coincidence, not a loop, and would only cost a method call.
     */
    private static final int MIN_NODES = 48;
    private static final int MIN_REPETITIONS = 8;

    // From this many nodes on a run is a loop whatever its repetitions (at least two).
    private static final int LOOP_NODES = 100;

    /** A run of {@code repetitions} blocks of {@code period} nodes, the first one starting at node {@code start}. */
    public record Run(int start, int period, int repetitions) {

        public int end() {
            return start + period * repetitions;
        }

        /** The offset of node {@code k}, one of the run's, in its block. */
        public int offset(int k) {
            return (k - start) % period;
        }

        /** The repetition node {@code k}, one of the run's, belongs to. */
        public int repetition(int k) {
            return (k - start) / period;
        }

        /** The node at offset {@code offset} of repetition {@code r}. */
        public int node(int r, int offset) {
            return start + r * period + offset;
        }
    }

    private final Trace trace;
    // The finder weighs the same run more than once (as a candidate, then trimmed).
    private final Map<Run, Integer> columns = new HashMap<>();

    private Loops(Trace trace) {
        this.trace = trace;
    }

    /**
     * The runs of {@code trace}, in tape order and disjoint, each {@link #worthALoop}.
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
    public static boolean[][] repetitionLocal(Trace trace, List<Run> runs) {
        int[] runOf = runOf(trace, runs);
        boolean[][] local = new boolean[runs.size()][];
        for (int i = 0; i < runs.size(); i++) {
            local[i] = new boolean[runs.get(i).period()];
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

    /** Per node of {@code trace}: the index of the run among {@code runs} it belongs to, or -1. */
    public static int[] runOf(Trace trace, List<Run> runs) {
        int[] runOf = new int[trace.size()];
        Arrays.fill(runOf, -1);
        for (int i = 0; i < runs.size(); i++) {
            Arrays.fill(runOf, runs.get(i).start(), runs.get(i).end(), i);
        }
        return runOf;
    }

    // Node a is read by node u (u = -1: by an output).
    private static void clearUnlessWithin(int a, int u, List<Run> runs, int[] runOf, boolean[][] local) {
        if (runOf[a] < 0) {
            return;
        }
        Run run = runs.get(runOf[a]);
        int from = run.node(run.repetition(a), 0);
        if (u < from || u >= from + run.period()) {
            local[runOf[a]][run.offset(a)] = false;
        }
    }

    private List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        // The constants, which come first, have no steps in any sweep.
        int s = trace.inputs();
        while (s < trace.size() && trace.op(s).isLeaf()) {
            s++;
        }
        while (s < trace.size()) {
            Run best = best(s);
            if (best != null) {
                runs.add(best);
                s = best.end();
            } else {
                s++;
            }
        }
        return List.copyOf(runs);
    }

    /** The best run from node {@code s} on that is {@link #worthALoop}, or {@code null}. */
    private Run best(int s) {
        List<Run> candidates = new ArrayList<>();
        for (int p = 1; p <= MAX_PERIOD && s + 2 * p <= trace.size(); p++) {
            int repetitions = 1 + sameShapes(s, p) / p;
            if (worthALoop(p, repetitions)) {
                candidates.add(new Run(s, p, repetitions));
            }
        }
        // Most nodes saved first: checking the sweeps' agreement and working out a layout cost time, and can only
        // lower a run's score.
        candidates.sort(Comparator.comparingInt(Loops::saved).reversed());
        Run best = null;
        double bestScore = 0;
        List<Run> weighed = new ArrayList<>();
        for (Run shape : candidates) {
            if (best != null && saved(shape) <= bestScore) {
                break;
            }
            if (weighed.stream().anyMatch(run -> unrolls(shape, run))) {
                continue;
            }
            Run candidate = new Run(s, shape.period(), 1 + agreeing(s, shape.period(), shape.end()) / shape.period());
            if (!worthALoop(candidate.period(), candidate.repetitions())) {
                continue;
            }
            weighed.add(candidate);
            Run run = trimmed(candidate);
            double score = saved(run) - 0.5 * run.repetitions() * columns(run);
            if (worthALoop(run.period(), run.repetitions()) && (best == null || score > bestScore
                    || score == bestScore && run.period() < best.period())) {
                best = run;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean worthALoop(int period, int repetitions) {
        int nodes = period * repetitions;
        return repetitions >= 2 && nodes >= LOOP_NODES || repetitions >= MIN_REPETITIONS && nodes >= MIN_NODES;
    }

    // A loop whose block is several blocks of a loop already weighed over the same nodes saves fewer nodes, with no
    // fewer table columns.
    private static boolean unrolls(Run candidate, Run weighed) {
        return candidate.period() % weighed.period() == 0 && candidate.end() <= weighed.end();
    }

    private int columns(Run run) {
        return columns.computeIfAbsent(run, key -> RunLayout.tableColumns(trace, key));
    }

    /** The nodes a loop over {@code run} does not write out. */
    private static int saved(Run run) {
        return run.period() * (run.repetitions() - 1);
    }

    // Leaves out the first or the last block, or both, if that alone spares a table column.
    private Run trimmed(Run run) {
        if (columns(run) == 0 || run.repetitions() < 4) {
            return run;
        }
        Run result = run;
        for (int first = 0; first <= 1; first++) {
            for (int last = 0; last <= 1; last++) {
                Run trimmed = new Run(run.start() + first * run.period(), run.period(),
                        run.repetitions() - first - last);
                if (columns(trimmed) < columns(result)) {
                    result = trimmed;
                }
            }
        }
        return result;
    }

    /** How many nodes after the first block from {@code s} on have the operation and guards of the node a block before. */
    private int sameShapes(int s, int p) {
        int u = s + p;
        while (u < trace.size() && sameShape(u - p, u)) {
            u++;
        }
        return u - s - p;
    }

    /**
     * How many nodes after the first block from {@code s} on, up to {@code end}, have arguments the sweeps can treat
     * alike in a loop of period {@code p} (their operations and guards are known to match).
     */
    private int agreeing(int s, int p, int end) {
        Agreement adjoint = new Agreement(p, true);
        Agreement tangent = new Agreement(p, false);
        int u = s;
        while (u < end && adjoint.admits(u, (u - s) % p) && tangent.admits(u, (u - s) % p)) {
            u++;
        }
        return Math.max(0, u - s - p);
    }

    /** Whether node {@code l} has node {@code k}'s operation and guards (sense, count), whatever its arguments. */
    private boolean sameShape(int k, int l) {
        if (trace.op(k) != trace.op(l)) {
            return false;
        }
        int guards = trace.firstGuard(k + 1) - trace.firstGuard(k);
        if (trace.firstGuard(l + 1) - trace.firstGuard(l) != guards) {
            return false;
        }
        for (int t = 0; t < guards; t++) {
            if (trace.guardNanHigh(trace.firstGuard(k) + t) != trace.guardNanHigh(trace.firstGuard(l) + t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What one derivative sweep needs to agree on, per block offset and argument, across the repetitions where the
     * node takes part in the sweep and the argument is active: the argument's place and the analysis's marks. A
     * repetition where the argument is inactive (a constant) is admitted if the others read a computed node, whose
     * adjoint or tangent array has a slot for the constant too.
     */
    private final class Agreement {

        private final boolean reverse;
        // Per offset and argument: the first node whose argument was active, and whether one was not.
        private final int[] reference;
        private final boolean[] inactive;

        Agreement(int period, boolean reverse) {
            this.reverse = reverse;
            this.reference = new int[Op.MAX_ARITY * period];
            this.inactive = new boolean[Op.MAX_ARITY * period];
            Arrays.fill(reference, -1);
        }

        boolean admits(int u, int offset) {
            Op op = trace.op(u);
            if (op.isLeaf() || reverse && !trace.hasAdjoint(u)) {
                return true;
            }
            for (int j = 0; j < op.arity(); j++) {
                int slot = Op.MAX_ARITY * offset + j;
                int a = trace.arg(u, j);
                int r = reference[slot];
                if (!trace.flows(u, j)) {
                    if (r >= 0 && trace.storage(trace.arg(r, j)) == 0) {
                        return false;
                    }
                    inactive[slot] = true;
                } else if (r < 0) {
                    if (inactive[slot] && trace.storage(a) == 0) {
                        return false;
                    }
                    reference[slot] = u;
                } else if (!alike(r, u, j)) {
                    return false;
                }
            }
            return true;
        }

        private boolean alike(int r, int u, int j) {
            int storage = trace.storage(trace.arg(u, j));
            if (storage != trace.storage(trace.arg(r, j))) {
                return false;
            }
            if (!reverse) {
                return trace.chainTangent(r, j) == trace.chainTangent(u, j);
            }
            // Input adjoints go to xBar, which a loop whose first writes differ has zeroed beforehand.
            return trace.chainAdjoint(r, j) == trace.chainAdjoint(u, j)
                    && (storage == 0 || trace.firstAdjoint(r, j) == trace.firstAdjoint(u, j));
        }
    }
}
