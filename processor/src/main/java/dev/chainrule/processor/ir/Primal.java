package dev.chainrule.processor.ir;

import java.util.List;

/**
 * The user's method as the front end understood it: its parameters, the ones to differentiate with respect to, the
 * result type ({@code double} or {@code double[]}), and a structured body.
 */
public record Primal(String name, List<Var> params, List<Var> wrt, Type result, List<Stmt> body) {
    public Primal {
        params = List.copyOf(params);
        wrt = List.copyOf(wrt);
        body = List.copyOf(body);
    }
}
