package dev.chainrule.runtime.trace.compiler;

import dev.chainrule.runtime.trace.tape.Loops;
import dev.chainrule.runtime.trace.tape.Op;
import dev.chainrule.runtime.trace.tape.RunLayout;
import dev.chainrule.runtime.trace.tape.Trace;
import java.util.List;

/**
 * Which nodes of a loop's block the derivative sweeps compute again, from their arguments, instead of reading the
 * value the primal sweep stored: a node of Java's arithmetic ({@code + - * / %}, negation) that only its own
 * repetition reads, through that repetition's locals, whose value some partial needs (a product's other factor, a
 * quotient). The primal sweep then keeps it in a local and never stores it.
 *
 * <p>Why: a loop's nodes are most of a tape, and storing their values in the primal sweep and loading them back in
 * the reverse one made the compiled tape's memory traffic, not its arithmetic, the cost (the values of a long loop
 * leave the L1 cache between the two sweeps). Recomputing a sum or a product costs an instruction or two and reads
 * only what the node reads (inputs, constants, values still stored); the result is the same bits, as both sweeps
 * run the same JVM instruction. Library functions stay stored: recomputing one costs as much as the function.
 */
public final class Recomputed {

    // Per run and block offset.
    private final boolean[][] recomputed;

    private Recomputed(boolean[][] recomputed) {
        this.recomputed = recomputed;
    }

    /** Finds the recomputed nodes of {@code table}'s runs. */
    static Recomputed of(Trace trace, LoopTable table) {
        List<Loops.Run> runs = table.runs();
        boolean[][] candidate = Loops.repetitionLocal(trace, runs);
        for (int i = 0; i < runs.size(); i++) {
            Loops.Run run = runs.get(i);
            for (int o = 0; o < run.period(); o++) {
                candidate[i][o] &= trace.op(run.start() + o).isOperator();
            }
        }
        for (int g = 0; g < trace.guardCount(); g++) {
            clear(candidate, table, trace.guardLeft(g));
            clear(candidate, table, trace.guardRight(g));
        }
        for (int u = trace.inputs(); u < trace.size(); u++) {
            for (int j = 0; j < trace.op(u).arity(); j++) {
                if (!readsLocally(trace, table, u, j)) {
                    clear(candidate, table, trace.arg(u, j));
                }
            }
        }
        // Only what a partial reads, and what that is computed from, is worth computing again.
        boolean[][] recomputed = new boolean[runs.size()][];
        for (int i = 0; i < runs.size(); i++) {
            recomputed[i] = new boolean[runs.get(i).period()];
        }
        for (int u = trace.size() - 1; u >= trace.inputs(); u--) {
            Op op = trace.op(u);
            int i = table.runOf(u);
            boolean again = i >= 0 && recomputed[i][table.offset(u)];
            if (i >= 0 && candidate[i][table.offset(u)] && op.readsResult()) {
                recomputed[i][table.offset(u)] = true;
            }
            if (again || op.readsArguments()) {
                for (int j = 0; j < op.arity(); j++) {
                    int a = trace.arg(u, j);
                    if (table.runOf(a) >= 0 && candidate[table.runOf(a)][table.offset(a)]) {
                        recomputed[table.runOf(a)][table.offset(a)] = true;
                    }
                }
            }
        }
        return new Recomputed(recomputed);
    }

    /** Whether the node at {@code offset} of run {@code run}'s block is computed again in the derivative sweeps. */
    public boolean at(int run, int offset) {
        return recomputed[run][offset];
    }

    /**
     * Whether node {@code u} reads argument {@code j} from a local of its loop's primal body, as
     * {@link SweepWriter#load} decides: an argument of the same repetition or the previous one, at a computed address.
     */
    static boolean readsLocally(Trace trace, LoopTable table, int u, int j) {
        int i = table.runOf(u);
        return i >= 0 && inBlockLocals(table, u, trace.arg(u, j), table.layout(i).value(table.offset(u), j));
    }

    /**
     * Whether node {@code u}, reading node {@code a} at {@code slot}, finds it in its loop's block locals (values in
     * the primal sweep, tangents in the tangent sweep): {@code a} is of the same repetition, or of the previous one
     * at an offset {@code u}'s repetition has not reached yet, and its address is computed.
     */
    static boolean inBlockLocals(LoopTable table, int u, int a, RunLayout.Slot slot) {
        int i = table.runOf(u);
        if (i < 0 || table.runOf(a) != i) {
            return false;
        }
        Loops.Run run = table.runs().get(i);
        if (slot.tabled() || slot.stride() != run.period()) {
            return false;
        }
        int reader = run.repetition(u);
        int written = run.repetition(a);
        // The previous repetition's node is still in its local until this repetition reaches its offset.
        return written == reader || written == reader - 1 && run.offset(a) >= run.offset(u);
    }

    private static void clear(boolean[][] candidate, LoopTable table, int k) {
        if (table.runOf(k) >= 0) {
            candidate[table.runOf(k)][table.offset(k)] = false;
        }
    }
}
