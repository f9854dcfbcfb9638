package dev.chainrule.processor.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The one walker of the IR: visits and rebuilds expressions and statements through {@link Expr#children()},
 * {@link Stmt#expressions()} and {@link Stmt#bodies()}, so a pass names only the kinds it changes.
 */
public final class Walk {
    private Walk() {
    }

    /** Calls {@code visit} on {@code expr} and every subexpression, parents before children. */
    public static void expressions(Expr expr, Consumer<Expr> visit) {
        visit.accept(expr);
        for (Expr child : expr.children()) {
            expressions(child, visit);
        }
    }

    /** Calls {@code visit} on every statement of {@code body}, nested ones included, each before its bodies. */
    public static void statements(List<Stmt> body, Consumer<Stmt> visit) {
        for (Stmt stmt : body) {
            visit.accept(stmt);
            for (List<Stmt> nested : stmt.bodies()) {
                statements(nested, visit);
            }
        }
    }

    /** {@code expr} rebuilt bottom-up: each subexpression is rewritten first, then {@code rewrite} sees the parent. */
    public static Expr map(Expr expr, UnaryOperator<Expr> rewrite) {
        List<Expr> children = expr.children();
        if (children.isEmpty()) {
            return rewrite.apply(expr);
        }
        List<Expr> mapped = new ArrayList<>(children.size());
        boolean changed = false;
        for (Expr child : children) {
            Expr m = map(child, rewrite);
            mapped.add(m);
            changed |= m != child;
        }
        return rewrite.apply(changed ? expr.withChildren(mapped) : expr);
    }

    /** {@code stmt} with every expression it or its nested bodies evaluate rewritten by {@link #map}. */
    public static Stmt mapExpressions(Stmt stmt, UnaryOperator<Expr> rewrite) {
        List<Expr> expressions = stmt.expressions().stream().map(e -> map(e, rewrite)).toList();
        List<List<Stmt>> bodies = stmt.bodies().stream()
                .map(body -> body.stream().map(s -> mapExpressions(s, rewrite)).toList())
                .toList();
        return stmt.with(expressions, bodies);
    }

    /** {@code stmt} with each nested body replaced by {@code rewrite} of it; the statement itself is kept. */
    public static Stmt mapBodies(Stmt stmt, UnaryOperator<List<Stmt>> rewrite) {
        if (stmt.bodies().isEmpty()) {
            return stmt;
        }
        return stmt.with(stmt.expressions(), stmt.bodies().stream().map(rewrite).toList());
    }
}
