package dev.chainrule.runtime.trace.compiler;

import net.bytebuddy.jar.asm.Opcodes;

/**
 * Writes {@link CompiledSweeps#primal}: every node recomputed from {@code x} into {@code v}, each guard re-checked
 * where the trace recorded it, and the outputs copied to {@code y}. The guards are checked without branches: each
 * adds {@code outcome XOR recorded} into a verdict that is 0 only if all of them held, which keeps the generated code
 * free of jumps (and of the stack map frames they would need). In a loop, a value lives in its block local, and
 * reaches {@code v} where the plan's stores say something reads it there.
 */
final class PrimalWriter extends SweepWriter {

    PrimalWriter(SweepPlan plan) {
        super(plan);
    }

    @Override
    void write(Code code, int step) {
        int index = SweepPlan.index(step);
        switch (SweepPlan.kind(step)) {
            case SweepPlan.NODE:
                node(code, index);
                break;
            case SweepPlan.GUARD:
                loadGuardOperand(code, index, false);
                loadGuardOperand(code, index, true);
                code.insn(trace.guardNanHigh(index) ? Opcodes.DCMPG : Opcodes.DCMPL);
                pushOutcome(code, index);
                code.insn(Opcodes.IXOR);
                code.local(Opcodes.ILOAD, SweepSlots.VERDICT);
                code.insn(Opcodes.IOR);
                code.local(Opcodes.ISTORE, SweepSlots.VERDICT);
                break;
            default:
                code.local(Opcodes.ALOAD, SweepSlots.Y);
                code.push(index);
                load(code, trace.output(index), 0);
                code.insn(Opcodes.DASTORE);
                break;
        }
    }

    // In a loop, the value goes to a local variable, from which the rest of the block reads it, and to v if needed.
    private void node(Code code, int k) {
        int offset = blockOffset(k, nodeStride());
        if (offset >= 0) {
            value(code, k);
            storeValue(code, offset);
            if (!plan.stores().each(run(), offset)) {
                return;
            }
            code.local(Opcodes.ALOAD, SweepSlots.V);
            index(code, k, nodeStride());
            code.local(Opcodes.DLOAD, blockLocal(offset));
        } else {
            code.local(Opcodes.ALOAD, SweepSlots.V);
            index(code, k, nodeStride());
            value(code, k);
        }
        code.insn(Opcodes.DASTORE);
    }
}
