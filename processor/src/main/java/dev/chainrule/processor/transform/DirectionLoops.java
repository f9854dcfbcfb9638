package dev.chainrule.processor.transform;

import dev.chainrule.processor.analysis.Mentions;
import dev.chainrule.processor.analysis.Refs;
import dev.chainrule.processor.analysis.Statements;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import dev.chainrule.processor.ir.Walk;
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
     * The per-direction values among {@code candidates} (arrays of one value per direction) whose every mention in
     * {@code body} sits in one direction loop, where the first one writes them: each becomes a {@code double} local of
     * that loop, {@code localOf} it. Returns the body rewritten and adds the variables it replaced to
     * {@code localized}.
     */
    static List<Stmt> localize(List<Stmt> body, Set<Var> candidates, java.util.function.UnaryOperator<Var> localOf,
            Set<Var> localized) {
        Map<Var, Integer> everywhere = Mentions.count(body);
        Map<Stmt.Each, Map<Var, Var>> replacements = new HashMap<>();
        for (Statements.Located located : Statements.all(body)) {
            if (!(located.stmt() instanceof Stmt.Each each)) {
                continue;
            }
            Map<Var, Integer> inLoop = Mentions.count(each.body());
            Set<Var> seen = new HashSet<>();
            Map<Var, Var> locals = new HashMap<>();
            for (Stmt stmt : each.body()) {
                if (stmt instanceof Stmt.Store store) {
                    Var written = store.target().root();
                    Set<Var> reads = new HashSet<>(Refs.in(store.value()));
                    reads.addAll(Refs.in(store.target().index()));
                    boolean local = candidates.contains(written) && !seen.contains(written)
                            && !reads.contains(written) && inLoop.get(written).equals(everywhere.get(written));
                    if (local) {
                        locals.put(written, localOf.apply(written));
                    }
                    seen.addAll(reads);
                    seen.add(written);
                } else {
                    seen.addAll(Mentions.of(stmt));
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
                out.add(new Stmt.Each(each.index(), each.count(),
                        each.body().stream().map(inner -> local(inner, locals)).toList()));
            } else {
                Stmt compound = Nested.map(stmt, inner -> rewrite(inner, replacements));
                out.add(compound != null ? compound : stmt);
            }
        }
        return out;
    }

    /** A statement of a direction loop with its localized values read from and written to their locals. */
    private static Stmt local(Stmt stmt, Map<Var, Var> locals) {
        if (locals.isEmpty()) {
            return stmt;
        }
        if (stmt instanceof Stmt.Store store) {
            Expr value = replace(store.value(), locals);
            Var local = locals.get(store.target().root());
            return local != null ? new Stmt.Assign(local, value) : new Stmt.Store(store.target(), value);
        }
        if (stmt instanceof Stmt.Accumulate accumulate) {
            return new Stmt.Accumulate(replace(accumulate.target(), locals), replace(accumulate.value(), locals));
        }
        return stmt;
    }

    /** {@code expr} with each {@code aDot[dir]} of a localized value read from its local. */
    private static Expr replace(Expr expr, Map<Var, Var> locals) {
        return Walk.map(expr, e -> e instanceof Expr.Element element && element.array() instanceof Expr.Ref ref
                && locals.containsKey(ref.var()) ? new Expr.Ref(locals.get(ref.var())) : e);
    }

    private static Stmt nested(Stmt stmt) {
        Stmt compound = Nested.map(stmt, DirectionLoops::fuse);
        return compound != null ? compound : stmt;
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
            if (inner instanceof Stmt.Store store) {
                loopWrites.add(store.target().root());
            } else if (inner instanceof Stmt.Accumulate accumulate) {
                loopWrites.add(Refs.in(accumulate.target()).get(0));
            } else {
                // A runtime call may write any array it is given.
                loopWrites.addAll(Mentions.of(inner));
            }
            loopMentions.addAll(Mentions.of(inner));
        }
        return !loopMentions.contains(written) && Mentions.of(stmt).stream().noneMatch(loopWrites::contains);
    }
}
