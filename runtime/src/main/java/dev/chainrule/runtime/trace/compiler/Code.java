package dev.chainrule.runtime.trace.compiler;

import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * A bytecode writer that counts what it writes: with no {@link MethodVisitor} it only counts, which is how
 * {@link TapeCompiler} measures a sweep before cutting it into methods that each stay below the JIT's size limit.
 * Counts are exact for every instruction used here, so measuring and writing agree.
 *
 * <p>A {@link #template} writer turns the bases of a loop's indices ({@link #pushBase}) into reads of int locals, one
 * per distinct base, and keeps a fingerprint of everything else it writes: loops with equal fingerprints are the same
 * code but for their bases, and share one method that reads the bases from the table.
 */
public final class Code {

    private final MethodVisitor visitor;
    private final int firstBaseLocal;
    // 1 in an instance method, whose slot 0 is this: every slot the sweeps name moves up by one.
    private final int receiver;
    private final StringBuilder fingerprint;
    private final List<Integer> bases = new ArrayList<>();
    private int labels;
    private int size;

    /**
     * @param visitor where to write, or {@code null} to count only
     */
    public Code(MethodVisitor visitor) {
        this(visitor, -1);
    }

    private Code(MethodVisitor visitor, int firstBaseLocal) {
        this(visitor, firstBaseLocal, 0);
    }

    private Code(MethodVisitor visitor, int firstBaseLocal, int receiver) {
        this.visitor = visitor;
        this.firstBaseLocal = firstBaseLocal;
        this.receiver = receiver;
        this.fingerprint = firstBaseLocal < 0 ? null : new StringBuilder();
    }

    /**
     * A writer that reads the bases it is given from the int locals from {@code firstBaseLocal} on.
     *
     * @param visitor        where to write, or {@code null} to count only
     * @param firstBaseLocal the local slot of the first base
     */
    static Code template(MethodVisitor visitor, int firstBaseLocal) {
        return new Code(visitor, firstBaseLocal);
    }

    /**
     * A writer for an instance method's body: the slots it is given are those of a static method with the same
     * parameters, and it writes them one higher, past {@code this}.
     */
    static Code instance(MethodVisitor visitor) {
        return new Code(visitor, -1, 1);
    }

    /** A template's fingerprint: what it wrote, its bases left out. */
    String fingerprint() {
        return fingerprint.toString();
    }

    /** The distinct bases a template was given, in order of first use. */
    List<Integer> bases() {
        return bases;
    }

    /**
     * Pushes a base of a loop's indices (or its trip count): an immediate, or in a template the next base's local.
     */
    void pushBase(int value) {
        if (fingerprint == null) {
            push(value);
            return;
        }
        // Equal bases share a local, which leaves the JIT fewer live values; which ones are equal is in the
        // fingerprint, through the local read.
        int ordinal = bases.indexOf(value);
        if (ordinal < 0) {
            ordinal = bases.size();
            bases.add(value);
        }
        local(Opcodes.ILOAD, firstBaseLocal + ordinal);
    }

    private void note(Object... parts) {
        if (fingerprint != null) {
            for (Object part : parts) {
                fingerprint.append(part).append(' ');
            }
            fingerprint.append(';');
        }
    }

    /** The number of bytes written so far. */
    public int size() {
        return size;
    }

    /** An instruction without operands. */
    void insn(int opcode) {
        note(opcode);
        size += 1;
        if (visitor != null) {
            visitor.visitInsn(opcode);
        }
    }

    /** A local variable load or store ({@code aload}, {@code dload}, {@code dstore}, {@code iload}, ...). */
    void local(int opcode, int parameterSlot) {
        int slot = parameterSlot + receiver;
        note(opcode, slot);
        // Slots 0-3 have one-byte forms, which ASM picks by itself; larger ones take an operand byte, and those past
        // 255 a wide prefix and two.
        size += slot <= 3 ? 1 : slot <= 255 ? 2 : 4;
        if (visitor != null) {
            visitor.visitVarInsn(opcode, slot);
        }
    }

    /**
     * Pushes an int without a constant pool entry, so that a tape of any size leaves the pool small: values beyond a
     * short are built from two shorts.
     */
    void push(int value) {
        if (value >= -1 && value <= 5) {
            insn(Opcodes.ICONST_0 + value);
        } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            note("b", value);
            size += 2;
            if (visitor != null) {
                visitor.visitIntInsn(Opcodes.BIPUSH, value);
            }
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            note("s", value);
            size += 3;
            if (visitor != null) {
                visitor.visitIntInsn(Opcodes.SIPUSH, value);
            }
        } else {
            push(value >>> 15);
            push(15);
            insn(Opcodes.ISHL);
            push(value & 0x7fff);
            insn(Opcodes.IOR);
        }
    }

    /** Pushes a {@code double} constant: {@code dconst} for 0 and 1 (not -0), else from the constant pool. */
    void constant(double value) {
        long bits = Double.doubleToRawLongBits(value);
        if (bits == Double.doubleToRawLongBits(0) || bits == Double.doubleToRawLongBits(1)) {
            insn(value == 0 ? Opcodes.DCONST_0 : Opcodes.DCONST_1);
            return;
        }
        note("d", bits);
        size += 3;
        if (visitor != null) {
            visitor.visitLdcInsn(value);
        }
    }

    /** A jump target, placed later with {@link #place}. */
    Label label() {
        Label label = new Label();
        label.info = labels++;
        return label;
    }

    /** Places {@code label} at the current position, which takes no bytes. */
    void place(Label label) {
        note("L", label.info);
        if (visitor != null) {
            visitor.visitLabel(label);
        }
    }

    /** A conditional jump within a loop: a loop's body is far below 32 KB, so the offset fits two bytes. */
    void jump(int opcode, Label target) {
        note(opcode, target.info);
        size += 3;
        if (visitor != null) {
            visitor.visitJumpInsn(opcode, target);
        }
    }

    /** Adds a small constant to an int local ({@code iinc}). */
    void increment(int parameterSlot, int delta) {
        int slot = parameterSlot + receiver;
        note("i", slot, delta);
        size += 3;
        if (visitor != null) {
            visitor.visitIincInsn(slot, delta);
        }
    }

    /** Reads a static field. */
    void getStatic(String owner, String name, String descriptor) {
        note(owner, name);
        size += 3;
        if (visitor != null) {
            visitor.visitFieldInsn(Opcodes.GETSTATIC, owner, name, descriptor);
        }
    }

    /** Calls a method ({@code invokestatic} or {@code invokevirtual}). */
    void invoke(int opcode, String owner, String name, String descriptor) {
        note(opcode, owner, name, descriptor);
        size += 3;
        if (visitor != null) {
            visitor.visitMethodInsn(opcode, owner, name, descriptor, false);
        }
    }
}
