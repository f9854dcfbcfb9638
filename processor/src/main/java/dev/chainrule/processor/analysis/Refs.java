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
        } else if (expr instanceof Expr.Apply apply) {
            apply.args().forEach(arg -> collect(arg, vars, differentiableOnly));
        } else if (expr instanceof Expr.Element element) {
            if (differentiableOnly) {
                vars.add(element.root());
            } else {
                collect(element.array(), vars, false);
                collect(element.index(), vars, false);
            }
        } else if (expr instanceof Expr.Clone clone) {
            collect(clone.array(), vars, differentiableOnly);
        } else if (expr instanceof Expr.Call call) {
            for (int i = 0; i < call.args().size(); i++) {
                if (!differentiableOnly || call.callee().differentiable().get(i)) {
                    collect(call.args().get(i), vars, differentiableOnly);
                }
            }
        } else if (!differentiableOnly) {
            if (expr instanceof Expr.Op op) {
                op.args().forEach(arg -> collect(arg, vars, false));
            } else if (expr instanceof Expr.PartialCall call) {
                call.args().forEach(arg -> collect(arg, vars, false));
            } else if (expr instanceof Expr.Length length) {
                collect(length.array(), vars, false);
            } else if (expr instanceof Expr.NewArray array) {
                array.dimensions().forEach(d -> collect(d, vars, false));
            } else if (expr instanceof Expr.Invoke invoke) {
                invoke.args().forEach(arg -> collect(arg, vars, false));
            } else if (expr instanceof Expr.Member member) {
                collect(member.object(), vars, false);
            } else if (expr instanceof Expr.InstanceField field) {
                vars.add(field.receiver());
            }
        }
    }
}
