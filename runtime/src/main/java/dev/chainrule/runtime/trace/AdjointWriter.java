package dev.chainrule.runtime.trace;

import java.util.Arrays;
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

    private static final int W = 3;
    private static final int G = 4;
    private static final int X_BAR = 5;
    private static final int NODE_ADJOINT = 6;

    AdjointWriter(Trace trace) {
        super(trace);
    }

    @Override
    String name() {
        return "adjoint";
    }

    @Override
    int parameters() {
        return 6;
    }

    @Override
    int maxLocals() {
        return NODE_ADJOINT + 2;
    }

    @Override
    int[] steps() {
        int[] steps = new int[trace.outputCount() + trace.size() + trace.inputs()];
        int count = 0;
        for (int i = 0; i < trace.outputCount(); i++) {
            if (trace.active(trace.output(i))) {
                steps[count++] = step(SEED, i);
            }
        }
        for (int k = trace.size() - 1; k >= trace.inputs(); k--) {
            if (trace.hasAdjoint(k)) {
                steps[count++] = step(NODE, k);
            }
        }
        for (int i = 0; i < trace.inputs(); i++) {
            if (trace.unreachedInput(i)) {
                steps[count++] = step(ZERO, i);
            }
        }
        return Arrays.copyOf(steps, count);
    }

    @Override
    void write(Code code, int step) {
        int index = index(step);
        switch (kind(step)) {
            case SEED:
                accumulate(code, trace.output(index), trace.firstSeed(index), () -> element(code, W, index));
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
        element(code, G, k);
        code.local(Opcodes.DSTORE, NODE_ADJOINT);
        Op op = trace.op(k);
        for (int j = 0; j < op.arity(); j++) {
            int arg = trace.arg(k, j);
            if (!trace.active(arg)) {
                continue;
            }
            int argument = j;
            accumulate(code, arg, trace.firstAdjoint(k, j), () -> term(code, k, argument,
                    trace.chainAdjoint(k, argument), () -> code.local(Opcodes.DLOAD, NODE_ADJOINT)));
        }
    }

    /** Stores (first write) or adds the pushed contribution into node {@code target}'s adjoint. */
    private void accumulate(Code code, int target, boolean first, Runnable contribution) {
        boolean input = target < trace.inputs();
        code.local(Opcodes.ALOAD, input ? X_BAR : G);
        code.push(target);
        if (first) {
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
