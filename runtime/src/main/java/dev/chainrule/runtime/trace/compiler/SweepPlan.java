package dev.chainrule.runtime.trace.compiler;

import dev.chainrule.runtime.trace.tape.Loops;
import dev.chainrule.runtime.trace.tape.RunLayout;
import dev.chainrule.runtime.trace.tape.Trace;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Everything {@link TapeCompiler} decides about one sweep before a byte is written, worked out once from the trace
 * and its {@link LoopTable}: the steps and the order they run in (a step is a node, a guard, a seed, an output or a
 * loop, encoded as {@code kind << KIND_SHIFT | index}), which steps of a loop's body run in some repetitions only,
 * where each value lives (the trace's array and address, a loop's block local, a value computed again, a value also
 * stored to its array in every repetition or after the last), where each adjoint lives (a repetition's local, a local
 * of a sweep written as one method, an {@link AdjointCells} local of a reverse loop, or memory) and the local variable
 * slots of it all. The {@link SweepWriter}s only read it.
 */
public final class SweepPlan {

    static final int KIND_SHIFT = 28;
    static final int INDEX_MASK = (1 << KIND_SHIFT) - 1;

    /** A node's operation (primal), its derivative (tangent) or its adjoint's distribution (adjoint). */
    static final int NODE = 0;
    /** A guard checked (primal). */
    static final int GUARD = 1;
    /** An output written (primal, tangent). */
    static final int OUTPUT = 2;
    /** An output's seed added to its node's adjoint (adjoint). */
    static final int SEED = 3;
    /** The zero adjoint of an input no output depends on (adjoint). */
    static final int ZERO = 4;
    /** A loop, one step however many nodes it runs. */
    static final int LOOP = 15;

    private final Sweep sweep;
    private final Trace trace;
    private final LoopTable table;
    private final int[] steps;
    // Per run: its block's steps in the sweep's order (none: the run has no loop step), and whether some of them
    // run in some repetitions only.
    private final int[][] bodies;
    private final boolean[] conditional;
    // Which block values (primal) or tangents (tangent) also go to their array; null for the adjoint sweep.
    private final LoopStores stores;
    // The adjoint sweep's: per run and offset, whether that node's adjoint lives in a local while its loop runs (it
    // is read only within its repetition, and no contribution reaches it through the table); per node outside loops,
    // the local its adjoint lives in when the sweep is one method, or -1; per run, the cells its loop keeps in locals.
    private final boolean[][] repetitionLocal;
    private final int[] straight;
    private final int straightLocals;
    private final AdjointCells[] cells;
    private boolean oneMethod;

    private SweepPlan(Sweep sweep, Trace trace, LoopTable table) {
        this.sweep = sweep;
        this.trace = trace;
        this.table = table;
        List<Loops.Run> runs = table.runs();
        bodies = new int[runs.size()][];
        conditional = new boolean[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            bodies[i] = listBody(i);
            for (int step : bodies[i]) {
                conditional[i] |= condition(i, step) >= 0;
            }
        }
        steps = listSteps();
        stores = sweep == Sweep.PRIMAL ? LoopStores.values(trace, table)
                : sweep == Sweep.TANGENT ? LoopStores.tangents(trace, table) : null;
        if (sweep == Sweep.ADJOINT) {
            repetitionLocal = repetitionLocal(trace, table);
            straight = straightLocals(trace, table, extraLocals() + 2 * Loops.MAX_PERIOD);
            straightLocals = (int) Arrays.stream(straight).filter(slot -> slot >= 0).count() * 2;
            cells = new AdjointCells[runs.size()];
            for (int i = 0; i < runs.size(); i++) {
                cells[i] = conditional[i] ? null : decideCells(i);
            }
        } else {
            repetitionLocal = null;
            straight = null;
            straightLocals = 0;
            cells = null;
        }
    }

    /** The plan of {@code sweep} over {@code trace}, whose loops {@code table} lays out. */
    static SweepPlan of(Sweep sweep, Trace trace, LoopTable table) {
        return new SweepPlan(sweep, trace, table);
    }

    static int step(int kind, int index) {
        return kind << KIND_SHIFT | index;
    }

    static int kind(int step) {
        return step >>> KIND_SHIFT;
    }

    static int index(int step) {
        return step & INDEX_MASK;
    }

    Sweep sweep() {
        return sweep;
    }

    Trace trace() {
        return trace;
    }

    LoopTable table() {
        return table;
    }

