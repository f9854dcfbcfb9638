package dev.chainrule.processor.transform;

import dev.chainrule.processor.analysis.Activity;
import dev.chainrule.processor.analysis.Mentions;
import dev.chainrule.processor.analysis.Recomputation;
import dev.chainrule.processor.analysis.Saves;
import dev.chainrule.processor.analysis.Statements;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.RuntimeOp;
import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Operator;
import dev.chainrule.processor.ir.Param;
import dev.chainrule.processor.ir.Primal;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reverse (adjoint) mode in Tapenade's form. The forward sweep runs the primal, pushing on the tape only what the
 * backward sweep needs and an assignment is about to overwrite ({@link Saves}), the branch taken by each active
 * {@code if}, and the trip count of each active loop. The backward sweep then walks the body in reverse: it replays
 * loops by their counts and branches by their bits, and for each active statement accumulates adjoints with
 * {@code +=} and pops back the values the statement overwrote. Adjoints of differentiable parameters accumulate into
 * caller arrays ({@code pBar[0] += ...} for a scalar), so a caller can sum over many calls without allocating.
 *
 * <p>This class writes the function and its forward sweep; {@link BackwardSweep} writes the backward sweep, and
 * {@link SweepPlan} holds what the two agree on.
 */
public final class ReverseTransform {
    private final SweepPlan plan;
    private final Adjoints adjoints = new Adjoints();
    private final BackwardSweep backward;
    /** How many loops enclose the current point of the forward sweep. */
    private int forwardLoopDepth;

    private ReverseTransform(SweepPlan plan, Recomputation recomputation) {
        this.plan = plan;
        this.backward = new BackwardSweep(plan, adjoints, recomputation);
    }

    public static Function apply(Primal primal, String name) {
        List<Stmt> body = StructuredExits.apply(primal.body(), primal.result());
        // Activity of the structured body: it has the flags and the result variable the rewrite introduced.
        Activity activity = Activity.of(new Primal(primal.name(), primal.params(), primal.wrt(), primal.result(), body));
        Saves saves = Saves.of(body, activity);
        Recomputation recomputation = Recomputation.of(body, saves);
        ReverseTransform transform = new ReverseTransform(new SweepPlan(body, activity, saves, recomputation),
                recomputation);
        return transform.transform(primal, body, name);
    }

    private Function transform(Primal primal, List<Stmt> structured, String name) {
        List<Param> params = new ArrayList<>();
        for (Var param : primal.params()) {
            params.add(new Param(param));
        }
        Var seed = Var.derivative("seed", Var.Role.PARAMETER, primal.result());
        params.add(new Param(seed));
        List<Stmt> checks = new ArrayList<>();
        for (Var param : primal.wrt()) {
            // A scalar's adjoint accumulates into element 0 of the caller's double[1].
            boolean scalar = param.type() == Type.DOUBLE;
            Var bar = Var.companion(param, "Bar", Var.Role.PARAMETER, scalar ? Type.DOUBLE_ARRAY : param.type());
            adjoints.parameter(param, bar, scalar);
            params.add(new Param(bar));
            if (!scalar) {
                checks.add(sameShape(bar, new Expr.Ref(param)));
            }
        }
        List<Stmt> primalBody = structured.subList(0, structured.size() - 1);
        Expr result = ((Stmt.Return) structured.get(structured.size() - 1)).values().get(0);

        boolean vector = primal.result() == Type.DOUBLE_ARRAY;
        List<Stmt> body = new ArrayList<>(checks);
        if (vector) {
            // The seed's length is the result's, known after the forward sweep: a mismatch rewinds to here.
            body.add(new Stmt.Evaluate(new Expr.Runtime(RuntimeOp.MARK, List.of(), Type.DOUBLE)));
        }
        FusedLoops.Tail tail = FusedLoops.of(primalBody, result, plan);
        boolean fused = tail.start() < primalBody.size();
        List<Stmt> swept = primalBody.subList(0, tail.start());
        List<Stmt> onePass = primalBody.subList(tail.start(), primalBody.size());
        onePass.stream().filter(Stmt.While.class::isInstance).forEach(loop -> plan.runInOnePass((Stmt.While) loop));
        body.addAll(forward(swept));
        if (fused) {
            // The fused loops need their sums' adjoints as they run: seed them first, through what follows the loops.
            if (plan.activity().isActive(result)) {
                backward.contribute(result, new Expr.Ref(seed), false, body);
            }
            body.addAll(backward.backward(primalBody.subList(tail.afterLoops(), primalBody.size())));
            for (Stmt stmt : onePass) {
                body.add(stmt instanceof Stmt.While loop && plan.involved(loop) ? fused(loop) : stmt);
            }
        }
        if (vector) {
            body.add(new Stmt.Evaluate(new Expr.Runtime(RuntimeOp.CHECK_SEED, List.of(new Expr.Ref(seed), result),
                    Type.DOUBLE)));
        }
        // The backward sweep restores what it saved: keep the result aside if it may be among that.
        Expr returned = result;
        // An array result may be (an alias of) any array whose elements the backward sweep restores.
        boolean restored = result instanceof Expr.Element || result instanceof Expr.Ref ref
                && (ref.var().type().isArray() ? restoresElements(structured) : plan.saves().mustSave(ref.var()));
        if (restored) {
            Var value = new Var("value", Var.Role.SYNTHETIC, primal.result());
            body.add(new Stmt.Assign(value, vector ? new Expr.Clone(result) : result));
            returned = new Expr.Ref(value);
        }
        if (plan.activity().isActive(result) && !fused) {
            if (!vector) {
                backward.contribute(result, new Expr.Ref(seed), false, body);
            } else {
                body.add(new Stmt.RuntimeCall(RuntimeOp.ADD_OUT, List.of(new Expr.Ref(seed), adjoints.of(result),
                        Expr.Const.ofInt(0))));
            }
        }
        body.addAll(ElementAdjoints.coalesce(backward.backward(swept)));
        body.add(new Stmt.Return(List.of(returned)));
        Function.Result type = primal.result() == Type.DOUBLE ? Function.Result.DOUBLE : Function.Result.DOUBLE_ARRAY;
        return new Function(name, params, body, type);
    }

