package dev.chainrule.processor.analysis;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Primal;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Var;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which variables carry derivatives. A variable is <em>varied</em> when it depends on a differentiable parameter and
 * <em>useful</em> when the result depends on it; only variables that are both (active) get a tangent or an adjoint.
 * Useful variables are also the live ones: statements assigning anything else are dead and not emitted.
 */
public final class Activity {
    private final Set<Var> varied;
    private final Set<Var> useful;

    private Activity(Set<Var> varied, Set<Var> useful) {
        this.varied = varied;
        this.useful = useful;
    }

    public static Activity of(Primal primal) {
        Set<Var> varied = new HashSet<>(primal.wrt());
        for (Stmt stmt : primal.body()) {
            if (stmt instanceof Stmt.Let let && Refs.in(let.value()).stream().anyMatch(varied::contains)) {
                varied.add(let.var());
            }
        }
        Set<Var> useful = new HashSet<>(Refs.in(primal.result()));
        List<Stmt> body = primal.body();
        for (int i = body.size() - 1; i >= 0; i--) {
            if (body.get(i) instanceof Stmt.Let let && useful.contains(let.var())) {
                useful.addAll(Refs.in(let.value()));
            }
        }
        return new Activity(Collections.unmodifiableSet(varied), Collections.unmodifiableSet(useful));
    }

    /** True when {@code var} needs a tangent (forward) or an adjoint (reverse). */
    public boolean isActive(Var var) {
        return varied.contains(var) && useful.contains(var);
    }

    /** True when an expression reads an active variable. */
    public boolean isActive(Expr expr) {
        return expr instanceof Expr.Ref ref && isActive(ref.var());
    }

    /** True when the statement's value reaches the result; dead statements are dropped. */
    public boolean isLive(Stmt stmt) {
        return !(stmt instanceof Stmt.Let let) || useful.contains(let.var());
    }

    /** True when the result depends on at least one differentiable parameter. */
    public boolean resultIsVaried(Primal primal) {
        return Refs.in(primal.result()).stream().anyMatch(varied::contains);
    }
}
