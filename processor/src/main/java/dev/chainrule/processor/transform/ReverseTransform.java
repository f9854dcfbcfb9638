package dev.chainrule.processor.transform;

import dev.chainrule.processor.analysis.Activity;
import dev.chainrule.processor.analysis.Mentions;
import dev.chainrule.processor.analysis.Recomputation;
import dev.chainrule.processor.analysis.Refs;
import dev.chainrule.processor.analysis.Saves;
import dev.chainrule.processor.analysis.Statements;
import dev.chainrule.processor.ir.Callee;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Operator;
import dev.chainrule.processor.ir.Param;
import dev.chainrule.processor.ir.Primal;
import dev.chainrule.processor.ir.Primitive;
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
 * Reverse (adjoint) mode in Tapenade's form. The forward sweep runs the primal, pushing on the tape only what the
 * backward sweep needs and an assignment is about to overwrite ({@link Saves}), the branch taken by each active
 * {@code if}, and the trip count of each active loop. The backward sweep then walks the body in reverse: it replays
 * loops by their counts and branches by their bits, and for each active statement accumulates adjoints with
 * {@code +=} and pops back the values the statement overwrote. Adjoints of differentiable parameters accumulate into
 * caller arrays ({@code pBar[0] += ...} for a scalar), so a caller can sum over many calls without allocating.
 */
public final class ReverseTransform {
    private final Activity activity;
    private final Saves saves;
    private final Map<Var, Var> adjoints = new HashMap<>();
    private final Set<Var> scalarParameters = new HashSet<>();
    /** Variables whose adjoint may be infinite at some point: products with it need the strong zero. */
    private final Set<Var> unboundedAdjoints = new HashSet<>();
    /** Local adjoints known to be zero at the current point of the block being swept backward. */
    private final Set<Var> zeroAtTop = new HashSet<>();
    /** Local adjoints written in the block being swept: after it, they are no longer known zero outside. */
    private final Set<Var> touched = new HashSet<>();
    /** How many backward loops enclose the current point. */
    private int loopDepth;
    /** How many loops enclose the current point of the forward sweep. */
    private int forwardLoopDepth;
    /**
     * Counted loops whose counter starts from a value the backward sweep can evaluate again ({@code i = 0} just
     * before the loop), with that value; their counter's initial assignments need no saving.
     */
    private final Map<Stmt.While, Expr> loopStarts = new java.util.IdentityHashMap<>();
    private final Set<Stmt> replayedStarts = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Loops not inside another loop: they run at most once per call. */
    private final Set<Stmt.While> topLevelLoops = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** The trip counts kept in locals, of loops that run at most once per call. */
    private final Map<Stmt.While, Var> tripCounts = new java.util.IdentityHashMap<>();
    /** Local adjoints that have appeared anywhere in the backward sweep so far. */
    private final Set<Var> seen = new HashSet<>();

    /** How often each variable is mentioned in the whole structured body. */
    private final Map<Var, Integer> mentions;
    private final Recomputation recomputation;
    /** Where, in a loop's backward iteration, its recomputed locals are redone: after the counter is restored. */
    private final Map<Stmt, List<Stmt.Assign>> recomputePoints = new java.util.IdentityHashMap<>();

    private ReverseTransform(Activity activity, Saves saves, Map<Var, Integer> mentions,
            Recomputation recomputation) {
        this.activity = activity;
        this.saves = saves;
        this.mentions = mentions;
        this.recomputation = recomputation;
    }

    public static Function apply(Primal primal, String name) {
        List<Stmt> body = StructuredExits.apply(primal.body(), primal.result());
        // Activity of the structured body: it has the flags and the result variable the rewrite introduced.
        Activity activity = Activity.of(new Primal(primal.name(), primal.params(), primal.wrt(), primal.result(), body));
        Saves saves = Saves.of(body, activity);
        ReverseTransform transform = new ReverseTransform(activity, saves, Mentions.count(body),
                Recomputation.of(body, saves));
        transform.findLoopStarts(body, 0);
        return transform.transform(primal, body, name);
    }

