package dev.chainrule.processor.analysis;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayList;
import java.util.List;

/** The variables an expression reads. */
public final class Refs {
    private Refs() {
    }

    /** Every variable read, indices and passive subexpressions included. */
    public static List<Var> in(Expr expr) {
        List<Var> vars = new ArrayList<>();
        collect(expr, vars, false);
        return vars;
    }

    /**
     * The variables a derivative can flow from: operands of primitives, copied variables, and the arrays of
     * element reads. Passive subexpressions (indices, integer arithmetic, {@code floor}) carry none.
     */
    public static List<Var> differentiable(Expr expr) {
        List<Var> vars = new ArrayList<>();
        collect(expr, vars, true);
        return vars;
    }

    private static void collect(Expr expr, List<Var> vars, boolean differentiableOnly) {
        if (expr instanceof Expr.Ref ref) {
            vars.add(ref.var());
        } else if (expr instanceof Expr.InstanceField field) {
            if (!differentiableOnly) {
                vars.add(field.receiver());
            }
        } else if (!differentiableOnly) {
            expr.children().forEach(child -> collect(child, vars, false));
        } else if (expr instanceof Expr.Element element) {
            vars.add(element.root());
        } else if (expr instanceof Expr.Call call) {
            for (int i = 0; i < call.args().size(); i++) {
                if (call.callee().differentiable().get(i)) {
                    collect(call.args().get(i), vars, true);
                }
            }
        } else if (expr instanceof Expr.Apply || expr instanceof Expr.Clone) {
            expr.children().forEach(child -> collect(child, vars, true));
        }
    }
}
