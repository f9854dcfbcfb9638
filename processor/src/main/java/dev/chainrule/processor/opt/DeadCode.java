package dev.chainrule.processor.opt;

import dev.chainrule.processor.analysis.Liveness;
import dev.chainrule.processor.analysis.Refs;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Param;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Var;
import dev.chainrule.processor.ir.Walk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes what computes values no one reads: an assignment whose variable is not live after it (a tangent nothing
 * uses, an adjoint reset that the next write overwrites) or that assigns a variable to itself, an accumulation into
 * such a variable, every write into a local array nothing reads, and an if left with nothing in its branches. Repeated until nothing more goes, since
 * each removal can leave the inputs of another unread.
 *
 * <p>A statement of the user's own computation goes only when its value cannot throw, so the
 * generated code throws wherever the user's method does; a statement the transforms added may also drop an array
 * access or a fresh allocation, whose failure the primal would have met first.
 */
final class DeadCode implements Pass {

    @Override
    public Function apply(Function function) {
        Set<Var> params = new HashSet<>();
        function.params().forEach(p -> params.add(p.var()));
        List<Stmt> body = function.body();
        while (true) {
            Removal removal = new Removal(Liveness.of(body), unreadArrays(body, params));
            List<Stmt> next = removal.block(body);
            if (!removal.removed) {
                return new Function(function.name(), function.params(), body, function.result());
            }
            body = next;
        }
    }

    /** The local arrays whose elements are written but never read: everything done to them is dead. */
    private static Set<Var> unreadArrays(List<Stmt> body, Set<Var> params) {
        Set<Var> written = new HashSet<>();
        Set<Var> read = new HashSet<>();
        Walk.statements(body, stmt -> {
            if (stmt instanceof Stmt.Store store) {
                written.add(store.target().root());
                read.addAll(indexReads(store.target()));
                read.addAll(Refs.in(store.value()));
            } else if (stmt instanceof Stmt.Accumulate accumulate && accumulate.target() instanceof Expr.Element e) {
                written.add(e.root());
                read.addAll(indexReads(e));
                read.addAll(Refs.in(accumulate.value()));
            } else if (stmt instanceof Stmt.Assign assign) {
                read.addAll(Refs.in(assign.value()));
            } else {
                stmt.expressions().forEach(e -> read.addAll(Refs.in(e)));
                if (stmt instanceof Stmt.Repeat repeat && repeat.step() != null) {
                    read.addAll(Refs.in(repeat.step().value()));
                }
            }
        });
        written.removeAll(read);
        written.removeAll(params);
        return written;
    }

    /** The variables the indices of an element target read. */
    private static List<Var> indexReads(Expr.Element element) {
        List<Var> vars = new ArrayList<>();
        for (Expr e = element; e instanceof Expr.Element inner; e = inner.array()) {
            vars.addAll(Refs.in(inner.index()));
        }
        return vars;
    }

    /** One sweep of removals over a body. */
    private static final class Removal {
        private final Liveness liveness;
        private final Set<Var> unreadArrays;
        private boolean removed;

        Removal(Liveness liveness, Set<Var> unreadArrays) {
            this.liveness = liveness;
            this.unreadArrays = unreadArrays;
        }

        List<Stmt> block(List<Stmt> body) {
            List<Stmt> out = new ArrayList<>();
            for (Stmt stmt : body) {
                if (isDead(stmt)) {
                    removed = true;
                    continue;
                }
                Stmt kept = Walk.mapBodies(stmt, this::block);
                if (kept instanceof Stmt.If ifStmt && ifStmt.then().isEmpty() && ifStmt.otherwise().isEmpty()
                        && !Effects.mayThrow(ifStmt.condition())) {
                    removed = true;
                    continue;
                }
                out.add(kept);
            }
            return out;
        }

        private boolean isDead(Stmt stmt) {
            if (stmt instanceof Stmt.Assign assign && assign.value().equals(new Expr.Ref(assign.var()))) {
                return true;
            }
            if (stmt instanceof Stmt.Assign assign) {
                Var var = assign.var();
                boolean unread = unreadArrays.contains(var) || !var.type().isArray()
                        && !liveness.after(stmt).contains(var);
                return unread && droppable(assign.value(), var);
            }
            if (stmt instanceof Stmt.Accumulate accumulate) {
                Var target = Refs.in(accumulate.target()).get(0);
                boolean unread = accumulate.target() instanceof Expr.Element ? unreadArrays.contains(target)
                        : !liveness.after(stmt).contains(target);
                return unread && droppable(accumulate.target(), target) && droppable(accumulate.value(), target);
            }
            if (stmt instanceof Stmt.Store store) {
                Var target = store.target().root();
                return unreadArrays.contains(target) && droppable(store.target(), target)
                        && droppable(store.value(), target);
            }
            return false;
        }

        /** Whether the value written to {@code target} can go without changing an effect or an exception. */
        private boolean droppable(Expr value, Var target) {
            return target.isDerivative() ? Effects.isEffectFree(value) : !Effects.mayThrow(value);
        }
    }
}
