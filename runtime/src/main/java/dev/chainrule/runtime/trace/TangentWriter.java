package dev.chainrule.runtime.trace;

import java.util.stream.IntStream;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Writes {@link CompiledSweeps#tangent}: every active node's tangent, from the first to the last, as the sum of its
 * active arguments' tangents times their partials (an input's tangent is read straight from {@code xDot}), then the
 * outputs' tangents to {@code yDot} (0 for an output no input reaches).
 */
final class TangentWriter extends SweepWriter {

    private static final int NODE = 0;
    private static final int OUTPUT = 1;

    private static final int X_DOT = 4;
    private static final int D = 5;
    private static final int Y_DOT = 6;

    // Which block tangents also go to d; the others live in the loop's block locals only.
    private final LoopStores stores;

    TangentWriter(Trace trace, LoopTable table) {
        super(trace, table);
        stores = new LoopStores(table);
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
    }

    @Override
    String name() {
        return "tangent";
    }

    @Override
    int parameters() {
        return 7;
    }

    @Override
    void node(IntStream.Builder steps, int k) {
        if (trace.active(k) && !trace.op(k).isLeaf()) {
            steps.add(step(NODE, k));
        }
    }

    @Override
    void after(IntStream.Builder steps) {
        for (int i = 0; i < trace.outputCount(); i++) {
            steps.add(step(OUTPUT, i));
        }
    }

    @Override
    void write(Code code, int step) {
        int index = index(step);
        if (kind(step) == NODE) {
            node(code, index);
            return;
        }
        code.local(Opcodes.ALOAD, Y_DOT);
        code.push(index);
        int o = trace.output(index);
        if (trace.active(o)) {
            tangent(code, o);
        } else {
            code.insn(Opcodes.DCONST_0);
        }
        code.insn(Opcodes.DASTORE);
    }

    // In a loop, the tangent goes to the block local, from which the next nodes read it, and to d if needed.
    private void node(Code code, int k) {
        int own = blockOffset(k, nodeStride());
        if (own < 0) {
            code.local(Opcodes.ALOAD, D);
            index(code, k, nodeStride());
        }
        Op op = trace.op(k);
        RunLayout layout = layout();
        boolean first = true;
        for (int j = 0; j < op.arity(); j++) {
            int arg = trace.arg(k, j);
            // In a loop: a node whose argument is active in some repetition; its tangent is read as the layout says.
            int reference = layout == null ? trace.flows(k, j) ? k : -1 : layout.tangentReference(offset(k), j);
            if (reference < 0) {
                continue;
            }
            int array = trace.arg(reference, j) < trace.inputs() ? X_DOT : D;
            RunLayout.Slot at = layout == null ? RunLayout.Slot.computed(0) : layout.tangent(offset(k), j);
            boolean chain = layout == null ? trace.chainTangent(k, j) : layout.chainsTangent(offset(k), j);
            term(code, k, j, chain, () -> tangentOf(code, arg, array, at));
            if (!first) {
                code.insn(Opcodes.DADD);
            }
            first = false;
        }
        if (own < 0) {
            code.insn(Opcodes.DASTORE);
            return;
        }
        storeValue(code, own);
        if (stores.each(run(), own)) {
            code.local(Opcodes.ALOAD, D);
            index(code, k, nodeStride());
            code.local(Opcodes.DLOAD, blockLocal(own));
            code.insn(Opcodes.DASTORE);
        }
    }

    // An argument's tangent: from the block locals when the loop keeps it there, else from its array.
    private void tangentOf(Code code, int arg, int array, RunLayout.Slot at) {
        int cached = array == D && !at.tabled() ? cachedOffset(arg, at.stride()) : -1;
        if (cached >= 0) {
            code.local(Opcodes.DLOAD, blockLocal(cached));
        } else {
            element(code, array, arg, at);
        }
    }

    @Override
    int blockArray() {
        return D;
    }

    @Override
    void finishLoop(Code code) {
        storeLastRepetition(code, D, stores);
    }

    /** Pushes the tangent of active node {@code k} outside loops. */
    private void tangent(Code code, int k) {
        element(code, k < trace.inputs() ? X_DOT : D, k, 0);
    }
}
