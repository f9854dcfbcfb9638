package dev.chainrule.processor.opt;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Var;
import dev.chainrule.processor.ir.Walk;
import dev.chainrule.rules.Primitive;
import java.util.ArrayList;
import java.util.List;

/**
 * Algebraic simplification, so the transforms can write the plain chain rule ({@code seed * 1.0}, {@code a + -b})
 * and the code reads as a person writes it. Two kinds of rule:
 * <ul>
 *   <li><b>Exact</b>, everywhere: rewrites whose result is the same double for every input, signed zeros, infinities
 *       and NaN included: {@code x * 1 → x}, {@code x * -1 → -x}, {@code x / 1 → x}, {@code x - 0 → x},
 *       {@code --x → x}, {@code x + -y → x - y}, {@code x - -y → x + y}, {@code x * -y → -(x * y)}, and arithmetic on
 *       two literals.</li>
 *   <li><b>Rounding</b>, only where a statement computes a derivative value (its target is not one of the user's own
 *       variables): rewrites that may change a zero's sign or the last bit, which the floating-point policy allows
 *       for derivatives but never for the values the user's method computes: {@code x + 0 → x}, {@code 0 - x → -x},
 *       {@code x * (1 / y) → x / y}, and the strong-zero product by a finite nonzero constant as a plain one.</li>
 * </ul>
 */
final class Simplify implements Pass {

    @Override
    public Function apply(Function function) {
        return new Function(function.name(), function.params(), block(function.body()), function.result());
    }

    private static List<Stmt> block(List<Stmt> body) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt stmt : body) {
            boolean rounding = computesDerivative(stmt);
            List<Expr> expressions = stmt.expressions().stream()
                    .map(e -> Walk.map(e, x -> simplify(x, rounding)))
                    .toList();
            List<List<Stmt>> bodies = stmt.bodies().stream().map(Simplify::block).toList();
            out.add(stmt.with(expressions, bodies));
        }
        return out;
    }

    /** True for a statement that writes a derivative value: an assignment, store or accumulation into one. */
    private static boolean computesDerivative(Stmt stmt) {
        Var target = stmt instanceof Stmt.Assign assign ? assign.var()
                : stmt instanceof Stmt.Store store ? store.target().root()
                : stmt instanceof Stmt.Accumulate accumulate ? root(accumulate.target())
                : null;
        return target != null && target.isDerivative();
    }

    /** One node whose operands are simplified already. */
    static Expr simplify(Expr expr, boolean rounding) {
        if (!(expr instanceof Expr.Apply apply) || apply.op().use() == Primitive.Use.SOURCE
                && !apply.op().isOperator()) {
            return expr;
        }
        List<Expr> args = apply.args();
        Expr a = args.get(0);
        Expr b = args.size() > 1 ? args.get(1) : null;
        Expr folded = fold(apply);
        if (folded != null) {
            return folded;
        }
        switch (apply.op()) {
            case MUL -> {
                if (is(b, 1)) {
                    return a;
                }
                if (is(a, 1)) {
                    return b;
                }
                if (is(b, -1)) {
                    return negate(a);
                }
                if (is(a, -1)) {
                    return negate(b);
                }
                if (isNeg(b)) {
                    return negate(new Expr.Apply(Primitive.MUL, List.of(a, operand(b)), false));
                }
                if (isNeg(a)) {
                    return negate(new Expr.Apply(Primitive.MUL, List.of(operand(a), b), false));
                }
                if (rounding && b instanceof Expr.Apply divide && divide.op() == Primitive.DIV
                        && is(divide.args().get(0), 1)) {
                    return new Expr.Apply(Primitive.DIV, List.of(a, divide.args().get(1)), false);
                }
            }
            case DIV -> {
                if (is(b, 1)) {
                    return a;
                }
                if (isNeg(b)) {
                    return negate(new Expr.Apply(Primitive.DIV, List.of(a, operand(b)), false));
                }
                if (isNeg(a)) {
                    return negate(new Expr.Apply(Primitive.DIV, List.of(operand(a), b), false));
                }
            }
            case ADD -> {
                if (isNeg(b)) {
                    return new Expr.Apply(Primitive.SUB, List.of(a, operand(b)), false);
                }
                if (isNeg(a)) {
                    return new Expr.Apply(Primitive.SUB, List.of(b, operand(a)), false);
                }
                if (rounding && is(b, 0)) {
                    return a;
                }
                if (rounding && is(a, 0)) {
                    return b;
                }
            }
            case SUB -> {
                if (is(b, 0)) {
                    return a;
                }
                if (isNeg(b)) {
                    return new Expr.Apply(Primitive.ADD, List.of(a, operand(b)), false);
                }
                if (rounding && is(a, 0)) {
                    return negate(b);
                }
            }
            case NEG -> {
                if (isNeg(a)) {
                    return operand(a);
                }
            }
            case STRONG_PRODUCT -> {
                // With a finite nonzero factor the strong zero changes only the sign of a zero product.
                if (rounding && finiteNonzero(b)) {
                    return simplify(new Expr.Apply(Primitive.MUL, List.of(a, b), false), true);
                }
                if (rounding && finiteNonzero(a)) {
                    return simplify(new Expr.Apply(Primitive.MUL, List.of(a, b), false), true);
                }
            }
            default -> {
            }
        }
        return expr;
    }

    /** {@code + - * /} or negation of literals, as Java computes them. */
    private static Expr fold(Expr.Apply apply) {
        boolean literals = apply.args().stream().allMatch(x -> x instanceof Expr.Const c && c.symbol() == null
                && c.type() == dev.chainrule.processor.ir.Type.DOUBLE);
        if (!literals || !(apply.op().isOperator() && apply.op() != Primitive.REM)) {
            return null;
        }
        double[] values = apply.args().stream().mapToDouble(x -> ((Expr.Const) x).real()).toArray();
        return Expr.Const.of(apply.op().value(false, values));
    }

    private static Expr negate(Expr x) {
        if (x instanceof Expr.Const c && c.symbol() == null && c.type() == dev.chainrule.processor.ir.Type.DOUBLE) {
            return Expr.Const.of(-c.real());
        }
        return isNeg(x) ? operand(x) : new Expr.Apply(Primitive.NEG, List.of(x), false);
    }

    private static boolean isNeg(Expr x) {
        return x instanceof Expr.Apply apply && apply.op() == Primitive.NEG;
    }

    private static Expr operand(Expr negation) {
        return ((Expr.Apply) negation).args().get(0);
    }

    private static boolean is(Expr x, double value) {
        return x instanceof Expr.Const c && c.is(value);
    }

    private static boolean finiteNonzero(Expr x) {
        return x instanceof Expr.Const c && c.type() == dev.chainrule.processor.ir.Type.DOUBLE
                && Double.isFinite(c.real()) && c.real() != 0;
    }

    private static Var root(Expr target) {
        return target instanceof Expr.Element element ? element.root() : ((Expr.Ref) target).var();
    }
}
