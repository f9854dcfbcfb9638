package dev.chainrule.processor.frontend;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Operator;
import dev.chainrule.processor.ir.Type;
import java.util.List;
import java.util.Optional;

/**
 * Folds constant expressions of the passive kinds exactly as the JVM evaluates them (JLS §15 and §5.1): {@code int}
 * arithmetic wraps at 32 bits and {@code long} at 64, division truncates, {@code (int)} of a {@code long} keeps the low
 * bits while {@code (int)} of a {@code double} saturates, and widening a large {@code long} to {@code double} rounds.
 * The generated code must compute what the user's method computes, so anything this class cannot fold with certainty
 * (a division by zero, which throws) is left to run.
 */
final class Folding {
    private Folding() {
    }

    /**
     * The folded constant of an integer operation, or empty when an operand is not an integer constant or the
     * operation would throw.
     */
    static Optional<Expr.Const> integral(Operator op, List<Expr> args, Type type) {
        if (!type.isIntegral() || !args.stream().allMatch(a -> a instanceof Expr.Const c && c.type().isIntegral())) {
            return Optional.empty();
        }
        long a = ((Expr.Const) args.get(0)).integer();
        long b = args.size() > 1 ? ((Expr.Const) args.get(1)).integer() : 0;
        if ((op == Operator.DIV || op == Operator.REM) && b == 0) {
            return Optional.empty();
        }
        long value;
        if (type == Type.LONG) {
            value = switch (op) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case DIV -> a / b;
                case REM -> a % b;
                case NEG -> -a;
                case ABS -> Math.abs(a);
                case MIN -> Math.min(a, b);
                case MAX -> Math.max(a, b);
                default -> throw new IllegalArgumentException(op.name());
            };
        } else {
            int x = (int) a;
            int y = (int) b;
            value = switch (op) {
                case ADD -> x + y;
                case SUB -> x - y;
                case MUL -> x * y;
                case DIV -> x / y;
                case REM -> x % y;
                case NEG -> -x;
                case ABS -> Math.abs(x);
                case MIN -> Math.min(x, y);
                case MAX -> Math.max(x, y);
                default -> throw new IllegalArgumentException(op.name());
            };
        }
        return Optional.of(Expr.Const.integral(type, value));
    }

    /** {@code -c} for a numeric constant. */
    static Expr.Const negate(Expr.Const c) {
        if (c.type() == Type.DOUBLE) {
            return Expr.Const.of(-c.real());
        }
        return integral(Operator.NEG, List.of(c), c.type()).orElseThrow();
    }

    /** {@code (target) c}: a narrowing or widening primitive conversion of a numeric constant. */
    static Expr.Const cast(Expr.Const c, Type target) {
        if (target == Type.DOUBLE) {
            return Expr.Const.of(c.value());
        }
        if (c.type() == Type.DOUBLE) {
            // A double narrows by saturating (NaN to 0): the casts below do exactly that.
            return Expr.Const.integral(target, target == Type.INT ? (int) c.real() : (long) c.real());
        }
        return Expr.Const.integral(target, target == Type.INT ? (int) c.integer() : c.integer());
    }
}
