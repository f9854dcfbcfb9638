package dev.chainrule.processor.analysis;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.rules.Primitive;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loop locals the backward sweep recomputes instead of saving: assigned once in the whole method, at the top of a
 * loop body, by cheap arithmetic on stable values (never overwritten, or saved and restored anyway), on the loop's
 * counter (restored each backward iteration), and on locals recomputed before them. For
 * Rosenbrock's body ({@code a = 1 - x[i]; b = x[i + 1] - x[i] * x[i]}) this leaves nothing on the tape but the
 * counter, as a hand-written adjoint would.
 */
public final class Recomputation {
    private final Set<Stmt> recomputed;
    private final Map<Stmt.While, List<Stmt.Assign>> perLoop;

    private Recomputation(Set<Stmt> recomputed, Map<Stmt.While, List<Stmt.Assign>> perLoop) {
        this.recomputed = recomputed;
        this.perLoop = perLoop;
    }

    public static Recomputation of(List<Stmt> body, Saves saves) {
        List<Statements.Located> all = Statements.all(body);
        Set<Stmt> recomputed = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Stmt.While, List<Stmt.Assign>> perLoop = new IdentityHashMap<>();
        for (Statements.Located located : all) {
            if (located.stmt() instanceof Stmt.While loop) {
                List<Stmt.Assign> list = needed(recomputable(loop, saves), saves);
                recomputed.addAll(list);
                perLoop.put(loop, list);
            }
        }
        return new Recomputation(recomputed, perLoop);
    }

    private static List<Stmt.Assign> recomputable(Stmt.While loop, Saves saves) {
        List<Stmt> whole = new ArrayList<>(loop.header());
        whole.addAll(loop.body());
        whole.addAll(loop.update());
        Set<Var> writtenInLoop = new HashSet<>();
        for (Statements.Located located : Statements.all(whole)) {
            if (located.stmt() instanceof Stmt.Assign assign) {
                writtenInLoop.add(assign.var());
            } else if (located.stmt() instanceof Stmt.Store store) {
                writtenInLoop.add(store.target().root());
            }
        }
        Set<Var> restoredEachIteration = new HashSet<>();
        for (Stmt stmt : loop.update()) {
            if (stmt instanceof Stmt.Assign assign) {
                restoredEachIteration.add(assign.var());
            }
        }
        for (Statements.Located located : Statements.all(loop.body())) {
            if (located.stmt() instanceof Stmt.Assign assign) {
                restoredEachIteration.remove(assign.var());
            }
        }
        Set<Var> available = new HashSet<>();
        List<Stmt.Assign> list = new ArrayList<>();
        for (Stmt stmt : loop.body()) {
            if (stmt instanceof Stmt.Assign assign && assign.var().type() == Type.DOUBLE
                    && saves.assignments(assign.var()) == 1 && cheap(assign.value())
                    && Refs.in(assign.value()).stream().allMatch(v -> (!writtenInLoop.contains(v) && isStable(v, saves))
                            || restoredEachIteration.contains(v) || available.contains(v))) {
                available.add(assign.var());
                list.add(assign);
            }
        }
        return list;
    }

    /**
     * True when a value the loop does not write is, when the loop's backward sweep runs, what it was during the
     * loop: never overwritten, or saved and restored (or itself recomputed) because the backward sweep reads it.
     */
    private static boolean isStable(Var var, Saves saves) {
        return !saves.isReassigned(var) || saves.isNeeded(var);
    }

    /** Of the recomputable assignments, those the backward sweep reads, directly or through a later one. */
    private static List<Stmt.Assign> needed(List<Stmt.Assign> recomputable, Saves saves) {
        Set<Var> keep = new HashSet<>();
        for (int i = recomputable.size() - 1; i >= 0; i--) {
            Stmt.Assign assign = recomputable.get(i);
            if (saves.isNeeded(assign.var()) || keep.contains(assign.var())) {
                keep.add(assign.var());
                keep.addAll(Refs.in(assign.value()));
            }
        }
        return recomputable.stream().filter(a -> keep.contains(a.var())).toList();
    }

    /** Arithmetic on atoms: cheaper to redo than to push and pop. */
    private static boolean cheap(Expr value) {
        if (value instanceof Expr.Apply apply) {
            Primitive op = apply.op();
            return op == Primitive.ADD || op == Primitive.SUB || op == Primitive.MUL || op == Primitive.NEG;
        }
        return value instanceof Expr.Ref || value instanceof Expr.Element || value instanceof Expr.Const;
    }

    /** True when the backward sweep recomputes this assignment rather than popping what it overwrote. */
    public boolean isRecomputed(Stmt.Assign assign) {
        return recomputed.contains(assign);
    }

    /** The assignments to redo, in order, at the start of each backward iteration of {@code loop}. */
    public List<Stmt.Assign> of(Stmt.While loop) {
        return perLoop.getOrDefault(loop, List.of());
    }
}
