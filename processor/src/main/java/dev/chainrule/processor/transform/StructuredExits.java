package dev.chainrule.processor.transform;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Operator;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites {@code break}, {@code continue} and early {@code return} into flags and guarded blocks, so the body is
 * structured (each loop exits only through its condition, the function through one final return) and the reverse
 * transform can replay it with branch bits and trip counts. The meaning is unchanged: statements after an exit are
 * guarded by the flag it sets; a loop tests its break flag before its header; an early return breaks every loop.
 */
public final class StructuredExits {
    private final Var result;
    private final Var returned;

    private StructuredExits(Type resultType) {
        this.result = new Var("result", Var.Role.SYNTHETIC, resultType);
        this.returned = new Var("returned", Var.Role.SYNTHETIC, Type.BOOLEAN);
    }

    /** The body with one return, at the end. Bodies that already have that shape come back unchanged. */
    public static List<Stmt> apply(List<Stmt> body, Type resultType) {
        if (isStructured(body)) {
            return body;
        }
        StructuredExits pass = new StructuredExits(resultType);
        List<Stmt> out = new ArrayList<>();
        out.add(new Stmt.Assign(pass.returned, Expr.Const.ofBoolean(false)));
        out.addAll(pass.block(body, null));
        out.add(new Stmt.Return(List.of(new Expr.Ref(pass.result))));
        return out;
    }

    /** True when the only exit is a return that ends the body, and no loop has break or continue. */
    private static boolean isStructured(List<Stmt> body) {
        if (body.isEmpty() || !(body.get(body.size() - 1) instanceof Stmt.Return)) {
            return false;
        }
        return body.subList(0, body.size() - 1).stream().noneMatch(Exits::anywhere);
    }

    /** The flags of the innermost loop being rewritten. */
    private record Loop(Var broke, Var continued) {
    }

    private List<Stmt> block(List<Stmt> statements, Loop loop) {
        List<Stmt> out = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Stmt stmt = statements.get(i);
            out.addAll(statement(stmt, loop));
            if (Exits.contain(stmt) || stmt instanceof Stmt.Return) {
                List<Stmt> rest = block(statements.subList(i + 1, statements.size()), loop);
                if (!rest.isEmpty()) {
                    out.add(new Stmt.If(notExited(loop), rest, List.of()));
                }
                return out;
            }
        }
        return out;
    }

    private List<Stmt> statement(Stmt stmt, Loop loop) {
        if (stmt instanceof Stmt.Return ret) {
            return List.of(new Stmt.Assign(result, ret.values().get(0)),
                    new Stmt.Assign(returned, Expr.Const.ofBoolean(true)));
        }
        if (stmt instanceof Stmt.Break) {
            return List.of(new Stmt.Assign(loop.broke(), Expr.Const.ofBoolean(true)));
        }
        if (stmt instanceof Stmt.Continue) {
            return List.of(new Stmt.Assign(loop.continued(), Expr.Const.ofBoolean(true)));
        }
        if (stmt instanceof Stmt.If ifStmt) {
            return List.of(new Stmt.If(ifStmt.condition(), block(ifStmt.then(), loop),
                    block(ifStmt.otherwise(), loop)));
        }
        if (stmt instanceof Stmt.While loopStmt) {
            return loop(loopStmt);
        }
        return List.of(stmt);
    }

    /**
     * {@code while (c) B} becomes {@code broke = false; while (!broke && !returned && (header; c))
     * { continued = false; B'; if (!broke && !returned) update }}.
     */
    private List<Stmt> loop(Stmt.While loop) {
        Var broke = new Var("broke", Var.Role.SYNTHETIC, Type.BOOLEAN);
        Var continued = new Var("continued", Var.Role.SYNTHETIC, Type.BOOLEAN);
        Loop flags = new Loop(broke, continued);
        List<Stmt> body = new ArrayList<>();
        body.add(new Stmt.Assign(continued, Expr.Const.ofBoolean(false)));
        body.addAll(block(loop.body(), flags));
        Expr running = and(not(broke), not(returned));
        if (!loop.update().isEmpty()) {
            body.add(new Stmt.If(running, loop.update(), List.of()));
        }
        List<Stmt> header = loop.header().isEmpty() ? List.of()
                : List.of(new Stmt.If(running, loop.header(), List.of()));
        List<Stmt> out = new ArrayList<>();
        out.add(new Stmt.Assign(broke, Expr.Const.ofBoolean(false)));
        out.add(new Stmt.While(header, and(running, loop.condition()), body, List.of()));
        return out;
    }

    /** True while the current block has not been left: no break or continue of its loop, no return. */
    private Expr notExited(Loop loop) {
        Expr exited = not(returned);
        if (loop != null) {
            exited = and(and(not(loop.broke()), not(loop.continued())), exited);
        }
        return exited;
    }

    private static Expr not(Var flag) {
        return new Expr.Op(Operator.NOT, List.of(new Expr.Ref(flag)), Type.BOOLEAN);
    }

    private static Expr and(Expr a, Expr b) {
        return new Expr.Op(Operator.AND, List.of(a, b), Type.BOOLEAN);
    }
}
