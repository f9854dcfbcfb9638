package dev.chainrule.processor.transform;

import dev.chainrule.processor.analysis.Statements;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Stmt;
import java.util.List;

/**
 * Whether generated code calls none of the user's methods: neither a differentiated method (through its derivatives)
 * nor a {@code @DerivativeOf} rule. The transforms of generated code (second order, many seeds) need the derivatives
 * of everything they meet, and have them only for the runtime's own calls.
 */
final class CallFree {
    private CallFree() {
    }

    static boolean is(List<Stmt> body) {
        for (Statements.Located located : Statements.all(body)) {
            if (located.stmt() instanceof Stmt.Release) {
                return false;
            }
            for (Expr expr : Statements.expressions(located.stmt())) {
                if (!is(expr)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean is(Expr expr) {
        if (expr instanceof Expr.Call || expr instanceof Expr.Cell || expr instanceof Expr.Member) {
            return false;
        }
        if (expr instanceof Expr.Invoke invoke && !invoke.owner().equals("Flat") && !invoke.owner().equals("tape")) {
            return false;
        }
        List<Expr> parts = List.of();
        if (expr instanceof Expr.Apply apply) {
            parts = apply.args();
        } else if (expr instanceof Expr.PartialCall call) {
            parts = call.args();
        } else if (expr instanceof Expr.Invoke invoke) {
            parts = invoke.args();
        } else if (expr instanceof Expr.Op op) {
            parts = op.args();
        } else if (expr instanceof Expr.Element element) {
            parts = List.of(element.array(), element.index());
        }
        return parts.stream().allMatch(CallFree::is);
    }
}
