package dev.chainrule.processor.transform;

import dev.chainrule.processor.analysis.Statements;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Operator;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Var;
import java.util.List;

/**
 * Counted loops whose counter the backward sweep can run back by arithmetic: the update is {@code i = i + c} (or
 * {@code - c}) with a constant {@code c}, and nothing else in the loop assigns {@code i}. Where the forward sweep
 * leaves off, {@code i} holds its final value; the backward loop steps it back, {@code i = i - c}, before each replay
 * of the body, so the counter never goes on the tape.
 */
final class Counters {
    private Counters() {
    }

    static boolean isCanonical(Stmt.While loop) {
        if (loop.update().size() != 1 || !(loop.update().get(0) instanceof Stmt.Assign step)) {
            return false;
        }
        Var counter = step.var();
        boolean stepsByConstant = step.value() instanceof Expr.Op op && counter.type().isIntegral()
                && (op.op() == Operator.ADD || op.op() == Operator.SUB)
                && op.args().get(0) instanceof Expr.Ref ref && ref.var() == counter
                && op.args().get(1) instanceof Expr.Const;
        if (!stepsByConstant) {
            return false;
        }
        List<Stmt> rest = new java.util.ArrayList<>(loop.header());
        rest.addAll(loop.body());
        return Statements.all(rest).stream()
                .noneMatch(located -> located.stmt() instanceof Stmt.Assign assign && assign.var() == counter);
    }
}
