package dev.chainrule.processor.opt;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Var;
import dev.chainrule.processor.ir.Walk;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The variables statements assign as a whole (not array elements), nested bodies and loop counters included. */
final class Writes {
    private Writes() {
    }

    static Set<Var> in(List<Stmt> body) {
        Set<Var> vars = new HashSet<>();
        Walk.statements(body, stmt -> vars.addAll(of(stmt)));
        return vars;
    }

    /** The variables one statement assigns itself: its target, or a loop's counter. */
    static Set<Var> of(Stmt stmt) {
        if (stmt instanceof Stmt.Assign assign) {
            return Set.of(assign.var());
        }
        if (stmt instanceof Stmt.Accumulate accumulate && accumulate.target() instanceof Expr.Ref ref) {
            return Set.of(ref.var());
        }
        if (stmt instanceof Stmt.Repeat repeat) {
            return repeat.step() == null ? Set.of(repeat.counter()) : Set.of(repeat.counter(), repeat.step().var());
        }
        if (stmt instanceof Stmt.Each each) {
            return Set.of(each.index());
        }
        return Set.of();
    }
}
