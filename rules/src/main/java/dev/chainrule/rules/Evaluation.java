package dev.chainrule.rules;

/** Numeric values of formulas: what a tracer's interpreter computes, and what tests compare against. */
public final class Evaluation {
    private Evaluation() {
    }

    /** The value of {@code formula} at {@code args} with the primitive's result {@code result}. */
    public static double of(Formula formula, double[] args, double result) {
        if (formula instanceof Formula.Arg arg) {
            return args[arg.index()];
        }
        if (formula instanceof Formula.Result) {
            return result;
        }
        if (formula instanceof Formula.Const c) {
            return c.value();
        }
        if (formula instanceof Formula.Apply apply) {
            double[] values = new double[apply.args().size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = of(apply.args().get(i), args, result);
            }
            return apply.op().value(false, values);
        }
        Formula.Select select = (Formula.Select) formula;
        return holds(select.test(), args, result) ? of(select.then(), args, result)
                : of(select.otherwise(), args, result);
    }

    /** Whether {@code test} holds at {@code args} with the primitive's result {@code result}. */
    public static boolean holds(Test test, double[] args, double result) {
        if (test instanceof Test.Compare compare) {
            return compare.relation().holds(of(compare.left(), args, result), of(compare.right(), args, result));
        }
        if (test instanceof Test.Both both) {
            return holds(both.first(), args, result) && holds(both.second(), args, result);
        }
        Test.Either either = (Test.Either) test;
        return holds(either.first(), args, result) || holds(either.second(), args, result);
    }

    /** The partial of {@code primitive} along argument {@code index} at {@code args}. */
    public static double partial(Primitive primitive, int index, double... args) {
        return of(RuleTable.of(primitive).partials().get(index), args, primitive.value(false, args));
    }
}
