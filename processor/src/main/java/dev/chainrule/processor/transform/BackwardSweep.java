package dev.chainrule.processor.transform;

import dev.chainrule.processor.analysis.Activity;
import dev.chainrule.processor.analysis.Mentions;
import dev.chainrule.processor.analysis.Recomputation;
import dev.chainrule.processor.analysis.Refs;
import dev.chainrule.processor.analysis.Saves;
import dev.chainrule.processor.analysis.Statements;
import dev.chainrule.processor.ir.Callee;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.RuntimeOp;
import dev.chainrule.rules.Primitive;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The backward sweep of reverse mode: the body walked in reverse, loops replayed by their counts and branches by their
 * bits, each active statement accumulating its adjoints with {@code +=} and popping back what it overwrote. At the top
 * level the first contribution to a local's adjoint assigns it, as a person writing the chain rule would.
 */
final class BackwardSweep {
    private final Activity activity;
    private final Saves saves;
    private final SweepPlan plan;
    private final Adjoints adjoints;
    /** Variables whose adjoint may be infinite at some point: products with it need the strong zero. */
    private final Set<Var> unboundedAdjoints = new HashSet<>();
    /** True while sweeping a fused iteration, whose branch conditions still hold. */
    private boolean conditionsHold;
    private final Recomputation recomputation;
    /** Where, in a loop's backward iteration, its recomputed locals are redone: after the counter is restored. */
    private final Map<Stmt, List<Stmt.Assign>> recomputePoints = new java.util.IdentityHashMap<>();

    BackwardSweep(SweepPlan plan, Adjoints adjoints, Recomputation recomputation) {
        this.plan = plan;
        this.activity = plan.activity();
        this.saves = plan.saves();
        this.adjoints = adjoints;
        this.recomputation = recomputation;
    }

    /** The backward sweep of a top-level body. */
    List<Stmt> backward(List<Stmt> statements) {
        List<Stmt> out = new ArrayList<>();
        for (int i = statements.size() - 1; i >= 0; i--) {
            backward(statements.get(i), out);
        }
        return out;
    }

    private void backward(Stmt stmt, List<Stmt> out) {
        List<Stmt.Assign> recompute = recomputePoints.get(stmt);
        if (recompute != null) {
            recompute.forEach(assign -> out.add(new Stmt.Assign(assign.var(), assign.value())));
            return;
        }
        if (stmt instanceof Stmt.Assign assign) {
            backwardAssign(assign, out);
        } else if (stmt instanceof Stmt.Store store) {
            backwardStore(store, out);
        } else if (stmt instanceof Stmt.If ifStmt && plan.involved(ifStmt)) {
            Expr taken = conditionsHold ? ifStmt.condition() : new Expr.Pop(Type.BOOLEAN);
            out.add(new Stmt.If(taken, backward(ifStmt.then()), backward(ifStmt.otherwise())));
        } else if (stmt instanceof Stmt.While loop && plan.involved(loop)) {
            // One iteration ran the body, then the update: its backward runs the update's (restoring the counter),
            // redoes the recomputed locals, then runs the body's.
            Stmt recomputePoint = new Stmt.Evaluate(new Expr.Text("recompute"));
            recomputePoints.put(recomputePoint, recomputation.of(loop));
            List<Stmt> iteration = new ArrayList<>(loop.body());
            iteration.add(recomputePoint);
            boolean canonical = Counters.isCanonical(loop);
            if (!canonical) {
                iteration.addAll(loop.update());
            }
            Var count = plan.tripCount(loop);
            Expr times = plan.endsWhereItStopped(loop) ? null : count != null ? new Expr.Ref(count)
                    : new Expr.Pop(Type.INT);
            List<Stmt> replay = backward(iteration);
            if (canonical) {
                // The counter i = i + c runs back by arithmetic, from its last value to its first: no tape.
                Stmt.Assign step = (Stmt.Assign) loop.update().get(0);
                Var first = Var.companion(step.var(), "First", Var.Role.SYNTHETIC);
                out.add(new Stmt.Repeat(first, times, replay, step, plan.start(loop)));
            } else {
                out.add(new Stmt.Repeat(new Var("k", Var.Role.SYNTHETIC, Type.INT), times, replay, null, null));
            }
        }
    }

