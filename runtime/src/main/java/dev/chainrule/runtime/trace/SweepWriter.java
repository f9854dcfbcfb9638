package dev.chainrule.runtime.trace;

import dev.chainrule.runtime.Partials;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Writes one sweep of a trace as straight-line bytecode, step by step, so that {@link TapeCompiler} can measure the
 * steps and cut the sweep into methods anywhere between two of them. A step is a node, a guard, a seed or an output,
 * encoded as {@code kind << KIND_SHIFT | index}.
 *
 * <p>Every generated method is static, takes {@code double[]} parameters only, and keeps the same first three:
 * {@code x} (slot 0), the trace's constants {@code c} (slot 1) and the node values {@code v} (slot 2). A node is read
 * from where it lives: an input from {@code x}, a constant from {@code c}, any other node from {@code v}.
 */
abstract class SweepWriter {

    static final int KIND_SHIFT = 28;
    static final int INDEX_MASK = (1 << KIND_SHIFT) - 1;

    static final int X = 0;
    static final int C = 1;
    static final int V = 2;

    static final String OP = Type.getInternalName(Op.class);
    private static final String OP_DESCRIPTOR = Type.getDescriptor(Op.class);
    private static final String PARTIALS = Type.getInternalName(Partials.class);

    final Trace trace;

    SweepWriter(Trace trace) {
        this.trace = trace;
    }

    /** The name of the {@link CompiledSweeps} method this sweep implements. */
    abstract String name();

    /** The number of {@code double[]} parameters of that method. */
    abstract int parameters();

    /** Whether the method returns the guards' verdict ({@code int}) rather than nothing. */
    boolean returnsVerdict() {
        return false;
    }

    /** The local variable slots a chunk method needs, parameters included. */
    int maxLocals() {
        return parameters();
    }

    /** The steps, in order. */
    abstract int[] steps();

    /** Writes one step. */
    abstract void write(Code code, int step);

    /** Writes what a chunk method does before its first step. */
    void prologue(Code code) {
    }

    /** Writes what a chunk method does after its last step, the return included. */
    void epilogue(Code code) {
        code.insn(Opcodes.RETURN);
    }

    static int step(int kind, int index) {
        return kind << KIND_SHIFT | index;
    }

    static int kind(int step) {
        return step >>> KIND_SHIFT;
    }

    static int index(int step) {
        return step & INDEX_MASK;
    }

    /** Pushes the value of node {@code k}. */
    final void load(Code code, int k) {
        Op op = trace.op(k);
        if (op == Op.INPUT) {
            element(code, X, k);
        } else if (op == Op.CONST) {
            element(code, C, trace.arg(k, 0));
        } else {
            element(code, V, k);
        }
    }

    /** Pushes {@code array[index]} for the array in {@code slot}. */
    static void element(Code code, int slot, int index) {
        code.local(Opcodes.ALOAD, slot);
        code.push(index);
        code.insn(Opcodes.DALOAD);
    }

    /** Pushes the receiver for a call of one of {@code op}'s methods. */
    static void receiver(Code code, Op op) {
        code.getStatic(OP, op.name(), OP_DESCRIPTOR);
    }

    /** Pushes node {@code k}'s arguments as the {@code (a, b)} of {@link Op#value}: 0 for a missing second one. */
    final void arguments(Code code, int k) {
        load(code, trace.arg(k, 0));
        if (trace.op(k).arity() > 1) {
            load(code, trace.arg(k, 1));
        } else {
            code.insn(Opcodes.DCONST_0);
        }
    }

    /**
     * Writes {@code seed · ∂node_k/∂arg_j}, with the seed already pushed by {@code seed}: as the interpreter computes
     * it, term for term, and through {@link Partials#chain} where the trace's analysis says ({@code chain}).
     */
    final void term(Code code, int k, int j, boolean chain, Runnable seed) {
        Op op = trace.op(k);
        seed.run();
        switch (op.kind(j)) {
            case ONE:
                return;
            case MINUS_ONE:
                code.insn(Opcodes.DNEG);
                return;
            case OTHER:
                load(code, trace.arg(k, 1 - j));
                break;
            default:
                receiver(code, op);
                arguments(code, k);
                load(code, k);
                code.invoke(Opcodes.INVOKEVIRTUAL, OP, j == 0 ? "partial0" : "partial1", "(DDD)D");
                break;
        }
        if (chain) {
            code.invoke(Opcodes.INVOKESTATIC, PARTIALS, "chain", "(DD)D");
        } else {
            code.insn(Opcodes.DMUL);
        }
    }
}
