package dev.chainrule.processor.transform;

import dev.chainrule.processor.analysis.Activity;
import dev.chainrule.processor.analysis.Dependence;
import dev.chainrule.processor.analysis.OperationCounts;
import dev.chainrule.processor.analysis.Refs;
import dev.chainrule.processor.analysis.Statements;
import dev.chainrule.processor.ir.Callee;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Param;
import dev.chainrule.processor.ir.Primal;
import dev.chainrule.processor.ir.RuntimeOp;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import dev.chainrule.processor.rules.Rules;
import dev.chainrule.rules.Primitive;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Forward (tangent) mode, the one transform that computes tangents: the code with a tangent {@code vDot} computed
 * beside every statement that assigns a value with one, control flow unchanged. Applied to a user's method it gives
 * the Jacobian-vector product ({@link #apply}); applied to that method's generated reverse mode it gives the
 * Hessian-vector product ({@link #secondOrder}), forward over reverse. Each parameter with a tangent is followed by it
 * ({@code p, pDot}, Tapenade's convention); the function returns value and tangent.
 *
 * <p>Reverse code has constructs the primal lacks, each with its tangent here: expression trees in adjoint statements
 * (their partial derivatives differentiated through the same rule table), accumulations, runtime calls that are linear
 * in their arrays, and the tape: each saved {@code double} or array is saved with its tangent and restored with it;
 * a called method's reverse mode becomes its forward over reverse.
 *
 * <p>In vector mode (Tapenade's {@code _dv}) the caller passes one tangent per direction ({@code pDot[dir]}, so a
 * {@code double[]} parameter's tangents are a {@code double[][]}) and the primal and the partial derivatives are shared
 * by the directions, only the products with the tangents repeated. Most bodies run once per block of four directions,
 * each tangent a local per direction of the block ({@link DirectionBlocks}); a body that cannot run twice keeps every
 * tangent in an array indexed by the direction, each tangent statement a loop over the directions.
 */
public final class ForwardTransform {
    /** Which variables carry a tangent. */
    private final Predicate<Var> active;
    /**
     * True for forward over reverse: the values differentiated there are first derivatives, which the policy allows to
     * be infinite (vertical tangents), so every product with a tangent goes through the strong zero.
     */
    private final boolean strongProducts;
    /** The called methods with a forward over reverse, by the name generated code calls them ({@link CallFree#key}). */
    private final Predicate<String> hasSecondOrder;
    private final Map<Var, Var> tangents = new HashMap<>();
    /** Variables whose tangent may be infinite at some point: products with it need the strong zero. */
    private final Set<Var> unboundedTangents = new HashSet<>();
    /** In vector mode, the loops over the directions; null in scalar mode. */
    private final Directions directions;
    /**
     * In the straight stretch being transformed, the variables {@code u} assigned {@code c * v} (a constant times an
     * active variable) with neither assigned since: {@code u → v}.
     */
    private final Map<Var, Var> scaled = new HashMap<>();

    private ForwardTransform(Predicate<Var> active, boolean strongProducts, Predicate<String> hasSecondOrder,
            boolean vector) {
        this.active = active;
        this.strongProducts = strongProducts;
        this.hasSecondOrder = hasSecondOrder;
        this.directions = vector ? new Directions("directions", "dir") : null;
    }

    /** The forward mode of a user's method, with one tangent per value. */
    public static Function apply(Primal primal, Activity activity, String name) {
        return new ForwardTransform(activity::isActive, false, callee -> false, false).transform(primal, name);
    }

    /**
     * A vector forward function and the operations of its sweep, shared by its directions and per direction, which
     * the runtime's cost model starts from.
     */
    public record Vector(Function function, OperationCounts.Counts counts) {
    }

    /**
     * The vector forward mode: as many tangents per value as the caller passes directions. A body that can run again
     * unchanged runs once per block of directions with a local per tangent and direction ({@link DirectionBlocks}),
     * built from {@code scalar}, the one-direction forward mode as the passes left it, unless that makes the method
     * too big for the JIT; any other body runs once, with a loop over the directions beside each straight stretch of
     * it. {@code primalOps} and {@code tangentOps} are the operations of the primal and of {@code scalar}.
     */
    public static Vector applyVector(Primal primal, Activity activity, Function scalar, String name, int primalOps,
            int tangentOps) {
        if (DirectionBlocks.applies(primal)) {
            Map<Var, Var> tangentParams = new HashMap<>();
            List<Param> params = scalar.params();
            for (int i = 0; i + 1 < params.size(); i++) {
                if (primal.wrt().contains(params.get(i).var())) {
                    tangentParams.put(params.get(i).var(), params.get(i + 1).var());
                }
            }
            // Per lane: what reads a tangent, including what the passes introduced (a common part of two tangents).
            Set<Var> readsTangents = Dependence.of(scalar.body(), new HashSet<>(tangentParams.values()), e -> false);
            Function blocks = DirectionBlocks.apply(primal, scalar, tangentParams::get,
                    v -> isTangent(v) || readsTangents.contains(v) || v.type() == Type.DUAL
                            || v.type() == Type.DUAL_VECTOR, name);
            if (DirectionBlocks.fits(blocks)) {
                return new Vector(blocks, DirectionBlocks.counts(primalOps, tangentOps));
            }
        }
        Function loops = new ForwardTransform(activity::isActive, false, callee -> false, true).transform(primal, name);
        return new Vector(loops, OperationCounts.of(loops.body()));
    }

    /**
     * The forward over reverse of {@code reverse}, a generated reverse mode whose parameters in {@code constants}
     * (those of the original method that are not differentiated) get no tangent: along {@code xDot} the adjoint
     * {@code xBar += seed·∇f} gains its tangent {@code xBarDot += seed·∇²f·xDot + seedDot·∇f}. The code may call
     * other differentiated methods that {@code hasSecondOrder} says get one too (their {@code Jvp} gives the tangent
     * of a value they return, their {@code Hvp} the tangent of their reverse mode); empty when it calls anything else.
     */
    public static Optional<Function> secondOrder(Function reverse, Set<Var> constants,
            Predicate<String> hasSecondOrder, String name) {
        if (!CallFree.is(reverse.body(), hasSecondOrder)) {
            return Optional.empty();
        }
        Set<Var> sources = new HashSet<>();
        for (Param param : reverse.params()) {
            if (!constants.contains(param.var()) && param.type().isDifferentiable()) {
                sources.add(param.var());
            }
        }
        for (Statements.Located located : Statements.all(reverse.body())) {
            if (located.stmt() instanceof Stmt.Evaluate evaluate && evaluate.expr() instanceof Expr.Derivative call) {
                // The adjoints a called reverse mode accumulates into (after its arguments and seed) depend on it.
                call.args().subList(call.callee().params().size() + 1, call.args().size()).forEach(arg -> {
                    if (arg instanceof Expr.Ref ref) {
                        sources.add(ref.var());
                    }
                });
            }
        }
        Set<Var> dependent = Dependence.of(reverse.body(), sources,
                value -> restores(value) || value instanceof Expr.Cell);
        return Optional.of(new ForwardTransform(dependent::contains, true, hasSecondOrder, false)
                .transformReverse(reverse, sources, name));
    }

    private Function transform(Primal primal, String name) {
        List<Param> params = new ArrayList<>();
        List<Var> tangentParams = new ArrayList<>();
        for (Var param : primal.params()) {
            params.add(new Param(param));
            if (primal.wrt().contains(param)) {
                Var dot = tangentOf(param, Var.Role.PARAMETER);
                tangentParams.add(dot);
                params.add(new Param(dot));
            }
        }
        List<Stmt> body = block(primal.body());
        boolean scalar = primal.result() == Type.DOUBLE;
        if (directions == null) {
            return new Function(name, params, body, scalar ? Function.Result.DUAL : Function.Result.DUAL_VECTOR);
        }
        Set<Var> localized = new HashSet<>();
        List<Stmt> loops = DirectionLoops.localize(DirectionLoops.fuse(body), directions.scalarTangents(),
                t -> Var.companion(t.base(), "Dot", Var.Role.SYNTHETIC, Type.DOUBLE), localized);
        List<String> names = tangentParams.stream().map(Var::plainName).toList();
        List<Stmt> prologue = directions.prologue(tangentParams, names, localized);
        prologue.addAll(loops);
        return new Function(name, params, prologue, scalar ? Function.Result.DUALS : Function.Result.DUAL_VECTORS);
    }

    private Function transformReverse(Function reverse, Set<Var> sources, String name) {
        List<Param> params = new ArrayList<>();
        List<Stmt> body = new ArrayList<>();
        for (Param param : reverse.params()) {
            params.add(param);
            if (sources.contains(param.var())) {
                Var dot = Var.companion(param.var(), "Dot", Var.Role.PARAMETER, param.type());
                tangents.put(param.var(), dot);
                params.add(new Param(dot));
                if (param.type().isArray()) {
                    body.add(new Stmt.RuntimeCall(RuntimeOp.SAME_SHAPE, List.of(new Expr.Text(dot.plainName()),
                            new Expr.Ref(dot), new Expr.Ref(param.var()), new Expr.Text(param.var().plainName()))));
                }
            }
        }
        body.addAll(block(reverse.body()));
        Function.Result result = reverse.result() == Function.Result.DOUBLE ? Function.Result.DUAL
                : Function.Result.DUAL_VECTOR;
        return new Function(name, params, body, result);
    }

    private Var tangentOf(Var var, Var.Role role) {
        return tangents.computeIfAbsent(var, v -> {
            Var dot = directions == null ? Var.companion(v, "Dot", role)
                    : Var.companion(v, "Dot", role, v.type().lifted());
            if (directions != null) {
                directions.addTangent(dot);
            }
            return dot;
        });
    }

    private List<Stmt> block(List<Stmt> statements) {
        // What holds before a nested body or after a compound statement is not tracked.
        scaled.clear();
        List<Stmt> out = Nested.block(statements, this::statement);
        scaled.clear();
        return out;
    }

    private void statement(Stmt stmt, List<Stmt> out) {
        // Nested bodies are transformed in place; a compound statement matches none of the cases before this one.
        Stmt compound = Nested.map(stmt, this::block);
        if (stmt instanceof Stmt.Assign assign) {
            assign(assign, out);
        } else if (stmt instanceof Stmt.Store store) {
            store(store, out);
        } else if (stmt instanceof Stmt.Accumulate accumulate) {
            if (isActive(accumulate.target())) {
                Expr tangent = tangentOf(accumulate.value(), null).expr();
                if (!isZero(tangent)) {
                    out.add(new Stmt.Accumulate(tangentOfAtom(accumulate.target()), tangent));
                }
            }
            out.add(accumulate);
        } else if (stmt instanceof Stmt.Push push) {
            out.add(push);
            // Every saved double or array is saved with its tangent (zero for a constant): pops take both back.
            if (push.value().type() == Type.DOUBLE) {
                out.add(new Stmt.Push(tangentOf(push.value(), null).expr()));
            } else if (push.value().type().isArray()) {
                out.add(new Stmt.Push(tangentOrZero(push.value())));
            }
        } else if (stmt instanceof Stmt.Evaluate evaluate && evaluate.expr() instanceof Expr.Derivative call
                && call.mode() == Expr.Mode.VJP) {
            out.add(new Stmt.Evaluate(secondOrderCall(call)));
        } else if (stmt instanceof Stmt.Evaluate evaluate && restores(evaluate.expr())) {
            // A value not needed any more comes off the tape with its tangent.
            out.add(evaluate);
            out.add(evaluate);
        } else if (stmt instanceof Stmt.Release release) {
            // Every cell came with a tangent cell.
            out.add(new Stmt.Release(2 * release.count()));
        } else if (stmt instanceof Stmt.RuntimeCall call && call.op() == RuntimeOp.ADD_OUT) {
            // Linear in the array it adds: the same call adds the tangents.
            out.add(call);
            if (isActive(call.args().get(1))) {
                out.add(new Stmt.RuntimeCall(call.op(), List.of(tangentOrZero(call.args().get(0)),
                        tangentOfAtom(call.args().get(1)), call.args().get(2))));
            }
        } else if (compound != null) {
            out.add(compound);
        } else if (stmt instanceof Stmt.Return ret) {
            Expr value = ret.values().get(0);
            out.add(new Stmt.Return(List.of(value, tangentOfResult(value, out))));
        } else {
            out.add(stmt);
        }
    }

    private void assign(Stmt.Assign assign, List<Stmt> out) {
        Var var = assign.var();
        Expr value = assign.value();
        scaled.values().removeIf(var::equals);
        scaled.remove(var);
        if (!active.test(var)) {
            out.add(assign);
            return;
        }
        Var dot = tangentOf(var, Var.Role.SYNTHETIC);
        if (value instanceof Expr.Call call && call.callee().kind() != Callee.Kind.RULE) {
            call(assign, call, dot, out);
        } else if (value instanceof Expr.Cell) {
            // A called reverse mode's scalar adjoint comes back in a cell; its tangent in a cell of its own.
            out.add(assign);
            out.add(new Stmt.Assign(dot, value));
        } else if (restores(value)) {
            // Pushed value first, then its tangent: the tangent comes off first.
            out.add(new Stmt.Assign(dot, value));
            out.add(assign);
        } else if (var.type().isArray()) {
            out.add(assign);
            out.add(new Stmt.Assign(dot, arrayTangent(var, value)));
        } else {
            // The tangent of an assignment that reads its own variable reads the old value: it goes first.
            boolean inPlace = Refs.in(value).contains(var);
            List<Stmt> tangent = new ArrayList<>();
            Tangent t = scaledProduct(value).orElseGet(() -> tangentOf(value, inPlace ? null : new Expr.Ref(var)));
            if (t.unbounded()) {
                unboundedTangents.add(var);
            }
            setTangent(new Expr.Ref(dot), t.expr(), tangent);
            scaledOperand(value).ifPresent(v -> scaled.put(var, v));
            if (inPlace) {
                out.addAll(tangent);
                out.add(assign);
            } else {
                out.add(assign);
                out.addAll(tangent);
            }
        }
    }

    private void store(Stmt.Store store, List<Stmt> out) {
        if (!isActive(store.target())) {
            out.add(store);
            return;
        }
        Expr.Element target = tangentElement(store.target());
        if (restores(store.value())) {
            // Pushed value first, then its tangent: the tangent comes off first.
            out.add(new Stmt.Store(target, store.value()));
            out.add(store);
            return;
        }
        List<Stmt> tangent = new ArrayList<>();
        setTangent(target, tangentOf(store.value(), null).expr(), tangent);
        if (Refs.in(store.value()).contains(store.target().root())) {
            out.addAll(tangent);
            out.add(store);
        } else {
            out.add(store);
            out.addAll(tangent);
        }
    }

    /**
     * The tangent of an array variable given {@code value}: a new array gets a new tangent array (one per direction
     * in vector mode), a runtime's fresh array the same call, a copy a copy of the tangent, a reference to another
     * array that array's tangent.
     */
    private Expr arrayTangent(Var var, Expr value) {
        if (value instanceof Expr.NewArray array) {
            return directions == null ? array : directions.newTangents(array);
        }
        if (value instanceof Expr.Runtime) {
            return value;
        }
        if (value instanceof Expr.Clone clone) {
            return isActive(clone.array()) ? new Expr.Clone(tangentOfAtom(clone.array()))
                    : zeroLike(new Expr.Ref(var));
        }
        if (!isActive(value)) {
            return zeroLike(new Expr.Ref(var));
        }
        if (directions != null && value instanceof Expr.Element row) {
            // The row's tangent in each direction is that direction's row: gathered, still sharing storage.
            Expr.Element rowTangents = tangentElement(row);
            return new Expr.Runtime(RuntimeOp.ROWS, List.of(rowTangents.array(), rowTangents.index()),
                    var.type().lifted());
        }
        return tangentOfAtom(value);
    }

    /** {@code target = value} for a tangent; in vector mode, a loop over the directions. */
    private void setTangent(Expr target, Expr value, List<Stmt> out) {
        if (directions != null) {
            directions.set(target, value, out);
        } else if (target instanceof Expr.Element element) {
            out.add(new Stmt.Store(element, value));
        } else {
            out.add(new Stmt.Assign(((Expr.Ref) target).var(), value));
        }
    }

    /**
     * {@code v = g(a, x)} of a differentiated callee: {@code Dual d = gJvp(a, aDot, x, xDot); v = d.value();
     * vDot = d.tangent();}, with zero tangents for arguments that have none. Vector mode calls {@code gJvps} with
     * every direction's tangents at once.
     */
    private void call(Stmt.Assign assign, Expr.Call call, Var dot, List<Stmt> out) {
        List<Expr> args = new ArrayList<>();
        for (int i = 0; i < call.args().size(); i++) {
            Expr arg = call.args().get(i);
            args.add(arg);
            if (call.callee().differentiable().get(i)) {
                args.add(!isActive(arg) ? zeroLike(arg) : directions != null ? wholeTangent(arg, out)
                        : tangentOfAtom(arg));
            }
        }
        CallArguments.forwardCall(assign, call, args, directions != null, dot, out);
    }

    /**
     * {@code gVjp(a, x, seed, aCell, xBar)} of a differentiated method becomes its forward over reverse,
     * {@code gHvp(a, aDot, x, xDot, seed, seedDot, aCell, aCellDot, xBar, xBarDot)}: every argument its reverse mode
     * differentiates is followed by its tangent, zero where it has none.
     */
    private Expr secondOrderCall(Expr.Derivative call) {
        Callee callee = call.callee();
        List<Expr> args = new ArrayList<>();
        int primal = callee.params().size();
        for (int i = 0; i < call.args().size(); i++) {
            Expr arg = call.args().get(i);
            args.add(arg);
            if (i >= primal || callee.differentiable().get(i)) {
                args.add(arg instanceof Expr.NewArray || arg instanceof Expr.Runtime ? arg : tangentOrZero(arg));
            }
        }
        return new Expr.Derivative(callee, Expr.Mode.HVP, args, call.type());
    }

    /**
     * In vector mode, the tangents of an argument in every direction as one array: a variable's own tangent array,
     * or, for an element {@code x[i]}, a copy gathered across the directions.
     */
    private Expr wholeTangent(Expr arg, List<Stmt> out) {
        if (arg instanceof Expr.Ref ref) {
            return new Expr.Ref(tangents.get(ref.var()));
        }
        Var gathered = new Var("arg", Var.Role.SYNTHETIC, arg.type());
        Var dot = tangentOf(gathered, Var.Role.SYNTHETIC);
        if (arg.type().isArray()) {
            out.add(new Stmt.Assign(dot, arrayTangent(gathered, arg)));
        } else {
            setTangent(new Expr.Ref(dot), tangentOfAtom(arg), out);
        }
        return new Expr.Ref(dot);
    }

    /** A tangent expression, and whether it may be infinite where its value is finite. */
    private record Tangent(Expr expr, boolean unbounded) {
        static final Tangent ZERO = new Tangent(Expr.Const.of(0), false);
    }

    /**
     * The tangent of an expression. {@code result}, when given, holds the value of {@code expr} already (the variable
     * it is assigned to), for rules that reuse it; otherwise the expression stands for its own value.
     */
    private Tangent tangentOf(Expr expr, Expr result) {
        if (expr instanceof Expr.Ref || expr instanceof Expr.Element) {
            if (!isActive(expr)) {
                return Tangent.ZERO;
            }
            return new Tangent(tangentOfAtom(expr), unboundedTangents.contains(root(expr)));
        }
        if (expr instanceof Expr.Apply apply) {
            return sum(Chain.byOperand(apply.args(), Chain.partials(apply, result != null ? result : apply)),
                    Rules.unbounded(apply.op()));
        }
        if (expr instanceof Expr.Call call && call.callee().kind() == Callee.Kind.RULE) {
            return sum(Chain.byOperand(call.args(), Chain.partials(call)), false);
        }
        if (expr instanceof Expr.Select select) {
            Tangent then = tangentOf(select.then(), null);
            Tangent otherwise = tangentOf(select.otherwise(), null);
            return isZero(then.expr()) && isZero(otherwise.expr()) ? Tangent.ZERO
                    : new Tangent(new Expr.Select(select.condition(), then.expr(), otherwise.expr()),
                            then.unbounded() || otherwise.unbounded());
        }
        return Tangent.ZERO;
    }

    /** {@code sum of operandDot * partial}, each product with the strong zero where a factor may be infinite. */
    private Tangent sum(Map<Expr, Expr> partialsByOperand, boolean unboundedRule) {
        Expr sum = null;
        boolean unbounded = false;
        for (Map.Entry<Expr, Expr> operand : partialsByOperand.entrySet()) {
            Tangent tangent = tangentOf(operand.getKey(), null);
            Expr partial = operand.getValue();
            if (isZero(tangent.expr()) || isZero(partial)) {
                continue;
            }
            boolean strong = strongProducts ? !(partial instanceof Expr.Const)
                    : unboundedRule || tangent.unbounded();
            unbounded |= strong;
            Expr term = Chain.times(tangent.expr(), partial, strong);
            sum = sum == null ? term : Expr.Apply.of(Primitive.ADD, sum, term);
        }
        return sum == null ? Tangent.ZERO : new Tangent(sum, unbounded);
    }

    /**
     * {@code u * v} with {@code u = c * v}: {@code d(u v) = c v dv + u dv}, and {@code c v} is {@code u} itself (the
     * same product), so {@code (u + u) dv}.
     */
    private Optional<Tangent> scaledProduct(Expr value) {
        if (strongProducts || !(value instanceof Expr.Apply apply && apply.op() == Primitive.MUL
                && apply.args().get(0) instanceof Expr.Ref a && apply.args().get(1) instanceof Expr.Ref b)) {
            return Optional.empty();
        }
        Expr.Ref copy = b.var().equals(scaled.get(a.var())) ? a : a.var().equals(scaled.get(b.var())) ? b : null;
        if (copy == null) {
            return Optional.empty();
        }
        Expr.Ref base = copy == a ? b : a;
        return Optional.of(sum(Chain.byOperand(List.of(base, base), List.of(copy, copy)), false));
    }

    /** {@code v} when {@code value} is {@code c * v} or {@code v * c} for a constant {@code c} and an active {@code v}. */
    private Optional<Var> scaledOperand(Expr value) {
        if (value instanceof Expr.Apply apply && apply.op() == Primitive.MUL) {
            Expr first = apply.args().get(0);
            Expr second = apply.args().get(1);
            Expr operand = first instanceof Expr.Const ? second : second instanceof Expr.Const ? first : null;
            if (operand instanceof Expr.Ref ref && active.test(ref.var())) {
                return Optional.of(ref.var());
            }
        }
        return Optional.empty();
    }

    private Expr tangentOfAtom(Expr atom) {
        if (atom instanceof Expr.Ref ref && active.test(ref.var())) {
            return new Expr.Ref(tangentOf(ref.var(), Var.Role.SYNTHETIC));
        }
        if (atom instanceof Expr.Element element && active.test(element.root())) {
            return tangentElement(element);
        }
        return Expr.Const.of(0);
    }

    /** The tangent of an argument, or a zero of its shape where it has none. */
    private Expr tangentOrZero(Expr arg) {
        if (arg.type() == Type.DOUBLE) {
            return tangentOf(arg, null).expr();
        }
        return isActive(arg) ? tangentOfAtom(arg) : zeroLike(arg);
    }

    /** {@code aDot[i][j]} for {@code a[i][j]} (in vector mode, the direction's index goes in when it is known). */
    private Expr.Element tangentElement(Expr.Element element) {
        Expr array = element.array() instanceof Expr.Element inner
                ? tangentElement(inner)
                : new Expr.Ref(tangentOf(element.root(), Var.Role.SYNTHETIC));
        return new Expr.Element(array, element.index());
    }

    /** A zero tangent shaped like {@code arg}, for an argument or array that has none. */
    private Expr zeroLike(Expr arg) {
        return directions == null ? CallArguments.zeroLike(arg) : directions.zeroLike(arg);
    }

    /**
     * The tangent of the returned value: a zero array when a {@code double[]} result does not depend on the inputs.
     * In vector mode a scalar result's tangents are copied into an array of the method's own unless they already
     * are one, so the caller never receives an array it passed in.
     */
    private Expr tangentOfResult(Expr value, List<Stmt> out) {
        if (value.type() == Type.DOUBLE_ARRAY && !isActive(value)) {
            return zeroLike(value);
        }
        if (directions == null) {
            return value.type() == Type.DOUBLE ? tangentOf(value, null).expr() : tangentOfAtom(value);
        }
        if (value.type() == Type.DOUBLE && (!(value instanceof Expr.Ref ref) || !active.test(ref.var())
                || tangents.get(ref.var()).role() == Var.Role.PARAMETER)) {
            Var result = new Var("result", Var.Role.SYNTHETIC, Type.DOUBLE);
            Var dot = tangentOf(result, Var.Role.SYNTHETIC);
            setTangent(new Expr.Ref(dot), tangentOfAtom(value), out);
            return new Expr.Ref(dot);
        }
        return tangentOfAtom(value);
    }

    /** True when an atom reads a variable, or an element of an array, that has a tangent. */
    private boolean isActive(Expr atom) {
        return atom instanceof Expr.Ref ref ? active.test(ref.var())
                : atom instanceof Expr.Element element && active.test(element.root());
    }

    /** True for a tangent companion {@code vDot} of a variable (not a partial, which every direction shares). */
    private static boolean isTangent(Var var) {
        return var.isDerivative() && var.base() != null;
    }

    /** True for a pop of a double or an array from the tape, which comes with its tangent. */
    private static boolean restores(Expr value) {
        return value instanceof Expr.Pop pop && pop.type().isDifferentiable();
    }

    private static boolean isZero(Expr expr) {
        return expr instanceof Expr.Const c && c.is(0);
    }

    private static Var root(Expr atom) {
        return atom instanceof Expr.Element element ? element.root() : ((Expr.Ref) atom).var();
    }
}