    /**
     * The adjoint of one iteration of a fused loop, to run right after its primal: it overwrote nothing, so the
     * branch conditions are evaluated again instead of read from the tape.
     */
    List<Stmt> iteration(Stmt.While loop) {
        conditionsHold = true;
        try {
            return backward(loop.body());
        } finally {
            conditionsHold = false;
        }
    }

    private void backwardAssign(Stmt.Assign assign, List<Stmt> out) {
        Var var = assign.var();
        Expr value = assign.value();
        if (!activity.isActive(var)) {
            restore(assign, out);
            return;
        }
        if (value instanceof Expr.Call call && call.callee().kind() != Callee.Kind.RULE) {
            call(assign, call, out);
            return;
        }
        if (var.type().isArray()) {
            if (value instanceof Expr.Ref source && activity.isActive(source)) {
                // v = t (a copy of a reference, as an early return or v = g(v) makes): t's adjoint gets v's.
                out.add(new Stmt.RuntimeCall(RuntimeOp.ADD_OUT, List.of(new Expr.Ref(adjoints.of(var)), adjoints.of(source),
                        Expr.Const.ofInt(0))));
            }
            restore(assign, out);
            return;
        }
        Expr bar = new Expr.Ref(adjoints.of(var));
        boolean unbounded = unboundedAdjoints.contains(var);
        if (value instanceof Expr.Apply apply && apply.args().contains(new Expr.Ref(var))) {
            // v = f(v, u): restore the old v first, then u gets its share and v's adjoint is rescaled.
            restore(assign, out);
            List<Expr> partials = Chain.partials(apply, new Expr.Ref(var));
            boolean anyUnbounded = Chain.unbounded(apply) || unbounded;
            Expr selfPartial = null;
            for (int i = 0; i < apply.args().size(); i++) {
                Expr arg = apply.args().get(i);
                if (arg.equals(new Expr.Ref(var))) {
                    selfPartial = selfPartial == null ? partials.get(i)
                            : Expr.Apply.of(Primitive.ADD, selfPartial, partials.get(i));
                } else if (activity.isActive(arg)) {
                    contribute(arg, Chain.times(bar, partials.get(i), anyUnbounded), anyUnbounded, out);
                }
            }
            if (!(selfPartial instanceof Expr.Const c && c.is(1))) {
                out.add(new Stmt.Assign(adjoints.of(var), Chain.times(bar, selfPartial, anyUnbounded)));
            }
            return;
        }
        if (value instanceof Expr.Apply || value instanceof Expr.Call) {
            List<Expr> args = value instanceof Expr.Apply apply ? apply.args() : ((Expr.Call) value).args();
            List<Expr> partials = value instanceof Expr.Apply apply ? Chain.partials(apply, new Expr.Ref(var))
                    : Chain.partials((Expr.Call) value);
            boolean anyUnbounded = (value instanceof Expr.Apply apply && Chain.unbounded(apply)) || unbounded;
            for (Map.Entry<Expr, Expr> operand : Chain.byOperand(args, partials).entrySet()) {
                if (activity.isActive(operand.getKey())) {
                    contribute(operand.getKey(), Chain.times(bar, operand.getValue(), anyUnbounded), anyUnbounded,
                            out);
                }
            }
        } else if (activity.isActive(value)) {
            contribute(value, bar, unbounded, out);
        }
        if (saves.isReassigned(var)) {
            out.add(new Stmt.Assign(adjoints.of(var), Expr.Const.of(0)));
        }
        restore(assign, out);
    }

