package dev.chainrule.runtime.trace;

import java.util.List;
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

    private static final int X_DOT = 3;
    private static final int D = 4;
    private static final int Y_DOT = 5;

    TangentWriter(Trace trace, List<Loops.Run> runs) {
        super(trace, runs);
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
            tangent(code, o, 0);
        } else {
            code.insn(Opcodes.DCONST_0);
        }
        code.insn(Opcodes.DASTORE);
    }

    private void node(Code code, int k) {
        code.local(Opcodes.ALOAD, D);
        index(code, k, nodeStride());
        Op op = trace.op(k);
        boolean first = true;
        for (int j = 0; j < op.arity(); j++) {
            int arg = trace.arg(k, j);
            if (!trace.active(arg)) {
                continue;
            }
            int stride = argumentStride(k, j);
            term(code, k, j, trace.chainTangent(k, j), () -> tangent(code, arg, stride));
            if (!first) {
                code.insn(Opcodes.DADD);
            }
            first = false;
        }
        code.insn(Opcodes.DASTORE);
    }

    /** Pushes the tangent of active node {@code k}, whose index moves by {@code stride} per repetition. */
    private void tangent(Code code, int k, int stride) {
        element(code, k < trace.inputs() ? X_DOT : D, k, stride);
    }
}
