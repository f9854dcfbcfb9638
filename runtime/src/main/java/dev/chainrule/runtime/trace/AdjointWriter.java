package dev.chainrule.runtime.trace;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Writes {@link CompiledSweeps#adjoint}: the output seeds {@code w} into their nodes' adjoints, then every node that
 * has an adjoint, from the last to the first, passes it to its active arguments; an input's adjoint is accumulated
 * straight into {@code xBar}. The first contribution to an adjoint stores and the later ones add, as the trace's
 * analysis worked out, so neither {@code g} nor {@code xBar} needs zeroing; inputs no output depends on get 0.
 */
final class AdjointWriter extends SweepWriter {

    private static final int SEED = 0;
    private static final int NODE = 1;
    private static final int ZERO = 2;

    private static final int W = 4;
    private static final int G = 5;
    private static final int X_BAR = 6;
    private static final int NODE_ADJOINT = 8;

    // Per run and block offset: whether that node's adjoint lives in a local variable while its loop runs: it is
    // read only within its repetition, and no contribution reaches it through the table.
    private final boolean[][] local;
    // While a loop is written: the adjoint elements it keeps in locals (null: none), and the cells a repetition has
    // touched so far; while a loop's body is measured for them, where its accesses are recorded.
    private AdjointCells cells;
    private final Set<AdjointCells.Cell> touched = new HashSet<>();
    private AdjointCells recording;
    // Per node outside loops, once the sweep is known to be one method: the local its adjoint lives in, or -1.
    private int[] straight;
    private int ownLocals;

    AdjointWriter(Trace trace, LoopTable table) {
        super(trace, table);
        local = Loops.repetitionLocal(trace, table.runs());
        for (int i = 0; i < local.length; i++) {
            for (int o = 0; o < local[i].length; o++) {
                local[i][o] &= !table.layout(i).writtenThroughTable(o);
            }
        }
    }

    @Override
    String name() {
        return "adjoint";
    }

    @Override
    int parameters() {
        return 7;
    }

    @Override
    int maxLocals() {
        return NODE_ADJOINT + 2;
    }

    @Override
    boolean reverse() {
        return true;
    }

    @Override
    void before(IntStream.Builder steps) {
        for (int i = 0; i < trace.outputCount(); i++) {
            if (trace.active(trace.output(i))) {
                steps.add(step(SEED, i));
            }
        }
    }

    @Override
    void node(IntStream.Builder steps, int k) {
        RunLayout layout = layout();
        if (layout == null ? trace.hasAdjoint(k) : layout.presence(offset(k)) != RunLayout.NEVER) {
            steps.add(step(NODE, k));
        }
    }

    @Override
    int condition(int step) {
        int presence = kind(step) == NODE ? layout().presence(offset(index(step))) : RunLayout.ALWAYS;
        return presence >= 0 ? presence : -1;
    }

    @Override
    void after(IntStream.Builder steps) {
        for (int i = 0; i < trace.inputs(); i++) {
            if (trace.unreachedInput(i)) {
                steps.add(step(ZERO, i));
            }
        }
    }

    @Override
    void write(Code code, int step) {
        int index = index(step);
        switch (kind(step)) {
            case SEED:
                int output = trace.output(index);
                accumulate(code, output, output < trace.inputs() ? X_BAR : G, RunLayout.Slot.computed(0),
                        trace.firstSeed(index), () -> element(code, W, index, 0));
                break;
            case NODE:
                node(code, index);
                break;
            default:
                code.local(Opcodes.ALOAD, X_BAR);
                code.push(index);
                code.insn(Opcodes.DCONST_0);
                code.insn(Opcodes.DASTORE);
                break;
        }
    }

    private void node(Code code, int k) {
        int own = localOffset(k, nodeStride());
        if (own >= 0) {
            code.local(Opcodes.DLOAD, blockLocal(own));
        } else if (straightLocal(k) >= 0) {
            code.local(Opcodes.DLOAD, straightLocal(k));
        } else {
            touch(code, G, k, RunLayout.Slot.computed(nodeStride()), AdjointCells.READ, null);
        }
        code.local(Opcodes.DSTORE, NODE_ADJOINT);
        Op op = trace.op(k);
        RunLayout layout = layout();
        for (int j = 0; j < op.arity(); j++) {
            int arg = trace.arg(k, j);
            // In a loop: a node whose argument is active in some repetition where it has an adjoint.
            int reference = layout == null ? trace.flows(k, j) ? k : -1 : layout.adjointReference(offset(k), j);
            if (reference < 0) {
                continue;
            }
            int argument = j;
            int array = trace.arg(reference, j) < trace.inputs() ? X_BAR : G;
            RunLayout.Slot at = layout == null ? RunLayout.Slot.computed(0) : layout.target(offset(k), j);
            boolean first = layout == null ? trace.firstAdjoint(k, j) : !layout.adds(offset(k), j);
            accumulate(code, arg, array, at, first, () -> term(code, k, argument, trace.chainAdjoint(reference,
                    argument), () -> code.local(Opcodes.DLOAD, NODE_ADJOINT)));
        }
    }

    /**
     * Keeps the adjoint of every node outside loops that no loop reads in a local variable: the sweep is one method,
     * so every step that touches it is in that method.
     */
    @Override
    void oneMethod() {
        LoopTable table = table();
        boolean[] readInLoop = new boolean[trace.size()];
        for (int u = trace.inputs(); u < trace.size(); u++) {
            for (int j = 0; table.runOf(u) >= 0 && j < trace.op(u).arity(); j++) {
                readInLoop[trace.arg(u, j)] = true;
            }
        }
        int[] slots = new int[trace.size()];
        int next = extraLocals() + 2 * Loops.MAX_PERIOD;
        for (int k = 0; k < trace.size(); k++) {
            boolean kept = k >= trace.inputs() && table.runOf(k) < 0 && trace.hasAdjoint(k) && !readInLoop[k];
            slots[k] = kept ? next : -1;
            next += kept ? 2 : 0;
        }
        straight = slots;
        ownLocals = next - extraLocals() - 2 * Loops.MAX_PERIOD;
    }

    @Override
    int ownLocals() {
        return ownLocals;
    }

    // The local of node k's adjoint outside loops, or -1.
    private int straightLocal(int k) {
        return straight == null || layout() != null ? -1 : straight[k];
    }

    /** The block offset of node {@code k} if its adjoint lives in a local variable, else -1. */
    private int localOffset(int k, int stride) {
        int offset = blockOffset(k, stride);
        return offset >= 0 && local[run()][offset] ? offset : -1;
    }

    /**
     * Stores (first write) or adds the pushed contribution into the adjoint of node {@code target} (the first
     * block's), in {@code array}, whose index is found as {@code at} says.
     */
    private void accumulate(Code code, int target, int array, RunLayout.Slot at, boolean first,
            Runnable contribution) {
        int offset = at.tabled() ? -1 : localOffset(target, at.stride());
        int slot = offset >= 0 ? blockLocal(offset) : array == G ? straightLocal(target) : -1;
        int kind = first ? AdjointCells.STORE : AdjointCells.ADD;
        if (slot >= 0) {
            inLocal(code, slot, kind, () -> code.local(Opcodes.DLOAD, slot), contribution);
        } else {
            touch(code, array, target, at, kind, contribution);
        }
    }

    /**
     * Does an access ({@link AdjointCells#READ}, {@code STORE} or {@code ADD}) to an adjoint kept in local
     * {@code slot}, whose current value {@code current} pushes; a read leaves the value on the stack.
     */
    private static void inLocal(Code code, int slot, int kind, Runnable current, Runnable contribution) {
        if (kind == AdjointCells.STORE) {
            contribution.run();
        } else {
            current.run();
            if (kind == AdjointCells.ADD) {
                contribution.run();
                code.insn(Opcodes.DADD);
            } else {
                code.insn(Opcodes.DUP2);
            }
        }
        code.local(Opcodes.DSTORE, slot);
    }

    /**
     * One access of an adjoint array element: reads it ({@link AdjointCells#READ}, pushing it), or stores or adds
     * {@code contribution} into it; in the element's local when a loop keeps it in one.
     */
    private void touch(Code code, int array, int base, RunLayout.Slot at, int kind, Runnable contribution) {
        if (recording != null) {
            recording.record(array, base, at.stride(), at.tabled(), kind);
        }
        AdjointCells.Cell cell = cells == null || at.tabled() ? null : cells.cell(array, base);
        if (cell != null) {
            // The first access of a repetition finds the element in memory, the later ones in the local.
            boolean fresh = touched.add(cell);
            inLocal(code, cell.local(), kind, () -> {
                if (fresh) {
                    element(code, array, base, at);
                } else {
                    code.local(Opcodes.DLOAD, cell.local());
                }
            }, contribution);
            return;
        }
        if (kind == AdjointCells.READ) {
            element(code, array, base, at);
            return;
        }
        code.local(Opcodes.ALOAD, array);
        if (at.tabled()) {
            tableEntry(code, at.column());
        } else {
            index(code, base, at.stride());
        }
        if (kind == AdjointCells.STORE) {
            contribution.run();
        } else {
            code.insn(Opcodes.DUP2);
            code.insn(Opcodes.DALOAD);
            contribution.run();
            code.insn(Opcodes.DADD);
        }
        code.insn(Opcodes.DASTORE);
    }

    // Records the accesses of one repetition, then keeps what it can in locals; a late cell starts with the element
    // the first repetition finds in memory (a placeholder when it writes it first).
    @Override
    void startLoop(Code code, int[] body) {
        cells = null;
        if (conditional(body)) {
            return;
        }
        recording = new AdjointCells();
        Code counter = new Code(null);
        for (int step : body) {
            write(counter, step);
        }
        AdjointCells decided = recording;
        recording = null;
        decided.decide(extraLocals(), Loops.MAX_PERIOD, G);
        cells = decided;
        for (AdjointCells.Cell cell : cells.cells()) {
            if (cell.role() != AdjointCells.Role.LATE) {
                continue;
            }
            if (cell.first() == AdjointCells.STORE) {
                code.insn(Opcodes.DCONST_0);
            } else {
                element(code, cell.array(), cell.base() + cell.stride() * (repetitions() - 1), 0);
            }
            code.local(Opcodes.DSTORE, cell.local());
        }
        startRepetition();
    }

    // Late cells carry over from the repetition before; the others start untouched.
    private void startRepetition() {
        touched.clear();
        for (AdjointCells.Cell cell : cells.cells()) {
            if (cell.role() == AdjointCells.Role.LATE) {
                touched.add(cell);
            }
        }
    }

    @Override
    void endRepetition(Code code) {
        if (cells == null) {
            return;
        }
        for (AdjointCells.Cell cell : cells.cells()) {
            if (cell.role() != AdjointCells.Role.EARLY && cell.stored()) {
                code.local(Opcodes.ALOAD, cell.array());
                index(code, cell.base(), cell.stride());
                code.local(Opcodes.DLOAD, cell.local());
                code.insn(Opcodes.DASTORE);
            }
        }
        for (AdjointCells.Cell cell : cells.cells()) {
            if (cell.role() == AdjointCells.Role.EARLY) {
                code.local(Opcodes.DLOAD, cell.local());
                code.local(Opcodes.DSTORE, cells.cell(cell.array(), cell.partner()).local());
            }
        }
        startRepetition();
    }

    // What the first repetition's early cells hold belongs to the repetition before the loop.
    @Override
    void finishLoop(Code code) {
        if (cells == null) {
            return;
        }
        for (AdjointCells.Cell cell : cells.cells()) {
            if (cell.role() == AdjointCells.Role.EARLY) {
                code.local(Opcodes.ALOAD, cell.array());
                code.pushBase(cell.base());
                code.local(Opcodes.DLOAD, cells.cell(cell.array(), cell.partner()).local());
                code.insn(Opcodes.DASTORE);
            }
        }
        cells = null;
    }
}
