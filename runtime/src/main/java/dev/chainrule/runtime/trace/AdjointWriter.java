package dev.chainrule.runtime.trace;

import java.util.List;
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

    private static final int W = 3;
    private static final int G = 4;
    private static final int X_BAR = 5;
    private static final int NODE_ADJOINT = 6;

    // Per run and block offset: whether that node's adjoint lives in a local variable while its loop runs.
    private final boolean[][] local;

    AdjointWriter(Trace trace, List<Loops.Run> runs) {
        super(trace, runs);
        local = Loops.repetitionLocal(trace, runs);
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
        if (trace.hasAdjoint(k)) {
            steps.add(step(NODE, k));
        }
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
                accumulate(code, trace.output(index), 0, trace.firstSeed(index), () -> element(code, W, index, 0));
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
        int offset = localOffset(k, nodeStride());
        if (offset >= 0) {
            code.local(Opcodes.DLOAD, blockLocal(offset));
        } else {
            element(code, G, k, nodeStride());
        }
        code.local(Opcodes.DSTORE, NODE_ADJOINT);
        Op op = trace.op(k);
        for (int j = 0; j < op.arity(); j++) {
            int arg = trace.arg(k, j);
            if (!trace.active(arg)) {
                continue;
            }
            int argument = j;
            accumulate(code, arg, argumentStride(k, j), trace.firstAdjoint(k, j), () -> term(code, k, argument,
                    trace.chainAdjoint(k, argument), () -> code.local(Opcodes.DLOAD, NODE_ADJOINT)));
        }
    }

    /** The block offset of node {@code k} if its adjoint lives in a local variable, else -1. */
    private int localOffset(int k, int stride) {
        int offset = blockOffset(k, stride);
        return offset >= 0 && local[run()][offset] ? offset : -1;
    }

    /**
     * Stores (first write) or adds the pushed contribution into node {@code target}'s adjoint, whose index moves by
     * {@code stride} per repetition.
     */
    private void accumulate(Code code, int target, int stride, boolean first, Runnable contribution) {
        int offset = localOffset(target, stride);
        if (offset >= 0) {
            if (!first) {
                code.local(Opcodes.DLOAD, blockLocal(offset));
            }
            contribution.run();
            if (!first) {
                code.insn(Opcodes.DADD);
            }
            code.local(Opcodes.DSTORE, blockLocal(offset));
            return;
        }
        boolean input = target < trace.inputs();
        code.local(Opcodes.ALOAD, input ? X_BAR : G);
        index(code, target, stride);
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