    /**
     * A loop whose iterations each run their adjoint right after their primal ({@link FusedLoops}): they overwrite
     * nothing the adjoint reads, so a branch's condition still holds when its adjoint runs and needs no tape.
     */
    private Stmt fused(Stmt.While loop) {
        List<Stmt> iteration = new ArrayList<>(loop.body());
        iteration.addAll(ElementAdjoints.coalesce(backward.iteration(loop)));
        return new Stmt.While(loop.header(), loop.condition(), iteration, loop.update());
    }

    /** True when the backward sweep writes old values back into some array's elements. */
    private boolean restoresElements(List<Stmt> body) {
        return Statements.all(body).stream().anyMatch(located -> located.stmt() instanceof Stmt.Store store
                && plan.saves().mustSaveElements(store.target().root()));
    }

    // ---------------------------------------------------------------- forward sweep

    private List<Stmt> forward(List<Stmt> statements) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt stmt : statements) {
            forward(stmt, out);
        }
        return out;
    }

    private void forward(Stmt stmt, List<Stmt> out) {
        if (stmt instanceof Stmt.Assign assign) {
            Var var = assign.var();
            if (plan.restores(assign)) {
                out.add(new Stmt.Push(new Expr.Ref(var)));
            }
            if (plan.restoresAdjoint(assign)) {
                out.add(new Stmt.Push(new Expr.Ref(adjoints.of(var))));
            }
            out.add(assign);
            if (var.type().isArray() && plan.activity().isActive(var)) {
                Expr zeros = assign.value() instanceof Expr.NewArray ? assign.value() : CallArguments.zeroLike(
                        new Expr.Ref(var));
                out.add(new Stmt.Assign(adjoints.of(var), zeros));
            }
        } else if (stmt instanceof Stmt.Store store) {
            if (plan.saves().mustSaveElements(store.target().root())) {
                out.add(new Stmt.Push(store.target()));
            }
            out.add(store);
        } else if (stmt instanceof Stmt.If ifStmt && plan.involved(ifStmt)) {
            List<Stmt> then = forward(ifStmt.then());
            then.add(new Stmt.Push(Expr.Const.ofBoolean(true)));
            List<Stmt> otherwise = forward(ifStmt.otherwise());
            otherwise.add(new Stmt.Push(Expr.Const.ofBoolean(false)));
            out.add(new Stmt.If(ifStmt.condition(), then, otherwise));
        } else if (stmt instanceof Stmt.While loop && plan.involved(loop)) {
            boolean counted = !plan.endsWhereItStopped(loop);
            Var count = new Var("count", Var.Role.SYNTHETIC, Type.INT);
            if (counted) {
                out.add(new Stmt.Assign(count, Expr.Const.ofInt(0)));
            }
            forwardLoopDepth++;
            List<Stmt> body = forward(loop.body());
            forwardLoopDepth--;
            if (counted) {
                body.add(new Stmt.Assign(count, new Expr.Op(Operator.ADD, List.of(new Expr.Ref(count),
                        Expr.Const.ofInt(1)), Type.INT)));
            }
            if (loop.header().stream().anyMatch(plan::involved)) {
                throw new IllegalStateException("a loop condition computes an active value");
            }
            List<Stmt> update = Counters.isCanonical(loop) ? loop.update() : forward(loop.update());
            out.add(new Stmt.While(loop.header(), loop.condition(), body, update));
            if (!counted) {
                // Its counter still holds where it stopped when the backward sweep gets there: no count needed.
                return;
            }
            if (forwardLoopDepth == 0) {
                // A loop that runs at most once per call keeps its trip count in a local.
                plan.keepTripCount(loop, count);
            } else {
                out.add(new Stmt.Push(new Expr.Ref(count)));
            }
        } else {
            out.add(stmt);
        }
    }

    /** {@code Checks.sameShape("xBar", xBar, x, "x")}: an adjoint array has its primal's shape. */
    private static Stmt sameShape(Var array, Expr like) {
        String likeName = like instanceof Expr.Ref ref ? ref.var().hint() : "the result";
        return new Stmt.RuntimeCall(RuntimeOp.SAME_SHAPE, List.of(new Expr.Text(array.plainName()), new Expr.Ref(array), like,
                new Expr.Text(likeName)));
    }
}
