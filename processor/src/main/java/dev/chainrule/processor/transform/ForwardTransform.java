package dev.chainrule.processor.transform;

import dev.chainrule.processor.analysis.Activity;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Param;
import dev.chainrule.processor.ir.Primal;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Forward (tangent) mode: the primal with a tangent {@code vDot} computed beside every active statement. Each
 * differentiable parameter {@code p} is followed by its tangent {@code pDot} (Tapenade's convention); the function
 * returns value and tangent.
 */
public final class ForwardTransform {
    private final Activity activity;
    private final Map<Var, Var> tangents = new HashMap<>();
    /** Variables whose tangent may be infinite at some point: products with it need the strong zero. */
    private final Set<Var> unboundedTangents = new HashSet<>();

    private ForwardTransform(Activity activity) {
        this.activity = activity;
    }

    public static Function apply(Primal primal, Activity activity, String name) {
        return new ForwardTransform(activity).transform(primal, name);
    }

    private Function transform(Primal primal, String name) {
        List<Param> params = new ArrayList<>();
        for (Var param : primal.params()) {
            params.add(new Param(param, Param.ParamType.DOUBLE));
            if (primal.wrt().contains(param)) {
                Var dot = Var.companion(param, "Dot", Var.Role.PARAMETER);
                tangents.put(param, dot);
                params.add(new Param(dot, Param.ParamType.DOUBLE));
            }
        }
        List<Stmt> body = new ArrayList<>();
        for (Stmt stmt : primal.body()) {
            if (stmt instanceof Stmt.Let let && activity.isLive(let)) {
                body.add(let);
                if (activity.isActive(let.var())) {
                    Var dot = Var.companion(let.var(), "Dot", Var.Role.SYNTHETIC);
                    tangents.put(let.var(), dot);
                    body.add(new Stmt.Let(dot, tangent(let, new Expr.Ref(let.var()))));
                }
            }
        }
        Expr result = primal.result();
        body.add(new Stmt.Return(List.of(result, tangentOfAtom(result))));
        return new Function(name, params, body, Function.Result.DUAL);
    }

    /** The tangent of an active statement's value; {@code result} is the variable the value is assigned to. */
    private Expr tangent(Stmt.Let let, Expr result) {
        if (!(let.value() instanceof Expr.Apply apply)) {
            if (let.value() instanceof Expr.Ref ref && unboundedTangents.contains(ref.var())) {
                unboundedTangents.add(let.var());
            }
            return tangentOfAtom(let.value());
        }
        List<Expr> partials = Chain.partials(apply, result);
        Expr sum = null;
        for (int i = 0; i < apply.args().size(); i++) {
            Expr arg = apply.args().get(i);
            if (activity.isActive(arg)) {
                boolean unbounded = Chain.unbounded(apply) || unboundedTangents.contains(((Expr.Ref) arg).var());
                if (unbounded) {
                    unboundedTangents.add(let.var());
                }
                Expr term = Chain.times(tangentOfAtom(arg), partials.get(i), unbounded);
                sum = sum == null ? term : Chain.plus(sum, term);
            }
        }
        return sum;
    }

    private Expr tangentOfAtom(Expr atom) {
        if (atom instanceof Expr.Ref ref && activity.isActive(ref.var())) {
            return new Expr.Ref(tangents.get(ref.var()));
        }
        return Expr.Const.of(0);
    }
}
