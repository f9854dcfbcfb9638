package dev.chainrule.processor.transform;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Var;
import dev.chainrule.processor.ir.Walk;
import java.util.function.UnaryOperator;

/** A statement or expression with its variables replaced, every other part kept. */
final class Renaming {
    private Renaming() {
    }

    /** {@code stmt} with each variable {@code v} it writes or reads, nested bodies too, renamed {@code rename(v)}. */
    static Stmt stmt(Stmt stmt, UnaryOperator<Var> rename) {
        Stmt renamed = Walk.mapBodies(stmt, block -> block.stream().map(s -> stmt(s, rename)).toList());
        renamed = renamed.with(renamed.expressions().stream().map(e -> expr(e, rename)).toList(), renamed.bodies());
        if (renamed instanceof Stmt.Assign assign) {
            return new Stmt.Assign(rename.apply(assign.var()), assign.value());
        }
        if (renamed instanceof Stmt.Each each) {
            return new Stmt.Each(rename.apply(each.index()), each.count(), each.body());
        }
        if (renamed instanceof Stmt.Repeat repeat) {
            Stmt.Assign step = repeat.step() == null ? null : (Stmt.Assign) stmt(repeat.step(), rename);
            return new Stmt.Repeat(rename.apply(repeat.counter()), repeat.times(), repeat.body(), step,
                    repeat.first());
        }
        return renamed;
    }

    /** {@code expr} with each variable {@code v} replaced by {@code rename(v)}. */
    static Expr expr(Expr expr, UnaryOperator<Var> rename) {
        return Walk.map(expr, e -> {
            if (e instanceof Expr.Ref ref) {
                return new Expr.Ref(rename.apply(ref.var()));
            }
            if (e instanceof Expr.InstanceField field) {
                return new Expr.InstanceField(rename.apply(field.receiver()), field.name(), field.type());
            }
            return e;
        });
    }
}
