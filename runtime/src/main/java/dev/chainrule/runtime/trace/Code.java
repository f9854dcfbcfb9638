package dev.chainrule.runtime.trace;

import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * A bytecode writer that counts what it writes: with no {@link MethodVisitor} it only counts, which is how
 * {@link TapeCompiler} measures a sweep before cutting it into methods that each stay below the JIT's size limit.
 * Counts are exact for every instruction used here, so measuring and writing agree.
 */
final class Code {

    private final MethodVisitor visitor;
    private int size;

    /**
     * @param visitor where to write, or {@code null} to count only
     */
    Code(MethodVisitor visitor) {
        this.visitor = visitor;
    }

    /** The number of bytes written so far. */
    int size() {
        return size;
    }

    /** An instruction without operands. */
    void insn(int opcode) {
        size += 1;
        if (visitor != null) {
            visitor.visitInsn(opcode);
        }
    }

    /** A local variable load or store ({@code aload}, {@code dload}, {@code dstore}, {@code iload}, ...). */
    void local(int opcode, int slot) {
        // Slots 0-3 have one-byte forms, which ASM picks by itself; larger ones take an operand byte.
        size += slot <= 3 ? 1 : 2;
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
            size += 2;
            if (visitor != null) {
                visitor.visitIntInsn(Opcodes.BIPUSH, value);
            }
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
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

    /** A jump target, placed later with {@link #place}. */
    Label label() {
        return new Label();
    }

    /** Places {@code label} at the current position, which takes no bytes. */
    void place(Label label) {
        if (visitor != null) {
            visitor.visitLabel(label);
        }
    }

    /** A conditional jump within a loop: a loop's body is far below 32 KB, so the offset fits two bytes. */
    void jump(int opcode, Label target) {
        size += 3;
        if (visitor != null) {
            visitor.visitJumpInsn(opcode, target);
        }
    }

    /** Adds a small constant to an int local ({@code iinc}). */
    void increment(int slot, int delta) {
        size += 3;
        if (visitor != null) {
            visitor.visitIincInsn(slot, delta);
        }
    }

    /** Reads a static field. */
    void getStatic(String owner, String name, String descriptor) {
        size += 3;
        if (visitor != null) {
            visitor.visitFieldInsn(Opcodes.GETSTATIC, owner, name, descriptor);
        }
    }

    /** Calls a method ({@code invokestatic} or {@code invokevirtual}). */
    void invoke(int opcode, String owner, String name, String descriptor) {
        size += 3;
        if (visitor != null) {
            visitor.visitMethodInsn(opcode, owner, name, descriptor, false);
        }
    }
}
