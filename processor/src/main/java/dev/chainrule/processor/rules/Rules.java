package dev.chainrule.processor.rules;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Operator;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.rules.Formula;
import dev.chainrule.rules.Primitive;
import dev.chainrule.rules.RuleTable;
import dev.chainrule.rules.Test;
import java.util.List;

/**
 * The rule table's formulas as IR: a primitive's partials at given operands, ready for a transform to multiply by a
 * tangent or an adjoint. Because the formulas are made of primitives, the forward transform differentiates them
 * like any other code, which gives every second derivative.
 */
public final class Rules {
    private Rules() {
    }

    /** The partials of {@code apply}'s primitive at its operands, with {@code result} standing for its value. */
    public static List<Expr> partials(Expr.Apply apply, Expr result) {
        return RuleTable.of(apply.op()).partials().stream()
                .map(formula -> expression(formula, apply.args(), result, apply.strict()))
                .toList();
    }

    /** True when a partial of {@code primitive} can be infinite, so its products need the strong zero. */
    public static boolean unbounded(Primitive primitive) {
        return RuleTable.of(primitive).unbounded();
    }

    private static Expr expression(Formula formula, List<Expr> args, Expr result, boolean strict) {
        if (formula instanceof Formula.Arg arg) {
            return args.get(arg.index());
        }
        if (formula instanceof Formula.Result) {
            return result;
        }
        if (formula instanceof Formula.Const c) {
            return Expr.Const.of(c.value());
        }
        if (formula instanceof Formula.Apply apply) {
            return new Expr.Apply(apply.op(), apply.args().stream()
                    .map(a -> expression(a, args, result, strict)).toList(), strict);
        }
        Formula.Select select = (Formula.Select) formula;
        return new Expr.Select(condition(select.test(), args, result, strict),
                expression(select.then(), args, result, strict), expression(select.otherwise(), args, result, strict));
    }

    private static Expr condition(Test test, List<Expr> args, Expr result, boolean strict) {
        if (test instanceof Test.Compare compare) {
            Operator op = switch (compare.relation()) {
                case LT -> Operator.LT;
                case LE -> Operator.LE;
                case GT -> Operator.GT;
                case GE -> Operator.GE;
                case EQ -> Operator.EQ;
                case NE -> Operator.NE;
            };
            return new Expr.Op(op, List.of(expression(compare.left(), args, result, strict),
                    expression(compare.right(), args, result, strict)), Type.BOOLEAN);
        }
        if (test instanceof Test.Both both) {
            return new Expr.Op(Operator.AND, List.of(condition(both.first(), args, result, strict),
                    condition(both.second(), args, result, strict)), Type.BOOLEAN);
        }
        Test.Either either = (Test.Either) test;
        return new Expr.Op(Operator.OR, List.of(condition(either.first(), args, result, strict),
                condition(either.second(), args, result, strict)), Type.BOOLEAN);
    }
}
