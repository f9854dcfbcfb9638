package dev.chainrule.processor.opt;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Operator;
import dev.chainrule.processor.ir.Walk;

/**
 * What evaluating an expression does besides computing its value, which decides whether a pass may drop it, or
 * evaluate it once for two occurrences.
 */
final class Effects {
    private Effects() {
    }

    /**
     * True when evaluating {@code expr} changes nothing that anything else can see: no tape operation, no call of
     * user code or of a runtime method with an effect. It may allocate a fresh array, and it may throw.
     */
    static boolean isEffectFree(Expr expr) {
        boolean[] free = {true};
        Walk.expressions(expr, e -> free[0] &= !(e instanceof Expr.Pop || e instanceof Expr.Cell
                || e instanceof Expr.Derivative || e instanceof Expr.Call || e instanceof Expr.RulePartial
                || e instanceof Expr.Runtime runtime && !runtime.op().isFunction()));
        return free[0];
    }

    /**
     * True when {@code expr} is effect-free and allocates nothing, so two evaluations give the same value (an
     * allocation gives a new array each time).
     */
    static boolean isPure(Expr expr) {
        boolean[] pure = {isEffectFree(expr)};
        Walk.expressions(expr, e -> pure[0] &= !(e instanceof Expr.NewArray || e instanceof Expr.Clone
                || e instanceof Expr.Runtime));
        return pure[0];
    }

    /**
     * True when evaluating {@code expr} may throw: an array access ({@code ArrayIndexOutOfBoundsException}, or a
     * {@code NullPointerException} on an array not yet allocated), an integer division or remainder
     * ({@code ArithmeticException}), an allocation ({@code NegativeArraySizeException}), or any call. Double
     * arithmetic and {@code Math} never throw.
     */
    static boolean mayThrow(Expr expr) {
        if (!isPure(expr)) {
            return true;
        }
        boolean[] throwing = {false};
        Walk.expressions(expr, e -> throwing[0] |= e instanceof Expr.Element || e instanceof Expr.Length
                || e instanceof Expr.InstanceField
                || e instanceof Expr.Op op && (op.op() == Operator.DIV || op.op() == Operator.REM)
                        && op.type().isIntegral());
        return throwing[0];
    }
}