    /** The steps, in order, a loop being one step. */
    public int[] steps() {
        return steps;
    }

    /** The steps of run {@code run}'s first block, in the sweep's order. */
    int[] body(int run) {
        return bodies[run];
    }

    /**
     * Inside run {@code run}'s loop: the table column that says whether {@code step} runs in a repetition (0 for no),
     * or -1 when it runs in every one.
     */
    int condition(int run, int step) {
        if (sweep != Sweep.ADJOINT || kind(step) != NODE) {
            return -1;
        }
        int presence = table.layout(run).presence(table.offset(index(step)));
        return presence >= 0 ? presence : -1;
    }

    /** Whether some step of run {@code run}'s body runs in some repetitions only. */
    boolean conditional(int run) {
        return conditional[run];
    }

    /** Which of a loop's block values the sweep keeps in locals also go to its block array. */
    LoopStores stores() {
        return stores;
    }

    /** Whether the adjoint of the node at {@code offset} of run {@code run}'s block lives in a local in its loop. */
    boolean adjointInRepetition(int run, int offset) {
        return repetitionLocal[run][offset];
    }

    /** The local of node {@code k}'s adjoint, outside loops, when the sweep is one method; -1 otherwise. */
    int straightLocal(int k) {
        return oneMethod ? straight[k] : -1;
    }

    /** The elements of the adjoint arrays run {@code run}'s loop keeps in locals, or {@code null}. */
    AdjointCells cells(int run) {
        return cells == null ? null : cells[run];
    }

    /**
     * Records that the sweep is written as one method with room to spare: then the adjoint sweep keeps the adjoint of
     * every node outside loops that no loop reads in a local, since every step that touches it is in that method.
     */
    void inOneMethod() {
        oneMethod = sweep == Sweep.ADJOINT;
    }

    /** The local of a loop's repetition counter. */
    int counterLocal() {
        return sweep.fixedLocals();
    }

    /** The local of a loop's table row: where the current repetition's entries start in {@code t}. */
    int rowLocal() {
        return sweep.fixedLocals() + 1;
    }

    /** The local variable (two slots) that holds something of the node at {@code offset} in a loop's block. */
    int blockLocal(int offset) {
        return sweep.fixedLocals() + 2 + 2 * offset;
    }

    /** The local variable (two slots) of a {@link Recomputed} node's value in a derivative sweep's loop. */
    int valueLocal(int offset) {
        return sweep.fixedLocals() + 2 + 2 * Loops.MAX_PERIOD + 2 * offset;
    }

    /** The first local after the fixed ones, a loop's counter and table row, its block and its computed values. */
    int extraLocals() {
        return sweep.fixedLocals() + 2 + 4 * Loops.MAX_PERIOD;
    }

    /** The local variable slots a chunk method needs; a loop method's bases follow them. */
    int frameLocals() {
        return extraLocals() + 2 * Loops.MAX_PERIOD + (oneMethod ? straightLocals : 0);
    }

    private int[] listSteps() {
        IntStream.Builder list = IntStream.builder();
        List<Loops.Run> runs = table.runs();
        if (sweep == Sweep.ADJOINT) {
            for (int i = 0; i < trace.outputCount(); i++) {
                if (trace.active(trace.output(i))) {
                    list.add(step(SEED, i));
                }
            }
        }
        int first = sweep == Sweep.PRIMAL ? 0 : trace.inputs();
        if (sweep.reverse()) {
            int next = runs.size() - 1;
            for (int k = trace.size() - 1; k >= first; k--) {
                if (next >= 0 && runs.get(next).end() - 1 == k) {
                    loop(list, next);
                    k = runs.get(next--).start();
                } else {
                    node(list, k, null);
                }
            }
        } else {
            int next = 0;
            for (int k = first; k < trace.size(); k++) {
                if (next < runs.size() && runs.get(next).start() == k) {
                    loop(list, next);
                    k = runs.get(next++).end() - 1;
                } else {
                    node(list, k, null);
                }
            }
        }
        if (sweep == Sweep.ADJOINT) {
            for (int i = 0; i < trace.inputs(); i++) {
                if (trace.unreachedInput(i)) {
                    list.add(step(ZERO, i));
                }
            }
        } else {
            for (int i = 0; i < trace.outputCount(); i++) {
                list.add(step(OUTPUT, i));
            }
        }
        return list.build().toArray();
    }

