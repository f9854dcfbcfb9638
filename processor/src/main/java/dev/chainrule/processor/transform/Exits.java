package dev.chainrule.processor.transform;

import dev.chainrule.processor.ir.Stmt;
import java.util.function.Predicate;

/** Whether a statement can leave its enclosing block early: a break, continue or return somewhere inside it. */
final class Exits {
    private static final Predicate<Stmt> ANY_EXIT = s -> s instanceof Stmt.Break || s instanceof Stmt.Continue
            || s instanceof Stmt.Return;

    private Exits() {
    }

    /** True when {@code stmt} is or contains a break, continue or return that may skip what follows it. */
    static boolean contain(Stmt stmt) {
        if (ANY_EXIT.test(stmt)) {
            return true;
        }
        if (stmt instanceof Stmt.If ifStmt) {
            return ifStmt.then().stream().anyMatch(Exits::contain) || ifStmt.otherwise().stream().anyMatch(Exits::contain);
        }
        // break and continue inside a loop stay inside it; only a return leaves the loop's block.
        return stmt instanceof Stmt.While loop
                && loop.body().stream().anyMatch(s -> inside(s, Stmt.Return.class::isInstance));
    }

    /** True when {@code stmt} is or contains a break, continue or return at any depth. */
    static boolean anywhere(Stmt stmt) {
        return inside(stmt, ANY_EXIT);
    }

    /** True when {@code stmt}, or a statement nested in its branches or loop bodies, matches {@code exit}. */
    private static boolean inside(Stmt stmt, Predicate<Stmt> exit) {
        if (exit.test(stmt)) {
            return true;
        }
        if (stmt instanceof Stmt.If ifStmt) {
            return ifStmt.then().stream().anyMatch(s -> inside(s, exit))
                    || ifStmt.otherwise().stream().anyMatch(s -> inside(s, exit));
        }
        if (stmt instanceof Stmt.While loop) {
            return loop.body().stream().anyMatch(s -> inside(s, exit));
        }
        return false;
    }
}
