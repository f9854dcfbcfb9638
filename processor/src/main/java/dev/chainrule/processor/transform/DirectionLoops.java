package dev.chainrule.processor.transform;

import dev.chainrule.processor.analysis.Mentions;
import dev.chainrule.processor.analysis.Refs;
import dev.chainrule.processor.analysis.Statements;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes vector forward code run one loop over the directions where the transform wrote one per statement: the
 * primal statements between two loops move ahead of the first when neither reads what the other writes, and the
 * loops merge. Then a tangent that lives only inside one merged loop, written before it is read, becomes a plain
 * {@code double} local of that loop instead of an array indexed by the direction.
 */
final class DirectionLoops {
    private DirectionLoops() {
    }

    /** The body with adjacent direction loops merged, in every nested block. */
    static List<Stmt> fuse(List<Stmt> block) {
        List<Stmt> out = new ArrayList<>();
        Stmt.Each pending = null;
        for (Stmt original : block) {
            Stmt stmt = nested(original);
            if (stmt instanceof Stmt.Each each) {
                pending = pending == null ? each : merge(pending, each);
            } else if (pending != null && commutes(stmt, pending)) {
                out.add(stmt);
            } else {
                if (pending != null) {
                    out.add(pending);
                    pending = null;
                }
                out.add(stmt);
            }
        }
        if (pending != null) {
            out.add(pending);
        }
        return out;
    }

    /**
     * The tangents among {@code candidates} (arrays of one value per direction) whose every mention in {@code body}
     * sits in one direction loop, where the first one writes them: each becomes a {@code double} local of that loop.
     * Returns the body rewritten and adds the tangents it replaced to {@code localized}.
     */
    static List<Stmt> localize(List<Stmt> body, Set<Var> candidates, Set<Var> localized) {
        Map<Var, Integer> everywhere = Mentions.count(body);
        Map<Stmt.Each, Map<Var, Var>> replacements = new HashMap<>();
        for (Statements.Located located : Statements.all(body)) {
            if (!(located.stmt() instanceof Stmt.Each each)) {
                continue;
            }
            Map<Var, Integer> inLoop = Mentions.count(each.body());
            Set<Var> read = new HashSet<>();
            Map<Var, Var> locals = new HashMap<>();
            for (Stmt stmt : each.body()) {
                Stmt.Store store = (Stmt.Store) stmt;
                read.addAll(Refs.in(store.value()));
                Var written = store.target().root();
                boolean local = candidates.contains(written) && !read.contains(written)
                        && inLoop.get(written).equals(everywhere.get(written));
                if (local && !locals.containsKey(written)) {
                    locals.put(written, Var.companion(written.base(), "Dot", Var.Role.SYNTHETIC, Type.DOUBLE));
                }
            }
            replacements.put(each, locals);
            localized.addAll(locals.keySet());
        }
        return rewrite(body, replacements);
    }

    private static List<Stmt> rewrite(List<Stmt> block, Map<Stmt.Each, Map<Var, Var>> replacements) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt stmt : block) {
            if (stmt instanceof Stmt.Each each) {
                Map<Var, Var> locals = replacements.getOrDefault(each, Map.of());
                List<Stmt> body = new ArrayList<>();
                for (Stmt inner : each.body()) {
                    Stmt.Store store = (Stmt.Store) inner;
                    Expr value = replace(store.value(), locals);
                    Var local = locals.get(store.target().root());
                    body.add(local != null ? new Stmt.Assign(local, value) : new Stmt.Store(store.target(), value));
                }
                out.add(new Stmt.Each(each.index(), each.count(), body));
            } else if (stmt instanceof Stmt.If ifStmt) {
                out.add(new Stmt.If(ifStmt.condition(), rewrite(ifStmt.then(), replacements),
                        rewrite(ifStmt.otherwise(), replacements)));
            } else if (stmt instanceof Stmt.While loop) {
                out.add(new Stmt.While(rewrite(loop.header(), replacements), loop.condition(),
                        rewrite(loop.body(), replacements), rewrite(loop.update(), replacements)));
            } else {
                out.add(stmt);
            }
        }
        return out;
    }

    /** {@code expr} with each {@code aDot[dir]} of a localized tangent read from its local. */
    private static Expr replace(Expr expr, Map<Var, Var> locals) {
        if (locals.isEmpty()) {
            return expr;
        }
        if (expr instanceof Expr.Element element && element.array() instanceof Expr.Ref ref
                && locals.containsKey(ref.var())) {
            return new Expr.Ref(locals.get(ref.var()));
        }
        if (expr instanceof Expr.Apply apply) {
            return new Expr.Apply(apply.op(), apply.args().stream().map(a -> replace(a, locals)).toList(),
                    apply.strict());
        }
        if (expr instanceof Expr.PartialCall call) {
            return new Expr.PartialCall(call.method(), call.args().stream().map(a -> replace(a, locals)).toList());
        }
        return expr;
    }

    private static Stmt nested(Stmt stmt) {
        if (stmt instanceof Stmt.If ifStmt) {
            return new Stmt.If(ifStmt.condition(), fuse(ifStmt.then()), fuse(ifStmt.otherwise()));
        }
        if (stmt instanceof Stmt.While loop) {
            return new Stmt.While(fuse(loop.header()), loop.condition(), fuse(loop.body()), fuse(loop.update()));
        }
        return stmt;
    }

    private static Stmt.Each merge(Stmt.Each first, Stmt.Each second) {
        List<Stmt> body = new ArrayList<>(first.body());
        body.addAll(second.body());
        return new Stmt.Each(first.index(), first.count(), body);
    }

    /**
     * True when {@code stmt}, a primal assignment or store, may run before the loop instead of after it: it writes
     * nothing the loop mentions and reads nothing the loop writes.
     */
    private static boolean commutes(Stmt stmt, Stmt.Each loop) {
        Var written;
        if (stmt instanceof Stmt.Assign assign) {
            written = assign.var();
        } else if (stmt instanceof Stmt.Store store) {
            written = store.target().root();
        } else {
            return false;
        }
        Set<Var> loopWrites = new HashSet<>();
        Set<Var> loopMentions = new HashSet<>();
        for (Stmt inner : loop.body()) {
            loopWrites.add(((Stmt.Store) inner).target().root());
            loopMentions.addAll(Mentions.of(inner));
        }
        return !loopMentions.contains(written) && Mentions.of(stmt).stream().noneMatch(loopWrites::contains);
    }
}
