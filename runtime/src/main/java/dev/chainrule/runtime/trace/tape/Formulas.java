package dev.chainrule.runtime.trace.tape;

import dev.chainrule.rules.Formula;
import dev.chainrule.rules.Test;
import java.util.function.Predicate;

/** Questions about a rule's formulas that the sweeps ask once per primitive. */
final class Formulas {

    private Formulas() {
    }

    /** Whether {@code formula} or a formula inside it (a select's test included) satisfies {@code which}. */
    static boolean any(Formula formula, Predicate<Formula> which) {
        if (which.test(formula)) {
            return true;
        }
        if (formula instanceof Formula.Apply apply) {
            return apply.args().stream().anyMatch(arg -> any(arg, which));
        }
        if (formula instanceof Formula.Select select) {
            return any(select.test(), which) || any(select.then(), which) || any(select.otherwise(), which);
        }
        return false;
    }

    private static boolean any(Test test, Predicate<Formula> which) {
        if (test instanceof Test.Compare compare) {
            return any(compare.left(), which) || any(compare.right(), which);
        }
        if (test instanceof Test.Both both) {
            return any(both.first(), which) || any(both.second(), which);
        }
        Test.Either either = (Test.Either) test;
        return any(either.first(), which) || any(either.second(), which);
    }
}
