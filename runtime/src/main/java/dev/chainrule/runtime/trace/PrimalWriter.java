package dev.chainrule.runtime.trace;

import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Writes {@link CompiledSweeps#primal}: every node recomputed from {@code x} into {@code v}, each guard re-checked
 * where the trace recorded it, and the outputs copied to {@code y}. The guards are checked without branches: each
 * adds {@code outcome XOR recorded} into a verdict that is 0 only if all of them held, which keeps the generated code
 * free of jumps (and of the stack map frames they would need).
 */
final class PrimalWriter extends SweepWriter {

    private static final int NODE = 0;
    private static final int GUARD = 1;
    private static final int OUTPUT = 2;

    private static final int Y = 4;
    private static final int VERDICT = 6;

    // Which block values also go to v.
    private final LoopStores stores;

    PrimalWriter(Trace trace, LoopTable table) {
        super(trace, table);
        stores = new LoopStores(table);
        markStores(trace, table);
    }

    /**
     * Notes every read of a loop's value from v: by a node that does not read it from the block's locals (one outside
     * its repetition and the next, or reading through the table), by a guard, by a derivative's partial (a product's
     * other factor; a library function's arguments and result) or the computing again of a {@link Recomputed} node,
     * or as an output. The other values of a loop live in locals only, which saves the loop most of its stores.
     */
    private void markStores(Trace trace, LoopTable table) {
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
    }

    @Override
    void finishLoop(Code code) {
        storeLastRepetition(code, V, stores);
    }

    @Override
    String name() {
        return "primal";
    }

    @Override
    int parameters() {
        return 5;
    }

    @Override
    boolean returnsVerdict() {
        return true;
    }

    @Override
    int maxLocals() {
        return VERDICT + 1;
    }

    @Override
    int firstNode() {
        // A guard may compare inputs before any other node.
        return 0;
    }

    @Override
    void node(IntStream.Builder steps, int k) {
        if (!trace.op(k).isLeaf()) {
            steps.add(step(NODE, k));
        }
        for (int g = trace.firstGuard(k); g < trace.firstGuard(k + 1); g++) {
            steps.add(step(GUARD, g));
        }
    }

    @Override
    void after(IntStream.Builder steps) {
        for (int i = 0; i < trace.outputCount(); i++) {
            steps.add(step(OUTPUT, i));
        }
    }

    @Override
    void afterLoop(Code code) {
        code.local(Opcodes.ILOAD, VERDICT);
        code.insn(Opcodes.IOR);
        code.local(Opcodes.ISTORE, VERDICT);
    }

    @Override
    void prologue(Code code) {
        code.insn(Opcodes.ICONST_0);
        code.local(Opcodes.ISTORE, VERDICT);
    }

    @Override
    void epilogue(Code code) {
        code.local(Opcodes.ILOAD, VERDICT);
        code.insn(Opcodes.IRETURN);
    }

    @Override
    void write(Code code, int step) {
        int index = index(step);
        switch (kind(step)) {
            case NODE:
                node(code, index);
                break;
            case GUARD:
                loadGuardOperand(code, index, false);
                loadGuardOperand(code, index, true);
                code.insn(trace.guardNanHigh(index) ? Opcodes.DCMPG : Opcodes.DCMPL);
                pushOutcome(code, index);
                code.insn(Opcodes.IXOR);
                code.local(Opcodes.ILOAD, VERDICT);
                code.insn(Opcodes.IOR);
                code.local(Opcodes.ISTORE, VERDICT);
                break;
            default:
                code.local(Opcodes.ALOAD, Y);
                code.push(index);
                load(code, trace.output(index), 0);
                code.insn(Opcodes.DASTORE);
                break;
        }
    }

    @Override
    boolean cachesValues() {
        return true;
    }

    @Override
    int blockArray() {
        return V;
    }

    // In a loop, the value goes to a local variable, from which the rest of the block reads it, and to v if needed.
    private void node(Code code, int k) {
        int offset = blockOffset(k, nodeStride());
        if (offset >= 0) {
            value(code, k);
            storeValue(code, offset);
            if (!stores.each(run(), offset)) {
                return;
            }
            code.local(Opcodes.ALOAD, V);
            index(code, k, nodeStride());
            code.local(Opcodes.DLOAD, blockLocal(offset));
        } else {
            code.local(Opcodes.ALOAD, V);
            index(code, k, nodeStride());
            value(code, k);
        }
        code.insn(Opcodes.DASTORE);
    }
}
