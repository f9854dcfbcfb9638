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
 * Flow-insensitive, iterated to a fixpoint over every assignment (loops feed values back): it may keep a derivative
 * that is always zero, never drop one that is not. An array counts as one variable.
 */
public final class Activity {
    private final Set<Var> varied;
    private final Set<Var> useful;

    private Activity(Set<Var> varied, Set<Var> useful) {
        this.varied = varied;
        this.useful = useful;
    }

    public static Activity of(Primal primal) {
        List<Statements.Located> all = Statements.all(primal.body());
        Set<Var> varied = new HashSet<>(primal.wrt());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Statements.Located located : all) {
                Var target = target(located.stmt());
                if (target != null && target.type().isDifferentiable() && !varied.contains(target)
                        && Refs.differentiable(value(located.stmt())).stream().anyMatch(varied::contains)) {
                    varied.add(target);
                    changed = true;
                }
            }
        }
        Set<Var> useful = new HashSet<>();
        for (Statements.Located located : all) {
            if (located.stmt() instanceof Stmt.Return ret) {
                ret.values().forEach(v -> useful.addAll(Refs.differentiable(v)));
            }
        }
        changed = true;
        while (changed) {
            changed = false;
            for (Statements.Located located : all) {
                Var target = target(located.stmt());
                if (target != null && useful.contains(target)) {
                    changed |= useful.addAll(Refs.differentiable(value(located.stmt())));
                }
            }
        }
        return new Activity(Collections.unmodifiableSet(varied), Collections.unmodifiableSet(useful));
    }

    /** The variable a statement defines: an assigned variable, or the array an element store writes. */
    static Var target(Stmt stmt) {
        if (stmt instanceof Stmt.Assign assign) {
            return assign.var();
        }
        if (stmt instanceof Stmt.Store store) {
            return store.target().root();
        }
        return null;
    }

    private static Expr value(Stmt stmt) {
        return stmt instanceof Stmt.Assign assign ? assign.value() : ((Stmt.Store) stmt).value();
    }

    /** True when {@code var} needs a tangent (forward) or an adjoint (reverse). */
    public boolean isActive(Var var) {
        return var.type().isDifferentiable() && varied.contains(var) && useful.contains(var);
    }

    /** True when an atom reads an active variable or an element of an active array. */
    public boolean isActive(Expr atom) {
        if (atom instanceof Expr.Ref ref) {
            return isActive(ref.var());
        }
        return atom instanceof Expr.Element element && isActive(element.root());
    }

    /** True when a derivative can flow into {@code expr}: it depends on a differentiable parameter, not stopped. */
    public boolean isVaried(Expr expr) {
        return Refs.differentiable(expr).stream().anyMatch(varied::contains);
    }

    /** True when the result depends on at least one differentiable parameter. */
    public boolean resultIsVaried(Primal primal) {
        return Statements.all(primal.body()).stream()
                .filter(located -> located.stmt() instanceof Stmt.Return)
                .flatMap(located -> ((Stmt.Return) located.stmt()).values().stream())
                .anyMatch(value -> Refs.differentiable(value).stream().anyMatch(this::isActive));
    }
}
