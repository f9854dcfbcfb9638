package dev.chainrule.processor.analysis;

import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which variables statements mention, written or read, and how often. */
public final class Mentions {
    private Mentions() {
    }

    /** How often each variable is mentioned in a body, nested statements included. */
    public static Map<Var, Integer> count(List<Stmt> body) {
        Map<Var, Integer> counts = new HashMap<>();
        for (Statements.Located located : Statements.all(body)) {
            for (Var var : of(located.stmt())) {
                counts.merge(var, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The variables one statement mentions in its own expressions (not in nested bodies). */
    public static List<Var> of(Stmt stmt) {
        List<Var> vars = new ArrayList<>();
        if (stmt instanceof Stmt.Assign assign) {
            vars.add(assign.var());
        }
        Statements.expressions(stmt).forEach(e -> vars.addAll(Refs.in(e)));
        return vars;
    }
}
