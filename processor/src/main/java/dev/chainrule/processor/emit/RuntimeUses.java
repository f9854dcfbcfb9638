package dev.chainrule.processor.emit;

import dev.chainrule.processor.analysis.Statements;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Type;
import java.util.Set;
import java.util.TreeSet;

/** The runtime classes a function's code names, which decides the imports and whether it needs the tape. */
final class RuntimeUses {
    /** The runtime types a called method's forward mode returns. */
    private static final Set<Type> RESULTS = Set.of(Type.DUAL, Type.DUAL_VECTOR, Type.DUALS, Type.DUAL_VECTORS);

    private RuntimeUses() {
    }

    static Set<String> of(Function function) {
        Set<String> uses = new TreeSet<>();
        Occurrences.walk(function.body(), (stmt, vars) -> {
            if (stmt instanceof Stmt.Push || stmt instanceof Stmt.Release) {
                uses.add("Tape");
            }
            if (stmt instanceof Stmt.Assign assign && RESULTS.contains(assign.var().type())) {
                uses.add(assign.var().type().javaName());
            }
            if (stmt instanceof Stmt.RuntimeCall call) {
                uses.add(call.op().owner().className());
            }
            Statements.expressions(stmt).forEach(e -> collect(e, uses));
            if (stmt instanceof Stmt.While loop) {
                loop.header().forEach(s -> uses.addAll(of(s)));
                loop.update().forEach(s -> uses.addAll(of(s)));
            }
        });
        return uses;
    }

    private static Set<String> of(Stmt stmt) {
        return of(new Function("", java.util.List.of(), java.util.List.of(stmt), Function.Result.DOUBLE));
    }

    private static void collect(Expr expr, Set<String> uses) {
        if (expr instanceof Expr.Apply apply && apply.op() == dev.chainrule.rules.Primitive.STRONG_PRODUCT) {
            uses.add("Partials");
            apply.args().forEach(arg -> collect(arg, uses));
        } else if (expr instanceof Expr.Pop || expr instanceof Expr.Cell) {
            uses.add("Tape");
        } else if (expr instanceof Expr.Runtime runtime) {
            uses.add(runtime.op().owner().className());
            runtime.args().forEach(arg -> collect(arg, uses));
        } else if (expr instanceof Expr.Call call) {
            call.args().forEach(arg -> collect(arg, uses));
        } else {
            expr.children().forEach(child -> collect(child, uses));
        }
    }
}
