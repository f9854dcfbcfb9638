package dev.chainrule.processor.transform;

import dev.chainrule.processor.analysis.Mentions;
import dev.chainrule.processor.analysis.Refs;
import dev.chainrule.processor.analysis.Statements;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.rules.Primitive;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Loops at the end of a body whose reverse mode can run in the same pass as their primal: the sum-of-terms loops
 * ({@code s += term(i)}) objectives are made of. Such a loop's iterations share nothing but accumulators
 * ({@code s = s + e}, {@code s} read nowhere else in the loop), whose adjoints no iteration changes, and locals each
 * iteration assigns once before reading. When nothing after the loop but the returned value needs its results, the
 * accumulators' adjoints are known before the loop starts, so each iteration's adjoint can run right after its primal:
 * no second trip over the data, nothing recomputed, nothing on the tape. The other iterations' order does not matter to
 * the adjoints, which only accumulate.
 */
final class FusedLoops {
    private final SweepPlan plan;
    /** The accumulators of each loop found to fuse. */
    private final Map<Stmt.While, Set<Var>> accumulatorsOf = new IdentityHashMap<>();

    private FusedLoops(SweepPlan plan) {
        this.plan = plan;
    }

    /**
     * The tail of a body that runs in one pass: from {@code start}, loops that fuse and statements the backward sweep
     * has nothing to do for; from {@code afterLoops}, the statements after the last loop, whose adjoints read nothing
     * the tail computes ({@code return s / n}). {@code start} is the body's size when no loop fuses.
     */
    record Tail(int start, int afterLoops) {
    }

    /** The tail of {@code body}, which returns {@code result}, that runs in one pass. */
    static Tail of(List<Stmt> body, Expr result, SweepPlan plan) {
        Tail none = new Tail(body.size(), body.size());
        if (!(result instanceof Expr.Ref returned) || returned.var().type() != Type.DOUBLE) {
            return none;
        }
        int afterLoops = body.size();
        while (afterLoops > 0 && !(body.get(afterLoops - 1) instanceof Stmt.While)) {
            afterLoops--;
        }
        FusedLoops fusion = new FusedLoops(plan);
        int start = afterLoops;
        List<Stmt.While> later = new ArrayList<>();
        for (int j = afterLoops - 1; j >= 0; j--) {
            Stmt stmt = body.get(j);
            if (!plan.involved(stmt)) {
                continue;
            }
            if (!(stmt instanceof Stmt.While loop) || !fusion.fuses(loop, body.subList(0, j), later)) {
                break;
            }
            later.add(loop);
            start = j;
        }
        boolean fused = start < afterLoops && fusion.seedsReachSums(body.subList(start, body.size()),
                body.subList(afterLoops, body.size()), returned.var());
        return fused ? new Tail(start, afterLoops) : none;
    }

