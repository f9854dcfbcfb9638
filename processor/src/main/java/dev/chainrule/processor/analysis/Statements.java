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
            if (stmt instanceof Stmt.If ifStmt) {
                collect(ifStmt.then(), inLoop, out);
                collect(ifStmt.otherwise(), inLoop, out);
            } else if (stmt instanceof Stmt.While loop) {
                collect(loop.header(), true, out);
                collect(loop.body(), true, out);
                collect(loop.update(), true, out);
            } else if (stmt instanceof Stmt.Repeat repeat) {
                collect(repeat.body(), true, out);
            } else if (stmt instanceof Stmt.Each each) {
                collect(each.body(), true, out);
            }
        }
    }

    /** The expressions a statement evaluates itself, not those of its nested bodies or a loop's header and update. */
    public static List<Expr> expressions(Stmt stmt) {
        if (stmt instanceof Stmt.Assign assign) {
            return List.of(assign.value());
        }
        if (stmt instanceof Stmt.Store store) {
            return List.of(store.target(), store.value());
        }
        if (stmt instanceof Stmt.If ifStmt) {
            return List.of(ifStmt.condition());
        }
        if (stmt instanceof Stmt.While loop) {
            return List.of(loop.condition());
        }
        if (stmt instanceof Stmt.Return ret) {
            return ret.values();
        }
        if (stmt instanceof Stmt.Accumulate accumulate) {
            return List.of(accumulate.target(), accumulate.value());
        }
        if (stmt instanceof Stmt.Push push) {
            return List.of(push.value());
        }
        if (stmt instanceof Stmt.Repeat repeat) {
            return repeat.times() == null ? List.of() : List.of(repeat.times());
        }
        if (stmt instanceof Stmt.Call call) {
            return call.args();
        }
        if (stmt instanceof Stmt.Evaluate evaluate) {
            return List.of(evaluate.expr());
        }
        if (stmt instanceof Stmt.Each each) {
            return List.of(each.count());
        }
        return List.of();
    }

    /** The bodies nested in a statement, in order: an if's branches, a loop's body. */
    public static List<List<Stmt>> nestedBodies(Stmt stmt) {
        if (stmt instanceof Stmt.If ifStmt) {
            return List.of(ifStmt.then(), ifStmt.otherwise());
        }
        if (stmt instanceof Stmt.While loop) {
            return List.of(loop.body());
        }
        if (stmt instanceof Stmt.Repeat repeat) {
            return List.of(repeat.body());
        }
        if (stmt instanceof Stmt.Each each) {
            return List.of(each.body());
        }
        return List.of();
    }
}
