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
 * Reverse (adjoint) mode in Tapenade's form: a forward sweep that computes the primal, then a backward sweep over the
 * active statements in reverse order that accumulates adjoints. The primal is in single-assignment form, so nothing
 * is overwritten and nothing needs saving. Adjoints of differentiable parameters accumulate into caller arrays
 * ({@code pBar[0] += ...}), so a caller can sum over many calls without allocating.
 */
public final class ReverseTransform {
    private final Activity activity;
    private final Map<Var, Var> parameterAdjoints = new HashMap<>();
    private final Map<Var, Var> localAdjoints = new HashMap<>();
    /** Variables whose adjoint may be infinite at some point: products with it need the strong zero. */
    private final Set<Var> unboundedAdjoints = new HashSet<>();
    private final List<Stmt> body = new ArrayList<>();

    private ReverseTransform(Activity activity) {
        this.activity = activity;
    }

    public static Function apply(Primal primal, Activity activity, String name) {
        return new ReverseTransform(activity).transform(primal, name);
    }

    private Function transform(Primal primal, String name) {
        List<Param> params = new ArrayList<>();
        for (Var param : primal.params()) {
            params.add(new Param(param, Param.ParamType.DOUBLE));
        }
        Var seed = new Var("seed", Var.Role.PARAMETER);
        params.add(new Param(seed, Param.ParamType.DOUBLE));
        for (Var param : primal.wrt()) {
            Var bar = Var.companion(param, "Bar", Var.Role.PARAMETER);
            parameterAdjoints.put(param, bar);
            params.add(new Param(bar, Param.ParamType.DOUBLE_ARRAY));
        }

        List<Stmt.Let> live = new ArrayList<>();
        for (Stmt stmt : primal.body()) {
            if (stmt instanceof Stmt.Let let && activity.isLive(let)) {
                live.add(let);
                body.add(let);
            }
        }
        Expr result = primal.result();
        if (activity.isActive(result)) {
            contribute(((Expr.Ref) result).var(), new Expr.Ref(seed), false);
        }
        for (int i = live.size() - 1; i >= 0; i--) {
            backward(live.get(i));
        }
        body.add(new Stmt.Return(List.of(result)));
        return new Function(name, params, body, Function.Result.DOUBLE);
    }

    /** The adjoint statements of one primal statement, if its target received any adjoint. */
    private void backward(Stmt.Let let) {
        Var bar = localAdjoints.get(let.var());
        if (bar == null || !activity.isActive(let.var())) {
            return;
        }
        Expr resultBar = new Expr.Ref(bar);
        boolean resultUnbounded = unboundedAdjoints.contains(let.var());
        if (!(let.value() instanceof Expr.Apply apply)) {
            if (activity.isActive(let.value())) {
                contribute(((Expr.Ref) let.value()).var(), resultBar, resultUnbounded);
            }
            return;
        }
        List<Expr> partials = Chain.partials(apply, new Expr.Ref(let.var()));
        boolean unbounded = Chain.unbounded(apply) || resultUnbounded;
        for (int i = 0; i < apply.args().size(); i++) {
            if (apply.args().get(i) instanceof Expr.Ref ref && activity.isActive(ref.var())) {
                contribute(ref.var(), Chain.times(resultBar, partials.get(i), unbounded), unbounded);
            }
        }
    }

    /** {@code varBar += amount}; the first contribution to a local declares its adjoint instead. */
    private void contribute(Var var, Expr amount, boolean unbounded) {
        if (unbounded) {
            unboundedAdjoints.add(var);
        }
        Var parameterBar = parameterAdjoints.get(var);
        if (parameterBar != null) {
            body.add(new Stmt.Accumulate(new Expr.Element(parameterBar, 0), amount));
            return;
        }
        Var bar = localAdjoints.get(var);
        if (bar == null) {
            bar = Var.companion(var, "Bar", Var.Role.SYNTHETIC);
            localAdjoints.put(var, bar);
            body.add(new Stmt.Let(bar, amount));
        } else {
            body.add(new Stmt.Accumulate(new Expr.Ref(bar), amount));
        }
    }
}
