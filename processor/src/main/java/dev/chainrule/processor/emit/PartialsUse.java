package dev.chainrule.processor.emit;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Stmt;
import java.util.stream.Stream;

/** Whether a function calls the runtime's {@code Partials}, which decides that import. */
final class PartialsUse {
    private PartialsUse() {
    }

    static boolean in(Function function) {
        return function.body().stream().flatMap(PartialsUse::expressions).anyMatch(PartialsUse::calls);
    }

    private static Stream<Expr> expressions(Stmt stmt) {
        if (stmt instanceof Stmt.Let let) {
            return Stream.of(let.value());
        }
        if (stmt instanceof Stmt.Accumulate accumulate) {
            return Stream.of(accumulate.value());
        }
        return ((Stmt.Return) stmt).values().stream();
    }

    private static boolean calls(Expr expr) {
        if (expr instanceof Expr.PartialCall) {
            return true;
        }
        return expr instanceof Expr.Apply apply && apply.args().stream().anyMatch(PartialsUse::calls);
    }
}