    private Function transform(Primal primal, List<Stmt> structured, String name) {
        List<Param> params = new ArrayList<>();
        for (Var param : primal.params()) {
            params.add(new Param(param));
        }
        Var seed = new Var("seed", Var.Role.PARAMETER, primal.result());
        params.add(new Param(seed));
        List<Stmt> checks = new ArrayList<>();
        for (Var param : primal.wrt()) {
            Var bar = Var.companion(param, "Bar", Var.Role.PARAMETER);
            adjoints.put(param, bar);
            if (param.type() == Type.DOUBLE) {
                scalarParameters.add(param);
                params.add(new Param(bar, Type.DOUBLE_ARRAY));
            } else {
                params.add(new Param(bar));
                checks.add(sameShape(bar, new Expr.Ref(param)));
            }
        }
        List<Stmt> primalBody = structured.subList(0, structured.size() - 1);
        Expr result = ((Stmt.Return) structured.get(structured.size() - 1)).values().get(0);

        boolean vector = primal.result() == Type.DOUBLE_ARRAY;
        List<Stmt> body = new ArrayList<>(checks);
        if (vector) {
            // The seed's length is the result's, known after the forward sweep: a mismatch rewinds to here.
            body.add(new Stmt.Evaluate(new Expr.Invoke("tape", "mark", List.of(), Type.DOUBLE)));
        }
        body.addAll(forward(primalBody));
        if (vector) {
            body.add(new Stmt.Evaluate(new Expr.Invoke("tape", "checkSeed", List.of(new Expr.Ref(seed), result),
                    Type.DOUBLE)));
        }
        // The backward sweep restores what it saved: keep the result aside if it may be among that.
        Expr returned = result;
        // An array result may be (an alias of) any array whose elements the backward sweep restores.
        boolean restored = result instanceof Expr.Element || result instanceof Expr.Ref ref
                && (ref.var().type().isArray() ? restoresElements(structured) : saves.mustSave(ref.var()));
        if (restored) {
            Var value = new Var("value", Var.Role.SYNTHETIC, primal.result());
            body.add(new Stmt.Assign(value, vector ? new Expr.Clone(result) : result));
            returned = new Expr.Ref(value);
        }
        if (activity.isActive(result)) {
            if (!vector) {
                contribute(result, new Expr.Ref(seed), false, body);
            } else {
                body.add(new Stmt.Call("Flat", "addOut", List.of(new Expr.Ref(seed), adjointOf(result),
                        Expr.Const.ofInt(0))));
            }
        }
        body.addAll(ElementAdjoints.coalesce(backward(primalBody)));
        body.add(new Stmt.Return(List.of(returned)));
        Function.Result type = primal.result() == Type.DOUBLE ? Function.Result.DOUBLE : Function.Result.DOUBLE_ARRAY;
        return new Function(name, params, body, type);
    }

    /**
     * True for a counted loop, run once per call, that starts from a value the backward sweep can evaluate again and
     * whose counter nothing else assigns: when the backward sweep reaches it, the counter still holds where the loop
     * stopped, so it runs back from there to the start without a trip count.
     */
    private boolean endsWhereItStopped(Stmt.While loop) {
        Var counter = Counters.isCanonical(loop) ? ((Stmt.Assign) loop.update().get(0)).var() : null;
        return counter != null && loopStarts.containsKey(loop) && topLevelLoops.contains(loop)
                && saves.assignments(counter) == 2;
    }

