package dev.chainrule.runtime.trace;

import java.util.List;

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

    LoopStores(LoopTable table) {
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
     * Notes that node {@code a} is read from the array by node {@code u}: -1 for a reader inside the loop in any case
     * (a guard), the tape's size for an output. Nodes outside loops are always stored and need no note.
     */
    void read(int a, int u) {
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
