package dev.chainrule.processor.transform;

import dev.chainrule.processor.analysis.Statements;
import dev.chainrule.processor.ir.Callee;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Stmt;
import java.util.List;

/**
 * Whether generated code calls only what a transform of it can differentiate again. The transforms of generated code
 * (second order, many seeds) need the derivatives of everything they meet: they have them for the runtime's own calls,
 * and, where {@code allowed} says so, for methods of generated classes (a method or helper whose derivative of
 * that kind is generated too); never for a {@code @DerivativeOf} rule, whose partials have no derivatives.
 */
final class CallFree {
    private CallFree() {
    }

    /** True when the code calls none of the user's methods. */
    static boolean is(List<Stmt> body) {
        return is(body, callee -> false);
    }

    /** True when every user's method the code calls, or calls the derivatives of, is {@code allowed}. */
    static boolean is(List<Stmt> body, java.util.function.Predicate<String> allowed) {
        for (Statements.Located located : Statements.all(body)) {
            for (Expr expr : Statements.expressions(located.stmt())) {
                if (!is(expr, allowed)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean is(Expr expr, java.util.function.Predicate<String> allowed) {
        if (expr instanceof Expr.Call call && !(call.callee().kind() != Callee.Kind.RULE
                && allowed.test(key(call.callee())))) {
            return false;
        }
        if (expr instanceof Expr.Member) {
            return false;
        }
        if (expr instanceof Expr.RulePartial) {
            return false;
        }
        if (expr instanceof Expr.Derivative derivative
                && !(derivative.mode() == Expr.Mode.VJP && allowed.test(key(derivative.callee())))) {
            return false;
        }
        return expr.children().stream().allMatch(part -> is(part, allowed));
    }

    /**
     * How the code names a called method: {@code g} for one of the same generated class, {@code OtherDerivatives.g}
     * (as the generated code names that class) for another class's.
     */
    static String key(Callee callee) {
        return callee.derivatives() == null ? callee.name() : callee.derivatives() + "." + callee.name();
    }

}
