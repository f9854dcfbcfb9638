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
     * 0, not NaN. This is the plain chain rule, {@code seed * 1.0} included: simplifying it is a pass's job.
     */
    static Expr times(Expr seed, Expr partial, boolean mayBeInfinite) {
        return Expr.Apply.of(mayBeInfinite ? Primitive.STRONG_PRODUCT : Primitive.MUL, seed, partial);
    }
}
