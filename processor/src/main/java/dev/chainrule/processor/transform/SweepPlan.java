package dev.chainrule.processor.transform;

import dev.chainrule.processor.analysis.Activity;
import dev.chainrule.processor.analysis.Recomputation;
import dev.chainrule.processor.analysis.Refs;
import dev.chainrule.processor.analysis.Saves;
import dev.chainrule.processor.analysis.Statements;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Var;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What both sweeps of reverse mode agree on about the body: which statements matter to the backward sweep, which
 * counted loops start from a value it can evaluate again (their counters need no saving), which run at most once per
 * call (their trip counts stay in locals), and which assignments it restores from the tape.
 */
final class SweepPlan {
    private final Activity activity;
    private final Saves saves;
    private final Recomputation recomputation;
    /**
     * Counted loops whose counter starts from a value the backward sweep can evaluate again ({@code i = 0} just
     * before the loop), with that value; their counter's initial assignments need no saving.
     */
    private final Map<Stmt.While, Expr> loopStarts = new java.util.IdentityHashMap<>();
    private final Set<Stmt> replayedStarts = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Loops not inside another loop: they run at most once per call. */
    private final Set<Stmt.While> topLevelLoops = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Assignments in loops whose adjoint runs in the same pass ({@link FusedLoops}): nothing to restore. */
    private final Set<Stmt> inOnePass = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** The trip counts kept in locals, of loops that run at most once per call. */
    private final Map<Stmt.While, Var> tripCounts = new java.util.IdentityHashMap<>();

    SweepPlan(List<Stmt> body, Activity activity, Saves saves, Recomputation recomputation) {
        this.activity = activity;
        this.saves = saves;
        this.recomputation = recomputation;
        findLoopStarts(body, 0);
    }

    Activity activity() {
        return activity;
    }

    Saves saves() {
        return saves;
    }

    /** The value a counted loop's counter starts from, if the backward sweep can evaluate it again; else null. */
    Expr start(Stmt.While loop) {
        return loopStarts.get(loop);
    }

    /** Records that {@code loop}'s trip count is kept in the local {@code count}. */
    void keepTripCount(Stmt.While loop, Var count) {
        tripCounts.put(loop, count);
    }

    /** The local holding {@code loop}'s trip count, or null when it is on the tape or not needed. */
    Var tripCount(Stmt.While loop) {
        return tripCounts.get(loop);
    }

    /** True when the forward sweep saves the value {@code assign} overwrites and the backward sweep pops it back. */
    boolean restores(Stmt.Assign assign) {
        return saves.mustSave(assign) && !recomputation.isRecomputed(assign) && !replayedStarts.contains(assign)
                && !inOnePass.contains(assign);
    }

    /**
     * True when the forward sweep saves the adjoint array of the array {@code assign} replaces, and the backward
     * sweep pops it back. Past the assignment, going backward, the variable names the array it held before, whose
     * adjoint is another array (of that array's shape): the adjoint of the one assigned here must not leak into it.
     */
    boolean restoresAdjoint(Stmt.Assign assign) {
        Var var = assign.var();
        return var.type().isArray() && activity.isActive(var) && !inOnePass.contains(assign)
                && (restores(assign) || saves.replacesValue(assign));
    }

    /** Records that {@code loop} runs each iteration's adjoint right after its primal: it restores nothing. */
    void runInOnePass(Stmt.While loop) {
        Statements.all(List.of(loop)).forEach(located -> inOnePass.add(located.stmt()));
    }

    /**
     * True for a counted loop, run once per call, that starts from a value the backward sweep can evaluate again and
     * whose counter nothing else assigns: when the backward sweep reaches it, the counter still holds where the loop
     * stopped, so it runs back from there to the start without a trip count.
     */
    boolean endsWhereItStopped(Stmt.While loop) {
        Var counter = Counters.isCanonical(loop) ? ((Stmt.Assign) loop.update().get(0)).var() : null;
        return counter != null && loopStarts.containsKey(loop) && topLevelLoops.contains(loop)
                && saves.assignments(counter) == 2;
    }

    /** Finds {@code i = start; while (...) { ...; i = i + c; }} with a start the backward sweep can evaluate. */
    private void findLoopStarts(List<Stmt> block, int depth) {
        for (int i = 0; i < block.size(); i++) {
            Stmt stmt = block.get(i);
            if (i > 0 && stmt instanceof Stmt.While loop && Counters.isCanonical(loop)
                    && block.get(i - 1) instanceof Stmt.Assign start
                    && start.var() == ((Stmt.Assign) loop.update().get(0)).var()
                    && Refs.in(start.value()).stream().allMatch(v -> !saves.isReassigned(v))
                    && !(start.value() instanceof Expr.Call)) {
                loopStarts.put(loop, start.value());
                replayedStarts.add(start);
            }
            if (stmt instanceof Stmt.While loop && depth == 0) {
                topLevelLoops.add(loop);
            }
            int inner = stmt instanceof Stmt.While ? depth + 1 : depth;
            Statements.nestedBodies(stmt).forEach(nested -> findLoopStarts(nested, inner));
        }
    }

    /** True when a statement has anything for the backward sweep: an active assignment or a saved value. */
    boolean involved(Stmt stmt) {
        if (stmt instanceof Stmt.Assign assign) {
            return activity.isActive(assign.var()) || saves.mustSave(assign);
        }
        if (stmt instanceof Stmt.Store store) {
            return activity.isActive(store.target().root()) || saves.mustSaveElements(store.target().root());
        }
        if (stmt instanceof Stmt.If ifStmt) {
            return ifStmt.then().stream().anyMatch(this::involved)
                    || ifStmt.otherwise().stream().anyMatch(this::involved);
        }
        if (stmt instanceof Stmt.While loop) {
            return loop.body().stream().anyMatch(this::involved) || loop.update().stream().anyMatch(this::involved);
        }
        return false;
    }
}
