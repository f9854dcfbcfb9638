package dev.chainrule.processor.frontend;

import dev.chainrule.processor.frontend.Operand.JavaType;
import dev.chainrule.processor.ir.Primitive;
import java.util.List;
import java.util.Optional;

/**
 * Folds integer-typed constant expressions with Java's own semantics (int or long width, truncating division,
 * wrap-around), since in the supported subset every integer-typed expression is made of literals.
 */
final class IntegerFolding {
    private IntegerFolding() {
    }

    /** {@code left op right}; empty for a division by zero, which Java would throw at run time. */
    static Optional<Operand> binary(Primitive op, Operand left, Operand right) {
        boolean isLong = left.type() == JavaType.LONG || right.type() == JavaType.LONG;
        long a = left.longValue();
        long b = right.longValue();
        if (op == Primitive.DIV && b == 0) {
            return Optional.empty();
        }
        if (isLong) {
            long value = switch (op) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case DIV -> a / b;
                default -> throw new IllegalArgumentException(op.name());
            };
            return Optional.of(Operand.ofLong(value));
        }
        int x = (int) a;
        int y = (int) b;
        int value = switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> x / y;
            default -> throw new IllegalArgumentException(op.name());
        };
        return Optional.of(Operand.ofInt(value));
    }

    static Operand negate(Operand operand) {
        return operand.type() == JavaType.LONG
                ? Operand.ofLong(-operand.longValue())
                : Operand.ofInt(-(int) operand.longValue());
    }

    /** The integer overloads of {@code Math.abs}, {@code min} and {@code max}. */
    static Operand call(Primitive op, List<Operand> args) {
        boolean isLong = args.stream().anyMatch(a -> a.type() == JavaType.LONG);
        long a = args.get(0).longValue();
        long value = switch (op) {
            case ABS -> isLong ? Math.abs(a) : Math.abs((int) a);
            case MIN -> Math.min(a, args.get(1).longValue());
            case MAX -> Math.max(a, args.get(1).longValue());
            default -> throw new IllegalArgumentException(op.name());
        };
        return isLong ? Operand.ofLong(value) : Operand.ofInt((int) value);
    }
}
