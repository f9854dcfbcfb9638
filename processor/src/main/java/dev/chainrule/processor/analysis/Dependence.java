package dev.chainrule.processor.analysis;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.RuntimeOp;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Var;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which variables of generated code depend on given ones: assigned, stored or accumulated (also by the runtime's
 * {@code Flat.addOut}) from an expression that reads one, or from an expression {@code alsoDepends} accepts (a value restored from the tape, whose saved value
 * may have depended on them). Flow-insensitive, iterated to a fixpoint, since loops feed values back.
 */
public final class Dependence {
    private Dependence() {
    }

    public static Set<Var> of(List<Stmt> body, Set<Var> sources, Predicate<Expr> alsoDepends) {
        Set<Var> dependent = new HashSet<>(sources);
        List<Statements.Located> all = Statements.all(body);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Statements.Located located : all) {
                Stmt stmt = located.stmt();
                Var target = null;
                Expr value = null;
                if (stmt instanceof Stmt.Assign assign) {
                    target = assign.var();
                    value = assign.value();
                } else if (stmt instanceof Stmt.Store store) {
                    target = store.target().root();
                    value = store.value();
                } else if (stmt instanceof Stmt.Accumulate accumulate) {
                    target = Refs.in(accumulate.target()).get(0);
                    value = accumulate.value();
                } else if (stmt instanceof Stmt.RuntimeCall call && call.op() == RuntimeOp.ADD_OUT) {
                    // Flat.addOut(from, into, offset) adds one array into another.
                    target = Refs.in(call.args().get(1)).get(0);
                    value = call.args().get(0);
                }
                boolean depends = value != null && target.type().isDifferentiable() && !dependent.contains(target)
                        && (alsoDepends.test(value) || Refs.in(value).stream().anyMatch(dependent::contains));
                if (depends) {
                    dependent.add(target);
                    changed = true;
                }
            }
        }
        return dependent;
    }
}
