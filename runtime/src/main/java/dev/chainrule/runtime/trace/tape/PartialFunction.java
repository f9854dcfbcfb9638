package dev.chainrule.runtime.trace.tape;

import dev.chainrule.rules.Formula;
import dev.chainrule.rules.Primitive;
import dev.chainrule.rules.Test;

/**
 * A rule's formula made into a function of a node's arguments {@code (a, b, c)} and result {@code r}, once per
 * primitive when {@link Op} is initialised: composed lambdas, one per formula node, so that the interpreter evaluates
 * a partial without walking the formula's records. It computes what {@link dev.chainrule.rules.Evaluation} computes,
 * operation for operation.
 */
@FunctionalInterface
interface PartialFunction {

    /** The formula's value at arguments {@code (a, b, c)} (0 past the arity) and result {@code r}. */
    double at(double a, double b, double c, double r);

    /** The function that evaluates {@code formula}. */
    static PartialFunction of(Formula formula) {
        if (formula instanceof Formula.Arg arg) {
            switch (arg.index()) {
                case 0:
                    return (a, b, c, r) -> a;
                case 1:
                    return (a, b, c, r) -> b;
                default:
                    return (a, b, c, r) -> c;
            }
        }
        if (formula instanceof Formula.Result) {
            return (a, b, c, r) -> r;
        }
        if (formula instanceof Formula.Const constant) {
            double value = constant.value();
            return (a, b, c, r) -> value;
        }
        if (formula instanceof Formula.Apply apply) {
            return apply(apply);
        }
        Formula.Select select = (Formula.Select) formula;
        Condition test = Condition.of(select.test());
        PartialFunction then = of(select.then());
        PartialFunction otherwise = of(select.otherwise());
        return (a, b, c, r) -> test.holds(a, b, c, r) ? then.at(a, b, c, r) : otherwise.at(a, b, c, r);
    }

    private static PartialFunction apply(Formula.Apply apply) {
        Primitive op = apply.op();
        PartialFunction x = of(apply.args().get(0));
        switch (op.arity()) {
            case 1:
                return (a, b, c, r) -> op.apply(x.at(a, b, c, r), 0, 0);
            case 2:
                PartialFunction y = of(apply.args().get(1));
                return (a, b, c, r) -> op.apply(x.at(a, b, c, r), y.at(a, b, c, r), 0);
            default:
                PartialFunction second = of(apply.args().get(1));
                PartialFunction third = of(apply.args().get(2));
                return (a, b, c, r) -> op.apply(x.at(a, b, c, r), second.at(a, b, c, r), third.at(a, b, c, r));
        }
    }

    /** A select's test, made into a predicate the same way. */
    @FunctionalInterface
    interface Condition {

        boolean holds(double a, double b, double c, double r);

        static Condition of(Test test) {
            if (test instanceof Test.Both both) {
                Condition first = of(both.first());
                Condition second = of(both.second());
                return (a, b, c, r) -> first.holds(a, b, c, r) && second.holds(a, b, c, r);
            }
            if (test instanceof Test.Either either) {
                Condition first = of(either.first());
                Condition second = of(either.second());
                return (a, b, c, r) -> first.holds(a, b, c, r) || second.holds(a, b, c, r);
            }
            Test.Compare compare = (Test.Compare) test;
            PartialFunction left = PartialFunction.of(compare.left());
            PartialFunction right = PartialFunction.of(compare.right());
            switch (compare.relation()) {
                case LT:
                    return (a, b, c, r) -> left.at(a, b, c, r) < right.at(a, b, c, r);
                case LE:
                    return (a, b, c, r) -> left.at(a, b, c, r) <= right.at(a, b, c, r);
                case GT:
                    return (a, b, c, r) -> left.at(a, b, c, r) > right.at(a, b, c, r);
                case GE:
                    return (a, b, c, r) -> left.at(a, b, c, r) >= right.at(a, b, c, r);
                case EQ:
                    return (a, b, c, r) -> left.at(a, b, c, r) == right.at(a, b, c, r);
                default:
                    return (a, b, c, r) -> left.at(a, b, c, r) != right.at(a, b, c, r);
            }
        }
    }
}
