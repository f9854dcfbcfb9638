package dev.chainrule.processor.analysis;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Stmt;
import java.util.ArrayList;
import java.util.List;

/** Every statement of a body, nested ones included, with whether it sits inside a loop. */
public final class Statements {
    private Statements() {
    }

    /** A statement and whether some loop encloses it (so it may run more than once). */
    public record Located(Stmt stmt, boolean inLoop) {
    }

    public static List<Located> all(List<Stmt> body) {
        List<Located> out = new ArrayList<>();
        collect(body, false, out);
        return out;
    }

    private static void collect(List<Stmt> body, boolean inLoop, List<Located> out) {
        for (Stmt stmt : body) {
            out.add(new Located(stmt, inLoop));
            boolean loop = stmt instanceof Stmt.While || stmt instanceof Stmt.Repeat || stmt instanceof Stmt.Each;
            stmt.bodies().forEach(nested -> collect(nested, inLoop || loop, out));
        }
    }

    /** The expressions a statement evaluates itself, not those of its nested bodies or a loop's header and update. */
    public static List<Expr> expressions(Stmt stmt) {
        return stmt.expressions();
    }

    /**
     * The bodies nested in a statement, in order, where a declaration can go: an if's branches, a loop's body (its
     * header and update count as the loop's own).
     */
    public static List<List<Stmt>> nestedBodies(Stmt stmt) {
        return stmt instanceof Stmt.While loop ? List.of(loop.body()) : stmt.bodies();
    }
}
