package dev.chainrule.processor.transform;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Var;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The adjoint of each variable of a reverse-mode function: {@code vBar} beside {@code v}; for a differentiable
 * parameter the caller's accumulator, a {@code double[]} of length one for a scalar ({@code pBar[0]}).
 */
final class Adjoints {
    private final Map<Var, Var> adjoints = new HashMap<>();
    private final Set<Var> scalarParameters = new HashSet<>();

    /** Makes {@code bar} the accumulator of parameter {@code param}. */
    void parameter(Var param, Var bar, boolean scalar) {
        adjoints.put(param, bar);
        if (scalar) {
            scalarParameters.add(param);
        }
    }

    /** True for a scalar parameter, whose adjoint is element 0 of its accumulator. */
    boolean isScalarParameter(Var var) {
        return scalarParameters.contains(var);
    }

    Var of(Var var) {
        return adjoints.computeIfAbsent(var, v -> Var.companion(v, "Bar", Var.Role.SYNTHETIC));
    }

    Expr of(Expr atom) {
        return new Expr.Ref(of(((Expr.Ref) atom).var()));
    }

    /** {@code aBar[i][j]} for {@code a[i][j]}. */
    Expr.Element element(Expr.Element element) {
        Expr array = element.array() instanceof Expr.Element inner
                ? element(inner)
                : new Expr.Ref(of(element.root()));
        return new Expr.Element(array, element.index());
    }
}
