package dev.chainrule.runtime.trace.compiler;

import dev.chainrule.rules.Formula;
import dev.chainrule.rules.Primitive;
import dev.chainrule.rules.Test;
import dev.chainrule.runtime.support.Partials;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Writes primitives and the rule table's formulas as plain bytecode: Java's operators as the JVM instructions that
 * define them, the library functions as calls of {@code java.lang.Math}, a formula's selects as branches, and the
 * strong-zero product as a call of the runtime's. The JIT sees the code a person would write for the partial.
 */
public final class FormulaWriter {

    private static final String MATH = Type.getInternalName(Math.class);
    private static final String STRONG_ZERO = Type.getInternalName(Partials.class);

    /** Pushes what a formula reads of the node it belongs to. */
    interface Operands {
        /** Pushes the value of argument {@code j}. */
        void argument(Code code, int j);

        /** Pushes the node's result. */
        void result(Code code);
    }

    private FormulaWriter() {
    }

    /** Applies {@code primitive} to the arguments on the stack, leaving its value. */
    static void apply(Code code, Primitive primitive) {
        int instruction = instruction(primitive);
        if (instruction != 0) {
            code.insn(instruction);
        } else if (primitive == Primitive.STRONG_PRODUCT) {
            code.invoke(Opcodes.INVOKESTATIC, STRONG_ZERO, "chain", "(DD)D");
        } else {
            code.invoke(Opcodes.INVOKESTATIC, MATH, primitive.mathName(), "(" + "D".repeat(primitive.arity()) + ")D");
        }
    }

    /** The JVM instruction that is Java's arithmetic operator {@code primitive}, or 0 for a function. */
    static int instruction(Primitive primitive) {
        switch (primitive) {
            case ADD:
                return Opcodes.DADD;
            case SUB:
                return Opcodes.DSUB;
            case MUL:
                return Opcodes.DMUL;
            case DIV:
                return Opcodes.DDIV;
            case REM:
                return Opcodes.DREM;
            case NEG:
                return Opcodes.DNEG;
            default:
                return 0;
        }
    }

    /** Pushes the value of {@code formula}, reading the node's arguments and result through {@code operands}. */
    static void write(Code code, Formula formula, Operands operands) {
        if (formula instanceof Formula.Arg arg) {
            operands.argument(code, arg.index());
        } else if (formula instanceof Formula.Result) {
            operands.result(code);
        } else if (formula instanceof Formula.Const constant) {
            code.constant(constant.value());
        } else if (formula instanceof Formula.Apply apply) {
            for (Formula arg : apply.args()) {
                write(code, arg, operands);
            }
            apply(code, apply.op());
        } else {
            Formula.Select select = (Formula.Select) formula;
            Label otherwise = code.label();
            Label end = code.label();
            jumpUnless(code, select.test(), otherwise, operands);
            write(code, select.then(), operands);
            code.jump(Opcodes.GOTO, end);
            code.place(otherwise);
            write(code, select.otherwise(), operands);
            code.place(end);
        }
    }

    /** Jumps to {@code target} when {@code test} does not hold, and falls through when it does. */
    private static void jumpUnless(Code code, Test test, Label target, Operands operands) {
        if (test instanceof Test.Both both) {
            jumpUnless(code, both.first(), target, operands);
            jumpUnless(code, both.second(), target, operands);
        } else if (test instanceof Test.Either either) {
            Label holds = code.label();
            jumpIf(code, either.first(), holds, operands);
            jumpUnless(code, either.second(), target, operands);
            code.place(holds);
        } else {
            Test.Compare compare = (Test.Compare) test;
            compare(code, compare, operands);
            code.jump(negated(compare.relation()), target);
        }
    }

    /** Jumps to {@code target} when {@code test} holds, and falls through when it does not. */
    private static void jumpIf(Code code, Test test, Label target, Operands operands) {
        if (test instanceof Test.Both both) {
            Label fails = code.label();
            jumpUnless(code, both.first(), fails, operands);
            jumpIf(code, both.second(), target, operands);
            code.place(fails);
        } else if (test instanceof Test.Either either) {
            jumpIf(code, either.first(), target, operands);
            jumpIf(code, either.second(), target, operands);
        } else {
            Test.Compare compare = (Test.Compare) test;
            compare(code, compare, operands);
            code.jump(holding(compare.relation()), target);
        }
    }

    // As javac compiles a comparison: NaN makes dcmpg give 1 and dcmpl -1, so < and <= (with dcmpg) and > and >=
    // (with dcmpl) are false when either operand is NaN, and != is true.
    private static void compare(Code code, Test.Compare compare, Operands operands) {
        write(code, compare.left(), operands);
        write(code, compare.right(), operands);
        Test.Relation relation = compare.relation();
        code.insn(relation == Test.Relation.LT || relation == Test.Relation.LE ? Opcodes.DCMPG : Opcodes.DCMPL);
    }

    private static int holding(Test.Relation relation) {
        switch (relation) {
            case LT:
                return Opcodes.IFLT;
            case LE:
                return Opcodes.IFLE;
            case GT:
                return Opcodes.IFGT;
            case GE:
                return Opcodes.IFGE;
            case EQ:
                return Opcodes.IFEQ;
            default:
                return Opcodes.IFNE;
        }
    }

    private static int negated(Test.Relation relation) {
        switch (relation) {
            case LT:
                return Opcodes.IFGE;
            case LE:
                return Opcodes.IFGT;
            case GT:
                return Opcodes.IFLE;
            case GE:
                return Opcodes.IFLT;
            case EQ:
                return Opcodes.IFNE;
            default:
                return Opcodes.IFEQ;
        }
    }
}
