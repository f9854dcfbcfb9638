package dev.chainrule.processor.frontend;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Operator;
import dev.chainrule.processor.ir.Type;
import java.util.List;
import java.util.Optional;

/**
 * Folds integer constant expressions with Java's own semantics (int or long width, truncating division,
 * wrap-around), so {@code 1 / 2} stays 0 as javac computes it; anything else is left to run.
 */
final class Folding {
    private Folding() {
    }

    /** The folded constant, or empty when an operand is not a constant (or a division by zero would throw). */
    static Optional<Expr.Const> integral(Operator op, List<Expr> args, Type type) {
        if (!type.isIntegral() || !args.stream().allMatch(a -> a instanceof Expr.Const c && c.type().isIntegral())) {
            return Optional.empty();
        }
        long a = (long) ((Expr.Const) args.get(0)).value();
        long b = args.size() > 1 ? (long) ((Expr.Const) args.get(1)).value() : 0;
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
        return Optional.of(new Expr.Const(type, value, null));
    }
}
