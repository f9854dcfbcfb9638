package dev.chainrule.processor.transform;

import dev.chainrule.processor.ir.Stmt;

/** Whether a statement can leave its enclosing block early: a break, continue or return somewhere inside it. */
final class Exits {
    private Exits() {
    }

    /** True when {@code stmt} is or contains a break, continue or return that may skip what follows it. */
    static boolean contain(Stmt stmt) {
        if (stmt instanceof Stmt.Break || stmt instanceof Stmt.Continue || stmt instanceof Stmt.Return) {
            return true;
        }
        if (stmt instanceof Stmt.If ifStmt) {
            return ifStmt.then().stream().anyMatch(Exits::contain)
                    || ifStmt.otherwise().stream().anyMatch(Exits::contain);
        }
        if (stmt instanceof Stmt.While loop) {
            // break and continue inside stay inside; only a return leaves the loop's block.
            return loop.body().stream().anyMatch(Exits::returns);
        }
        return false;
    }

    /** True when {@code stmt} is or contains a break, continue or return at any depth. */
    static boolean anywhere(Stmt stmt) {
        if (stmt instanceof Stmt.Break || stmt instanceof Stmt.Continue || stmt instanceof Stmt.Return) {
            return true;
        }
        if (stmt instanceof Stmt.If ifStmt) {
            return ifStmt.then().stream().anyMatch(Exits::anywhere)
                    || ifStmt.otherwise().stream().anyMatch(Exits::anywhere);
        }
        if (stmt instanceof Stmt.While loop) {
            return loop.body().stream().anyMatch(Exits::anywhere);
        }
        return false;
    }

    private static boolean returns(Stmt stmt) {
        if (stmt instanceof Stmt.Return) {
            return true;
        }
        if (stmt instanceof Stmt.If ifStmt) {
            return ifStmt.then().stream().anyMatch(Exits::returns)
                    || ifStmt.otherwise().stream().anyMatch(Exits::returns);
        }
        if (stmt instanceof Stmt.While loop) {
            return loop.body().stream().anyMatch(Exits::returns);
        }
        return false;
    }
}
