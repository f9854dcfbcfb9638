package dev.chainrule.processor.transform;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.rules.Primitive;
import dev.chainrule.processor.rules.Rules;
import java.util.List;

/**
 * Builds the chain-rule products and sums both transforms emit, simplifying symbolic ones so the generated code reads
 * as a person would write it ({@code xBar += yBar} rather than {@code xBar += yBar * 1.0}).
 */
final class Chain {
    private Chain() {
    }

    /** The partials of {@code apply}'s operation at its operands, with {@code result} standing for its value. */
    static List<Expr> partials(Expr.Apply apply, Expr result) {
        return Rules.partials(apply, result);
    }

    /** The partials of a call with {@code @DerivativeOf} rules: calls of the rules at the same arguments. */
    static List<Expr> partials(Expr.Call call) {
        List<Expr> partials = new java.util.ArrayList<>();
        List<String> rules = call.callee().rules();
        for (int i = 0; i < rules.size(); i++) {
            partials.add(rules.get(i) == null ? Expr.Const.of(0) : new Expr.RulePartial(call.callee(), i, call.args()));
        }
        return partials;
    }

    /**
     * Each distinct operand with the sum of its partials: {@code x * x} gives {@code x -> x + x}, one product
     * (one tangent term, one adjoint accumulation) per operand instead of one per occurrence.
     */
    static java.util.Map<Expr, Expr> byOperand(List<Expr> args, List<Expr> partials) {
        java.util.Map<Expr, Expr> merged = new java.util.LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            merged.merge(args.get(i), partials.get(i), (a, b) -> Expr.Apply.of(Primitive.ADD, a, b));
        }
        return merged;
    }

    static boolean unbounded(Expr.Apply apply) {
        return Rules.unbounded(apply.op());
    }

    /**
     * {@code seed * partial}. Where a factor may be infinite (an unbounded partial, or a seed downstream of one) the
     * product goes through the strong zero ({@link Primitive#STRONG_PRODUCT}), so that {@code 0 * inf} contributes
     * 0, not NaN.
     */
    static Expr times(Expr seed, Expr partial, boolean mayBeInfinite) {
        if (partial instanceof Expr.Const c && c.is(1)) {
            return seed;
        }
        if (partial instanceof Expr.Const c && c.is(-1)) {
            return Expr.Apply.of(Primitive.NEG, seed);
        }
        if (mayBeInfinite) {
            return Expr.Apply.of(Primitive.STRONG_PRODUCT, seed, partial);
        }
        if (partial instanceof Expr.Apply apply && apply.op() == Primitive.DIV
                && apply.args().get(0) instanceof Expr.Const one && one.is(1)) {
            return Expr.Apply.of(Primitive.DIV, seed, apply.args().get(1));
        }
        if (partial instanceof Expr.Apply apply && apply.op() == Primitive.NEG) {
            return Expr.Apply.of(Primitive.NEG, times(seed, apply.args().get(0), false));
        }
        return Expr.Apply.of(Primitive.MUL, seed, partial);
    }

    /** {@code expr} with sums, differences, products and negations of constants worked out: {@code 1.0 + 1.0} is 2. */
    static Expr fold(Expr expr) {
        if (!(expr instanceof Expr.Apply apply)) {
            return expr;
        }
        List<Expr> args = apply.args().stream().map(Chain::fold).toList();
        if (args.stream().allMatch(a -> a instanceof Expr.Const c && c.symbol() == null)) {
            double a = ((Expr.Const) args.get(0)).value();
            double b = args.size() > 1 ? ((Expr.Const) args.get(1)).value() : 0;
            switch (apply.op()) {
                case ADD: return Expr.Const.of(a + b);
                case SUB: return Expr.Const.of(a - b);
                case MUL: return Expr.Const.of(a * b);
                case NEG: return Expr.Const.of(-a);
                default: break;
            }
        }
        return new Expr.Apply(apply.op(), args, apply.strict());
    }

    /** {@code a + b}, written as {@code a - c} when {@code b} is {@code -c}. */
    static Expr plus(Expr a, Expr b) {
        if (b instanceof Expr.Apply apply && apply.op() == Primitive.NEG) {
            return Expr.Apply.of(Primitive.SUB, a, apply.args().get(0));
        }
        return Expr.Apply.of(Primitive.ADD, a, b);
    }
}