    /**
     * True when the adjoints the statements after the last loop pass on can be worked out before the loops run: each
     * involved one is {@code v = f(a, b)} whose partial derivatives read nothing the fused tail assigns, and every
     * adjoint they (and the seed) pass on reaches an accumulator, a value of the tail after the loops, or something
     * computed before the tail, never a loop's local.
     */
    private boolean seedsReachSums(List<Stmt> tail, List<Stmt> afterLoops, Var returned) {
        Set<Var> assigned = new HashSet<>();
        Statements.all(tail).forEach(located -> {
            if (located.stmt() instanceof Stmt.Assign assign) {
                assigned.add(assign.var());
            }
        });
        Set<Var> receivers = new HashSet<>();
        accumulatorsOf.values().forEach(receivers::addAll);
        afterLoops.stream().filter(Stmt.Assign.class::isInstance)
                .forEach(stmt -> receivers.add(((Stmt.Assign) stmt).var()));
        Predicate<Var> receives = var -> receivers.contains(var) || !assigned.contains(var);
        if (!receives.test(returned)) {
            return false;
        }
        for (Stmt stmt : afterLoops) {
            if (!plan.involved(stmt)) {
                continue;
            }
            if (!(stmt instanceof Stmt.Assign assign) || assign.var().type() != Type.DOUBLE || plan.restores(assign)) {
                return false;
            }
            List<Expr> operands = assign.value() instanceof Expr.Apply apply ? apply.args() : List.of(assign.value());
            List<Expr> partials = assign.value() instanceof Expr.Apply apply
                    ? Chain.partials(apply, new Expr.Ref(assign.var())) : List.of(Expr.Const.of(1));
            for (int i = 0; i < operands.size(); i++) {
                Expr operand = operands.get(i);
                if (operand instanceof Expr.Call) {
                    return false;
                }
                if (!plan.activity().isActive(operand)) {
                    continue;
                }
                boolean passesOn = operand instanceof Expr.Ref ref ? receives.test(ref.var())
                        : Refs.in(operand).stream().noneMatch(assigned::contains);
                if (!passesOn || Refs.in(partials.get(i)).stream().anyMatch(assigned::contains)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean fuses(Stmt.While loop, List<Stmt> before, List<Stmt.While> later) {
        if (!Counters.isCanonical(loop) || loop.header().stream().anyMatch(plan::involved)) {
            return false;
        }
        Map<Var, Integer> accumulations = new HashMap<>();
        Set<Var> locals = new HashSet<>();
        for (Statements.Located located : Statements.all(loop.body())) {
            if (located.stmt() instanceof Stmt.Assign assign) {
                if (isAccumulation(assign)) {
                    accumulations.merge(assign.var(), 1, Integer::sum);
                } else {
                    locals.add(assign.var());
                }
            }
        }
        // An accumulator is mentioned by its accumulations only, twice each.
        Map<Var, Integer> mentions = Mentions.count(loop.body());
        Set<Var> accumulators = new HashSet<>();
        accumulations.forEach((var, count) -> {
            boolean onlyAccumulated = !locals.contains(var) && mentions.get(var) == 2 * count;
            (onlyAccumulated ? accumulators : locals).add(var);
        });
        if (!assignedOnceBeforeRead(loop.body(), locals, new HashSet<>(), new HashSet<>())) {
            return false;
        }
        Var counter = ((Stmt.Assign) loop.update().get(0)).var();
        Set<Var> ownState = new HashSet<>(locals);
        ownState.add(counter);
        if (!unmentionedBefore(ownState, counter, before) || !sharedOnlyAsSums(locals, accumulators, later)) {
            return false;
        }
        accumulatorsOf.put(loop, accumulators);
        return true;
    }

    /** {@code s = s + e}, {@code e + s} or {@code s - e}, {@code e} not reading {@code s}; the old {@code s} unused. */
    private boolean isAccumulation(Stmt.Assign assign) {
        Var var = assign.var();
        boolean candidate = var.type() == Type.DOUBLE && !plan.saves().mustSave(assign);
        if (!candidate || !(assign.value() instanceof Expr.Apply apply)) {
            return false;
        }
        List<Expr> args = apply.args();
        return apply.op() == Primitive.ADD && (keeps(args.get(0), args.get(1), var) || keeps(args.get(1), args.get(0),
                var)) || apply.op() == Primitive.SUB && keeps(args.get(0), args.get(1), var);
    }

    /** True when {@code kept} is {@code var} itself and {@code term} does not read it. */
    private static boolean keeps(Expr kept, Expr term, Var var) {
        return kept.equals(new Expr.Ref(var)) && !Refs.in(term).contains(var);
    }

    /**
     * True when along every path through one iteration each local (not accumulator) is assigned at most once, and
     * read only after it was assigned on that path, and nothing else the backward sweep could not follow happens: no
     * nested loop, exit, or array write. Then no value an iteration's adjoint reads is overwritten before it runs.
     */
    private boolean assignedOnceBeforeRead(List<Stmt> block, Set<Var> locals, Set<Var> assigned, Set<Var> maybe) {
        for (Stmt stmt : block) {
            boolean readsUnassigned = Statements.expressions(stmt).stream().flatMap(e -> Refs.in(e).stream())
                    .anyMatch(var -> locals.contains(var) && !assigned.contains(var));
            if (readsUnassigned) {
                return false;
            }
            if (stmt instanceof Stmt.Assign assign) {
                // Accumulators are the one exception: their adjoints are the same before and after.
                if (locals.contains(assign.var()) && maybe.contains(assign.var()) || assign.var().type().isArray()) {
                    return false;
                }
                assigned.add(assign.var());
                maybe.add(assign.var());
            } else if (stmt instanceof Stmt.If ifStmt) {
                Set<Var> then = new HashSet<>(assigned);
                Set<Var> otherwise = new HashSet<>(assigned);
                Set<Var> maybeThen = new HashSet<>(maybe);
                Set<Var> maybeOtherwise = new HashSet<>(maybe);
                if (!assignedOnceBeforeRead(ifStmt.then(), locals, then, maybeThen)
                        || !assignedOnceBeforeRead(ifStmt.otherwise(), locals, otherwise, maybeOtherwise)) {
                    return false;
                }
                then.retainAll(otherwise);
                assigned.addAll(then);
                maybe.addAll(maybeThen);
                maybe.addAll(maybeOtherwise);
            } else if (!(stmt instanceof Stmt.Evaluate)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the backward sweep of the code before the loop reads none of the loop's own variables: they are not
     * mentioned there, but for the counter's start just before the loop, which the backward sweep never restores.
     */
    private boolean unmentionedBefore(Set<Var> ownState, Var counter, List<Stmt> before) {
        for (int k = 0; k < before.size(); k++) {
            Stmt stmt = before.get(k);
            boolean counterStart = k == before.size() - 1 && stmt instanceof Stmt.Assign start
                    && start.var() == counter && !plan.restores(start);
            if (counterStart) {
                continue;
            }
            boolean mentions = Statements.all(List.of(stmt)).stream()
                    .anyMatch(located -> Mentions.of(located.stmt()).stream().anyMatch(ownState::contains));
            if (mentions) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the fused loops after this one read none of its locals (their backward parts would have run before
     * this loop's, too late for these locals' adjoints) and use its accumulators only as accumulators of their own.
     */
    private boolean sharedOnlyAsSums(Set<Var> locals, Set<Var> accumulators, List<Stmt.While> later) {
        for (Stmt.While loop : later) {
            for (Var var : Mentions.count(List.of(loop)).keySet()) {
                if (locals.contains(var) || accumulators.contains(var) && !accumulatorsOf.get(loop).contains(var)) {
                    return false;
                }
            }
        }
        return true;
    }
}
