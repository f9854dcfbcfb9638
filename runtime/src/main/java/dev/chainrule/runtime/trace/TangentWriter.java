package dev.chainrule.runtime.trace;

import java.util.Arrays;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Writes {@link CompiledSweeps#tangent}: every active node's tangent, from the first to the last, as the sum of its
 * active arguments' tangents times their partials (an input's tangent is read straight from {@code xDot}), then the
 * outputs' tangents to {@code yDot} (0 for an output no input reaches).
 */
final class TangentWriter extends SweepWriter {

    private static final int NODE = 0;
    private static final int OUTPUT = 1;

    private static final int X_DOT = 3;
    private static final int D = 4;
    private static final int Y_DOT = 5;

    TangentWriter(Trace trace) {
        super(trace);
    }

    @Override
    String name() {
        return "tangent";
    }

    @Override
    int parameters() {
        return 6;
    }

    @Override
    int[] steps() {
        int[] steps = new int[trace.size() + trace.outputCount()];
        int count = 0;
        for (int k = trace.inputs(); k < trace.size(); k++) {
            if (trace.active(k) && !trace.op(k).isLeaf()) {
                steps[count++] = step(NODE, k);
            }
        }
        for (int i = 0; i < trace.outputCount(); i++) {
            steps[count++] = step(OUTPUT, i);
        }
        return Arrays.copyOf(steps, count);
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

    private void node(Code code, int k) {
        code.local(Opcodes.ALOAD, D);
        code.push(k);
        Op op = trace.op(k);
        boolean first = true;
        for (int j = 0; j < op.arity(); j++) {
            int arg = trace.arg(k, j);
            if (!trace.active(arg)) {
                continue;
            }
            term(code, k, j, trace.chainTangent(k, j), () -> tangent(code, arg));
            if (!first) {
                code.insn(Opcodes.DADD);
            }
            first = false;
        }
        code.insn(Opcodes.DASTORE);
    }

    /** Pushes the tangent of active node {@code k}. */
    private void tangent(Code code, int k) {
        element(code, k < trace.inputs() ? X_DOT : D, k);
    }
}
