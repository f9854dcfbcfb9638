package dev.chainrule.runtime.trace.compiler;

import dev.chainrule.runtime.trace.tape.Op;
import dev.chainrule.runtime.trace.tape.RunLayout;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Writes {@link CompiledSweeps#tangent}: every active node's tangent, from the first to the last, as the sum of its
 * active arguments' tangents times their partials (an input's tangent is read straight from {@code xDot}), then the
 * outputs' tangents to {@code yDot} (0 for an output no input reaches). In a loop, a tangent lives in its block local,
 * and reaches {@code d} where the plan's stores say something reads it there.
 */
final class TangentWriter extends SweepWriter {

    TangentWriter(SweepPlan plan) {
        super(plan);
    }

    @Override
    void write(Code code, int step) {
        int index = SweepPlan.index(step);
        if (SweepPlan.kind(step) == SweepPlan.NODE) {
            node(code, index);
            return;
        }
        code.local(Opcodes.ALOAD, SweepSlots.Y_DOT);
        code.push(index);
        int o = trace.output(index);
        if (trace.active(o)) {
            element(code, o < trace.inputs() ? SweepSlots.X_DOT : SweepSlots.D, o, 0);
        } else {
            code.insn(Opcodes.DCONST_0);
        }
        code.insn(Opcodes.DASTORE);
    }

    private void node(Code code, int k) {
        int own = blockOffset(k, nodeStride());
        if (own < 0) {
            code.local(Opcodes.ALOAD, SweepSlots.D);
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
            int array = trace.arg(reference, j) < trace.inputs() ? SweepSlots.X_DOT : SweepSlots.D;
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
        if (plan.stores().each(run(), own)) {
            code.local(Opcodes.ALOAD, SweepSlots.D);
            index(code, k, nodeStride());
            code.local(Opcodes.DLOAD, blockLocal(own));
            code.insn(Opcodes.DASTORE);
        }
    }

    // An argument's tangent: from the block locals when the loop keeps it there, else from its array.
    private void tangentOf(Code code, int arg, int array, RunLayout.Slot at) {
        int cached = array == SweepSlots.D && !at.tabled() ? cachedOffset(arg, at.stride()) : -1;
        if (cached >= 0) {
            code.local(Opcodes.DLOAD, blockLocal(cached));
        } else {
            element(code, array, arg, at);
        }
    }
}
