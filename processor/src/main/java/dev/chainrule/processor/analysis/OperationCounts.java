package dev.chainrule.processor.analysis;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Stmt;
import java.util.List;

/**
 * Counts the operations of a body as the generated code writes them: each arithmetic operation, library call, call of
 * a derivative or runtime method, array element access and tape operation once where it appears (a loop body once,
 * however often it runs). A driver compares these counts between the sweeps of one method, where the loops are the
 * same, to estimate what each sweep costs relative to the function.
 */
public final class OperationCounts {
    private OperationCounts() {
    }

    /** The operations of a body; those inside the loops over directions count separately. */
    public record Counts(int shared, int perDirection) {
        public int total() {
            return shared + perDirection;
        }
    }

    public static Counts of(List<Stmt> body) {
        int[] counts = new int[2];
        walk(body, 0, counts);
        return new Counts(counts[0], counts[1]);
    }

    /** Adds the operations of {@code body} to {@code counts[slot]}, those of direction loops to {@code counts[1]}. */
    private static void walk(List<Stmt> body, int slot, int[] counts) {
        for (Stmt stmt : body) {
            counts[slot] += stmt instanceof Stmt.Push || stmt instanceof Stmt.Accumulate || stmt instanceof Stmt.Store
                    || stmt instanceof Stmt.RuntimeCall ? 1 : 0;
            for (Expr expr : Statements.expressions(stmt)) {
                counts[slot] += count(expr);
            }
            if (stmt instanceof Stmt.Each each) {
                walk(each.body(), 1, counts);
            } else if (stmt instanceof Stmt.While loop) {
                walk(loop.header(), slot, counts);
                walk(loop.body(), slot, counts);
                walk(loop.update(), slot, counts);
            } else {
                Statements.nestedBodies(stmt).forEach(nested -> walk(nested, slot, counts));
            }
        }
    }

    /** Each operation once: arithmetic, library and runtime calls, element reads, tape operations, choices. */
    private static int count(Expr expr) {
        boolean operation = expr instanceof Expr.Apply || expr instanceof Expr.Op || expr instanceof Expr.Call
                || expr instanceof Expr.Runtime || expr instanceof Expr.Derivative || expr instanceof Expr.RulePartial
                || expr instanceof Expr.Element || expr instanceof Expr.Select
                || expr instanceof Expr.Pop || expr instanceof Expr.Cell || expr instanceof Expr.Clone
                || expr instanceof Expr.NewArray;
        return (operation ? 1 : 0) + expr.children().stream().mapToInt(OperationCounts::count).sum();
    }
}