    /**
     * {@code v = g(a, x)} of a differentiated callee, backward: {@code gVjp(a, x, vBar, aCell, xBar)} accumulates
     * into the caller's adjoints directly for arrays and through tape cells for scalars; zeros stand in where an
     * argument has no adjoint.
     */
    private void call(Stmt.Assign assign, Expr.Call call, List<Stmt> out) {
        Var var = assign.var();
        List<Expr> args = new ArrayList<>(call.args());
        args.add(new Expr.Ref(adjoints.of(var)));
        Map<Integer, Var> cells = new java.util.LinkedHashMap<>();
        for (int i = 0; i < call.args().size(); i++) {
            if (!call.callee().differentiable().get(i)) {
                continue;
            }
            Expr arg = call.args().get(i);
            if (arg.type() == Type.DOUBLE) {
                Var cell = Var.derivative("cell", Var.Role.SYNTHETIC, Type.DOUBLE_ARRAY);
                out.add(new Stmt.Assign(cell, new Expr.Cell()));
                cells.put(i, cell);
                args.add(new Expr.Ref(cell));
            } else {
                args.add(activity.isActive(arg) ? adjointArray(arg) : CallArguments.zeroLike(arg));
            }
        }
        out.add(new Stmt.Evaluate(new Expr.Derivative(call.callee(), Expr.Mode.VJP, args, call.callee().result())));
        cells.forEach((i, cell) -> {
            if (activity.isActive(call.args().get(i))) {
                contribute(call.args().get(i), new Expr.Element(new Expr.Ref(cell), Expr.Const.ofInt(0)), false, out);
            }
        });
        if (!cells.isEmpty()) {
            out.add(new Stmt.Release(cells.size()));
        }
        if (var.type() == Type.DOUBLE && saves.isReassigned(var)) {
            out.add(new Stmt.Assign(adjoints.of(var), Expr.Const.of(0)));
        }
        restore(assign, out);
    }

    /** The adjoint of an array argument: {@code xBar} for {@code x}, {@code wBar[i]} for a row {@code w[i]}. */
    private Expr adjointArray(Expr arg) {
        return arg instanceof Expr.Element element ? adjoints.element(element) : adjoints.of(arg);
    }

    private void backwardStore(Stmt.Store store, List<Stmt> out) {
        Var array = store.target().root();
        if (activity.isActive(array)) {
            Expr.Element bar = adjoints.element(store.target());
            if (activity.isActive(store.value())) {
                contribute(store.value(), bar, unboundedAdjoints.contains(array), out);
            }
            out.add(new Stmt.Store(bar, Expr.Const.of(0)));
        }
        if (saves.mustSaveElements(array)) {
            out.add(new Stmt.Store(store.target(), new Expr.Pop(Type.DOUBLE)));
        }
    }

    /** Pops back the value an assignment overwrote and, for an active array, the adjoint of the array it held. */
    private void restore(Stmt.Assign assign, List<Stmt> out) {
        Var var = assign.var();
        if (plan.restoresAdjoint(assign)) {
            out.add(new Stmt.Assign(adjoints.of(var), new Expr.Pop(var.type())));
        }
        if (plan.restores(assign)) {
            out.add(new Stmt.Assign(var, new Expr.Pop(var.type())));
        }
    }

    /** {@code atomBar += amount}: every contribution accumulates; a general pass turns a first one into {@code =}. */
    void contribute(Expr atom, Expr amount, boolean unbounded, List<Stmt> out) {
        if (atom instanceof Expr.Element element) {
            if (unbounded) {
                unboundedAdjoints.add(element.root());
            }
            out.add(new Stmt.Accumulate(adjoints.element(element), amount));
            return;
        }
        Var var = ((Expr.Ref) atom).var();
        if (unbounded) {
            unboundedAdjoints.add(var);
        }
        if (adjoints.isScalarParameter(var)) {
            out.add(new Stmt.Accumulate(new Expr.Element(new Expr.Ref(adjoints.of(var)), Expr.Const.ofInt(0)), amount));
            return;
        }
        out.add(new Stmt.Accumulate(new Expr.Ref(adjoints.of(var)), amount));
    }
}
