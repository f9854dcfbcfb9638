package dev.chainrule.runtime.trace.compiler;

import dev.chainrule.runtime.trace.tape.Op;
import dev.chainrule.runtime.trace.tape.RunLayout;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Writes {@link CompiledSweeps#adjoint}: the output seeds {@code w} into their nodes' adjoints, then every node that
 * has an adjoint, from the last to the first, passes it to its active arguments; an input's adjoint is accumulated
 * straight into {@code xBar}. The first contribution to an adjoint stores and the later ones add, as the trace's
 * analysis worked out, so neither {@code g} nor {@code xBar} needs zeroing; inputs no output depends on get 0. Each
 * adjoint is read and written where the plan put it: a repetition's local, a local of a sweep that is one method, a
 * loop's {@link AdjointCells} local, or its array.
 */
final class AdjointWriter extends SweepWriter {

    AdjointWriter(SweepPlan plan) {
        super(plan);
    }

    @Override
    void write(Code code, int step) {
        int index = SweepPlan.index(step);
        switch (SweepPlan.kind(step)) {
            case SweepPlan.SEED:
                int output = trace.output(index);
                accumulate(code, output, output < trace.inputs() ? SweepSlots.X_BAR : SweepSlots.G,
                        RunLayout.Slot.computed(0), trace.firstSeed(index),
                        () -> element(code, SweepSlots.W, index, 0));
                break;
            case SweepPlan.NODE:
                node(code, index);
                break;
            default:
                code.local(Opcodes.ALOAD, SweepSlots.X_BAR);
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
            touch(code, SweepSlots.G, k, RunLayout.Slot.computed(nodeStride()), AdjointCells.READ, null);
        }
        code.local(Opcodes.DSTORE, SweepSlots.NODE_ADJOINT);
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
            int array = trace.arg(reference, j) < trace.inputs() ? SweepSlots.X_BAR : SweepSlots.G;
            RunLayout.Slot at = layout == null ? RunLayout.Slot.computed(0) : layout.target(offset(k), j);
            boolean first = layout == null ? trace.firstAdjoint(k, j) : !layout.adds(offset(k), j);
            accumulate(code, arg, array, at, first, () -> term(code, k, argument, trace.chainAdjoint(reference,
                    argument), () -> code.local(Opcodes.DLOAD, SweepSlots.NODE_ADJOINT)));
        }
    }

    // The local of node k's adjoint outside loops, or -1.
    private int straightLocal(int k) {
        return layout() != null ? -1 : plan.straightLocal(k);
    }

    /** The block offset of node {@code k} if its adjoint lives in a repetition's local, else -1. */
    private int localOffset(int k, int stride) {
        return layout() == null ? -1 : plan.adjointLocalOffset(run(), k, stride);
    }

    /**
     * Stores (first write) or adds the pushed contribution into the adjoint of node {@code target} (the first
     * block's), in {@code array}, whose index is found as {@code at} says.
     */
    private void accumulate(Code code, int target, int array, RunLayout.Slot at, boolean first,
            Runnable contribution) {
        int offset = at.tabled() ? -1 : localOffset(target, at.stride());
        int slot = offset >= 0 ? blockLocal(offset) : array == SweepSlots.G ? straightLocal(target) : -1;
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
     * {@code contribution} into it; in the element's local when the loop keeps it in one.
     */
    private void touch(Code code, int array, int base, RunLayout.Slot at, int kind, Runnable contribution) {
        CellLocals cells = cells();
        AdjointCells.Cell cell = cells == null || at.tabled() ? null : cells.cell(array, base);
        if (cell != null) {
            boolean fresh = cells.touchFirst(cell);
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
}
