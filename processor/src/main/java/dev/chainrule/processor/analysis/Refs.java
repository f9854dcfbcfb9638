package dev.chainrule.processor.analysis;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayList;
import java.util.List;

/** The variables an expression reads. */
public final class Refs {
    private Refs() {
    }

    public static List<Var> in(Expr expr) {
        List<Var> vars = new ArrayList<>();
        collect(expr, vars);
        return vars;
    }

    private static void collect(Expr expr, List<Var> vars) {
        if (expr instanceof Expr.Ref ref) {
            vars.add(ref.var());
        } else if (expr instanceof Expr.Apply apply) {
            apply.args().forEach(arg -> collect(arg, vars));
        } else if (expr instanceof Expr.PartialCall call) {
            call.args().forEach(arg -> collect(arg, vars));
        } else if (expr instanceof Expr.Element element) {
            vars.add(element.array());
        }
    }
}