    /** True when the backward sweep writes old values back into some array's elements. */
    private boolean restoresElements(List<Stmt> body) {
        return Statements.all(body).stream().anyMatch(located -> located.stmt() instanceof Stmt.Store store
                && saves.mustSaveElements(store.target().root()));
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
            if (saves.mustSave(assign) && !recomputation.isRecomputed(assign) && !replayedStarts.contains(assign)) {
                out.add(new Stmt.Push(new Expr.Ref(var)));
                if (var.type().isArray() && activity.isActive(var)) {
                    out.add(new Stmt.Push(new Expr.Ref(adjoint(var))));
                }
            }
            out.add(assign);
            if (var.type().isArray() && activity.isActive(var)) {
                Expr zeros = assign.value() instanceof Expr.NewArray ? assign.value() : CallArguments.zeroLike(
                        new Expr.Ref(var));
                out.add(new Stmt.Assign(adjoint(var), zeros));
            }
        } else if (stmt instanceof Stmt.Store store) {
            if (saves.mustSaveElements(store.target().root())) {
                out.add(new Stmt.Push(store.target()));
            }
            out.add(store);
        } else if (stmt instanceof Stmt.If ifStmt && involved(ifStmt)) {
            List<Stmt> then = forward(ifStmt.then());
            then.add(new Stmt.Push(Expr.Const.ofBoolean(true)));
            List<Stmt> otherwise = forward(ifStmt.otherwise());
            otherwise.add(new Stmt.Push(Expr.Const.ofBoolean(false)));
            out.add(new Stmt.If(ifStmt.condition(), then, otherwise));
        } else if (stmt instanceof Stmt.While loop && involved(loop)) {
            boolean counted = !endsWhereItStopped(loop);
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
            if (loop.header().stream().anyMatch(this::involved)) {
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
                tripCounts.put(loop, count);
            } else {
                out.add(new Stmt.Push(new Expr.Ref(count)));
            }
        } else {
            out.add(stmt);
        }
    }

    /** True when a statement has anything for the backward sweep: an active assignment or a saved value. */
    private boolean involved(Stmt stmt) {
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

    // ---------------------------------------------------------------- backward sweep

    private List<Stmt> backward(List<Stmt> statements) {
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
        } else if (stmt instanceof Stmt.If ifStmt && involved(ifStmt)) {
            out.add(new Stmt.If(new Expr.Pop(Type.BOOLEAN), nested(ifStmt.then()), nested(ifStmt.otherwise())));
        } else if (stmt instanceof Stmt.While loop && involved(loop)) {
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
            Var count = tripCounts.get(loop);
            Expr times = endsWhereItStopped(loop) ? null : count != null ? new Expr.Ref(count)
                    : new Expr.Pop(Type.INT);
            List<Stmt> replay = nested(iteration, assignedAtTop(loop.body()), true);
            if (canonical) {
                // The counter i = i + c runs back by arithmetic, from its last value to its first: no tape.
                Stmt.Assign step = (Stmt.Assign) loop.update().get(0);
                Var first = Var.companion(step.var(), "First", Var.Role.SYNTHETIC);
                out.add(new Stmt.Repeat(first, times, replay, step, loopStarts.get(loop)));
            } else {
                out.add(new Stmt.Repeat(new Var("k", Var.Role.SYNTHETIC, Type.INT), times, replay, null, null));
            }
        }
    }

    /** The backward sweep of a branch, where no local adjoint is known to be zero on entry. */
    private List<Stmt> nested(List<Stmt> statements) {
        return nested(statements, Set.of(), false);
    }

    /**
     * The backward sweep of a nested body. {@code zeroOnEntry} are the variables whose adjoints are zero whenever
     * the body's backward sweep starts: a loop body's unconditional locals, reset after every iteration.
     */
    private List<Stmt> nested(List<Stmt> statements, Set<Var> zeroOnEntry, boolean loop) {
        Set<Var> outerZero = new HashSet<>(zeroAtTop);
        Set<Var> outerTouched = new HashSet<>(touched);
        zeroAtTop.clear();
        zeroAtTop.addAll(zeroOnEntry);
        touched.clear();
        loopDepth += loop ? 1 : 0;
        try {
            return backward(statements);
        } finally {
            loopDepth -= loop ? 1 : 0;
            outerZero.removeAll(touched);
            zeroAtTop.clear();
            zeroAtTop.addAll(outerZero);
            touched.addAll(outerTouched);
        }
    }

    /**
     * The locals of a loop body whose adjoints are zero each time an iteration's backward sweep starts: used only
     * inside the body, and first assigned (not updated in place) at its top level, so no value flows between
     * iterations and the backward sweep of the assignment resets the adjoint.
     */
    private Set<Var> assignedAtTop(List<Stmt> body) {
        Set<Var> vars = new HashSet<>();
        Set<Var> seenInBody = new HashSet<>();
        for (Stmt stmt : body) {
            if (stmt instanceof Stmt.Assign assign && assign.var().type() == Type.DOUBLE
                    && !seenInBody.contains(assign.var()) && activity.isActive(assign.var())
                    && saves.isReassigned(assign.var()) && !Refs.in(assign.value()).contains(assign.var())
                    && mentions.get(assign.var()).equals(Mentions.count(body).get(assign.var()))) {
                vars.add(assign.var());
            }
            Statements.all(List.of(stmt)).forEach(located -> seenInBody.addAll(Mentions.of(located.stmt())));
        }
        return vars;
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
                out.add(new Stmt.Call("Flat", "addOut", List.of(new Expr.Ref(adjoint(var)), adjointOf(source),
                        Expr.Const.ofInt(0))));
                clearIfReused(assign, out);
            }
            restore(assign, out);
            return;
        }
        Expr bar = new Expr.Ref(adjoint(var));
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
                out.add(new Stmt.Assign(adjoint(var), Chain.times(bar, selfPartial, anyUnbounded)));
                zeroAtTop.remove(var);
                touched.add(var);
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
            out.add(new Stmt.Assign(adjoint(var), Expr.Const.of(0)));
            zeroAtTop.add(var);
            touched.add(var);
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
        args.add(new Expr.Ref(adjoint(var)));
        Map<Integer, Var> cells = new java.util.LinkedHashMap<>();
        for (int i = 0; i < call.args().size(); i++) {
            if (!call.callee().differentiable().get(i)) {
                continue;
            }
            Expr arg = call.args().get(i);
            if (arg.type() == Type.DOUBLE) {
                Var cell = new Var("cell", Var.Role.SYNTHETIC, Type.DOUBLE_ARRAY);
                out.add(new Stmt.Assign(cell, new Expr.Cell()));
                cells.put(i, cell);
                args.add(new Expr.Ref(cell));
            } else {
                args.add(activity.isActive(arg) ? adjointArray(arg) : CallArguments.zeroLike(arg));
            }
        }
        out.add(new Stmt.Evaluate(new Expr.Invoke(call.callee().derivatives(), call.callee().name() + "Vjp",
                args, call.callee().result())));
        cells.forEach((i, cell) -> {
            if (activity.isActive(call.args().get(i))) {
                contribute(call.args().get(i), new Expr.Element(new Expr.Ref(cell), Expr.Const.ofInt(0)), false, out);
            }
        });
        if (!cells.isEmpty()) {
            out.add(new Stmt.Release(cells.size()));
        }
        if (var.type() == Type.DOUBLE && saves.isReassigned(var)) {
            out.add(new Stmt.Assign(adjoint(var), Expr.Const.of(0)));
            zeroAtTop.add(var);
            touched.add(var);
        } else if (var.type().isArray()) {
            clearIfReused(assign, out);
        }
        restore(assign, out);
    }

    /**
     * Zeroes an array's adjoint once its assignment has passed it on, when the array variable is assigned again (in
     * a loop) and its adjoint array is not restored from the tape: the next backward iteration starts from zero.
     */
    private void clearIfReused(Stmt.Assign assign, List<Stmt> out) {
        if (saves.isReassigned(assign.var()) && !saves.mustSave(assign)) {
            out.add(new Stmt.Call("Flat", "clear", List.of(new Expr.Ref(adjoint(assign.var())))));
        }
    }

    /** The adjoint of an array argument: {@code xBar} for {@code x}, {@code wBar[i]} for a row {@code w[i]}. */
    private Expr adjointArray(Expr arg) {
        return arg instanceof Expr.Element element ? adjointElement(element) : adjointOf(arg);
    }

    private void backwardStore(Stmt.Store store, List<Stmt> out) {
        Var array = store.target().root();
        if (activity.isActive(array)) {
            Expr.Element bar = adjointElement(store.target());
            if (activity.isActive(store.value())) {
                contribute(store.value(), bar, unboundedAdjoints.contains(array), out);
            }
            out.add(new Stmt.Store(bar, Expr.Const.of(0)));
        }
        if (saves.mustSaveElements(array)) {
            out.add(new Stmt.Store(store.target(), new Expr.Pop(Type.DOUBLE)));
        }
    }

    /** Pops back the value an assignment overwrote (and, for an active array, its adjoint array). */
    private void restore(Stmt.Assign assign, List<Stmt> out) {
        Var var = assign.var();
        if (!saves.mustSave(assign) || recomputation.isRecomputed(assign) || replayedStarts.contains(assign)) {
            return;
        }
        if (var.type().isArray() && activity.isActive(var)) {
            out.add(new Stmt.Assign(adjoint(var), new Expr.Pop(var.type())));
        }
        out.add(new Stmt.Assign(var, new Expr.Pop(var.type())));
    }

    /**
     * {@code atomBar += amount}. At the top level of the backward sweep the first contribution to a local's adjoint
     * assigns it instead, which reads as the chain rule a person would write.
     */
    private void contribute(Expr atom, Expr amount, boolean unbounded, List<Stmt> out) {
        if (atom instanceof Expr.Element element) {
            if (unbounded) {
                unboundedAdjoints.add(element.root());
            }
            out.add(new Stmt.Accumulate(adjointElement(element), amount));
            return;
        }
        Var var = ((Expr.Ref) atom).var();
        if (unbounded) {
            unboundedAdjoints.add(var);
        }
        if (scalarParameters.contains(var)) {
            out.add(new Stmt.Accumulate(new Expr.Element(new Expr.Ref(adjoint(var)), Expr.Const.ofInt(0)), amount));
            return;
        }
        Var bar = adjoint(var);
        // Never written before, outside any loop, it still holds its initial zero.
        boolean firstEver = seen.add(var) && loopDepth == 0;
        if (firstEver || zeroAtTop.contains(var)) {
            out.add(new Stmt.Assign(bar, amount));
        } else {
            out.add(new Stmt.Accumulate(new Expr.Ref(bar), amount));
        }
        zeroAtTop.remove(var);
        touched.add(var);
    }

    /** {@code Checks.sameShape("xBar", xBar, x, "x")}: an adjoint array has its primal's shape. */
    private static Stmt sameShape(Var array, Expr like) {
        String likeName = like instanceof Expr.Ref ref ? ref.var().hint() : "the result";
        return new Stmt.Call("Checks", "sameShape", List.of(new Expr.Text(array.base() == null ? array.hint()
                : array.base().hint() + array.hint()), new Expr.Ref(array), like, new Expr.Text(likeName)));
    }

    private Var adjoint(Var var) {
        return adjoints.computeIfAbsent(var, v -> Var.companion(v, "Bar", Var.Role.SYNTHETIC));
    }

    private Expr adjointOf(Expr atom) {
        return new Expr.Ref(adjoint(((Expr.Ref) atom).var()));
    }

    /** {@code aBar[i][j]} for {@code a[i][j]}. */
    private Expr.Element adjointElement(Expr.Element element) {
        Expr array = element.array() instanceof Expr.Element inner
                ? adjointElement(inner)
                : new Expr.Ref(adjoint(element.root()));
        return new Expr.Element(array, element.index());
    }
}
