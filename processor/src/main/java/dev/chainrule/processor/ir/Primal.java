package dev.chainrule.processor.ir;

import java.util.List;

/**
 * The user's method as the front end understood it: its {@code double} parameters, the ones to differentiate with
 * respect to, and a straight-line body in three-address, single-assignment form ending in a {@link Stmt.Return}.
 */
public record Primal(String name, List<Var> params, List<Var> wrt, List<Stmt> body) {
    public Primal {
        params = List.copyOf(params);
        wrt = List.copyOf(wrt);
        body = List.copyOf(body);
        if (body.isEmpty() || !(body.get(body.size() - 1) instanceof Stmt.Return)) {
            throw new IllegalArgumentException("a primal body ends in a return");
        }
    }

    /** The returned expression (an atom). */
    public Expr result() {
        return ((Stmt.Return) body.get(body.size() - 1)).values().get(0);
    }
}
