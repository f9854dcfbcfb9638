package dev.chainrule.runtime.trace.compiler;

import dev.chainrule.runtime.trace.tape.Loops;
import dev.chainrule.runtime.trace.tape.Op;
import dev.chainrule.runtime.trace.tape.RunLayout;
import dev.chainrule.runtime.trace.tape.Trace;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Which of a loop's block values a sweep keeps in locals must also reach its array ({@code v} for the primal values,
 * {@code d} for the tangents), per run and block offset: in every repetition, when something inside the loop reads
 * them from the array (through the table, two repetitions later, a partial derivative); or only the last
 * repetition's, once the loop is done, when only what follows the loop reads them (a sum's final value).
 */
final class LoopStores {

    private final LoopTable table;
    private final boolean[][] each;
    private final boolean[][] last;

    private LoopStores(LoopTable table) {
        this.table = table;
        List<Loops.Run> runs = table.runs();
        each = new boolean[runs.size()][];
        last = new boolean[runs.size()][];
        for (int i = 0; i < runs.size(); i++) {
            each[i] = new boolean[runs.get(i).period()];
            last[i] = new boolean[runs.get(i).period()];
        }
    }

    /**
     * The primal sweep's: every read of a loop's value from v, by a node that does not read it from the block's locals
     * (one outside its repetition and the next, or reading through the table), by a guard, by a derivative's partial
     * (a formula that reads the arguments or the result) or the computing again of a {@link Recomputed} node, or as an
     * output. The other values of a loop live in locals only, which saves the loop most of its stores.
     */
    static LoopStores values(Trace trace, LoopTable table) {
        LoopStores stores = new LoopStores(table);
        Recomputed recomputed = table.recomputed();
        IntPredicate again = a -> table.runOf(a) >= 0 && recomputed.at(table.runOf(a), table.offset(a));
        for (int u = trace.inputs(); u < trace.size(); u++) {
            Op op = trace.op(u);
            boolean valuesRead = op.readsArguments() || again.test(u);
            if (op.readsResult() && !again.test(u)) {
                stores.read(u, u);
            }
            for (int j = 0; j < op.arity(); j++) {
                int a = trace.arg(u, j);
                if (!again.test(a) && (valuesRead || !Recomputed.readsLocally(trace, table, u, j))) {
                    stores.read(a, u);
                }
            }
        }
        for (int g = 0; g < trace.guardCount(); g++) {
            stores.read(trace.guardLeft(g), -1);
            stores.read(trace.guardRight(g), -1);
        }
        for (int i = 0; i < trace.outputCount(); i++) {
            stores.read(trace.output(i), trace.size());
        }
        return stores;
    }

    /** The tangent sweep's: every read of a loop's tangent from d, by a node that does not find it in the locals. */
    static LoopStores tangents(Trace trace, LoopTable table) {
        LoopStores stores = new LoopStores(table);
        for (int u = trace.inputs(); u < trace.size(); u++) {
            for (int j = 0; trace.active(u) && j < trace.op(u).arity(); j++) {
                int a = trace.arg(u, j);
                int i = table.runOf(u);
                RunLayout.Slot slot = i < 0 ? null : table.layout(i).tangent(table.offset(u), j);
                if (trace.flows(u, j) && (slot == null || !Recomputed.inBlockLocals(table, u, a, slot))) {
                    stores.read(a, u);
                }
            }
        }
        for (int i = 0; i < trace.outputCount(); i++) {
            stores.read(trace.output(i), trace.size());
        }
        return stores;
    }

    /**
     * Notes that node {@code a} is read from the array by node {@code u}: -1 for a reader inside the loop in any case
     * (a guard), the tape's size for an output. Nodes outside loops are always stored and need no note.
     */
    private void read(int a, int u) {
        int i = table.runOf(a);
        if (i < 0) {
            return;
        }
        Loops.Run run = table.runs().get(i);
        boolean lastOnly = a >= run.end() - run.period() && u >= run.end();
        (lastOnly ? last : each)[i][run.offset(a)] = true;
    }

    /** Whether every repetition of run {@code run} stores the node at {@code offset}. */
    boolean each(int run, int offset) {
        return each[run][offset];
    }

    /** Whether only the last repetition's node at {@code offset} is stored, after the loop. */
    boolean lastOnly(int run, int offset) {
        return last[run][offset] && !each[run][offset];
    }
}