    private void loop(IntStream.Builder list, int run) {
        if (bodies[run].length > 0) {
            list.add(step(LOOP, run));
        }
    }

    private int[] listBody(int run) {
        Loops.Run loop = table.runs().get(run);
        IntStream.Builder list = IntStream.builder();
        for (int o = 0; o < loop.period(); o++) {
            node(list, loop.start() + (sweep.reverse() ? loop.period() - 1 - o : o), table.layout(run));
        }
        return list.build().toArray();
    }

    // Node k's steps in this sweep, if it has any; layout: its loop's, or null outside loops.
    private void node(IntStream.Builder list, int k, RunLayout layout) {
        switch (sweep) {
            case PRIMAL:
                if (!trace.op(k).isLeaf()) {
                    list.add(step(NODE, k));
                }
                for (int g = trace.firstGuard(k); g < trace.firstGuard(k + 1); g++) {
                    list.add(step(GUARD, g));
                }
                break;
            case ADJOINT:
                if (layout == null ? trace.hasAdjoint(k) : layout.presence(table.offset(k)) != RunLayout.NEVER) {
                    list.add(step(NODE, k));
                }
                break;
            default:
                if (trace.active(k) && !trace.op(k).isLeaf()) {
                    list.add(step(NODE, k));
                }
                break;
        }
    }

    private static boolean[][] repetitionLocal(Trace trace, LoopTable table) {
        boolean[][] local = Loops.repetitionLocal(trace, table.runs());
        for (int i = 0; i < local.length; i++) {
            for (int o = 0; o < local[i].length; o++) {
                local[i][o] &= !table.layout(i).writtenThroughTable(o);
            }
        }
        return local;
    }

    // Per node: the local its adjoint lives in when the sweep is one method (a node outside loops that has an
    // adjoint and that no loop reads), numbered from firstLocal on; -1 for every other node.
    private static int[] straightLocals(Trace trace, LoopTable table, int firstLocal) {
        boolean[] readInLoop = new boolean[trace.size()];
        for (int u = trace.inputs(); u < trace.size(); u++) {
            for (int j = 0; table.runOf(u) >= 0 && j < trace.op(u).arity(); j++) {
                readInLoop[trace.arg(u, j)] = true;
            }
        }
        int[] slots = new int[trace.size()];
        int next = firstLocal;
        for (int k = 0; k < trace.size(); k++) {
            boolean kept = k >= trace.inputs() && table.runOf(k) < 0 && trace.hasAdjoint(k) && !readInLoop[k];
            slots[k] = kept ? next : -1;
            next += kept ? 2 : 0;
        }
        return slots;
    }

    /**
     * The block offset of node {@code k}, read with {@code stride}, if its adjoint lives in a repetition's local of
     * run {@code run}'s loop; -1 otherwise.
     */
    int adjointLocalOffset(int run, int k, int stride) {
        Loops.Run loop = table.runs().get(run);
        boolean inBlock = stride == loop.period() && k >= loop.start() && k < loop.start() + loop.period();
        return inBlock && repetitionLocal[run][k - loop.start()] ? k - loop.start() : -1;
    }

    // The adjoint array accesses of one repetition of run's body, in the order the adjoint sweep makes them, and the
    // cells AdjointCells keeps of them.
    private AdjointCells decideCells(int run) {
        AdjointCells accesses = new AdjointCells();
        RunLayout layout = table.layout(run);
        int period = table.runs().get(run).period();
        for (int step : bodies[run]) {
            int k = index(step);
            int offset = table.offset(k);
            if (adjointLocalOffset(run, k, period) < 0) {
                accesses.record(SweepSlots.G, k, period, false, AdjointCells.READ);
            }
            for (int j = 0; j < trace.op(k).arity(); j++) {
                int reference = layout.adjointReference(offset, j);
                if (reference < 0) {
                    continue;
                }
                int arg = trace.arg(k, j);
                RunLayout.Slot at = layout.target(offset, j);
                if (at.tabled() || adjointLocalOffset(run, arg, at.stride()) < 0) {
                    accesses.record(trace.arg(reference, j) < trace.inputs() ? SweepSlots.X_BAR : SweepSlots.G, arg,
                            at.stride(), at.tabled(), layout.adds(offset, j) ? AdjointCells.ADD : AdjointCells.STORE);
                }
            }
        }
        accesses.decide(extraLocals(), Loops.MAX_PERIOD, SweepSlots.G);
        return accesses;
    }
}
