package dev.chainrule.processor.transform;

import dev.chainrule.processor.analysis.Activity;
import dev.chainrule.processor.analysis.OperationCounts;
import dev.chainrule.processor.ir.Callee;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Param;
import dev.chainrule.processor.ir.Primal;
import dev.chainrule.rules.Primitive;
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
 * Forward (tangent) mode: the primal with a tangent {@code vDot} computed beside every active statement, control flow
 * unchanged. Each differentiable parameter {@code p} is followed by its tangent {@code pDot} (Tapenade's
 * convention); the function returns value and tangent.
 *
 * <p>In vector mode (Tapenade's {@code _dv}) the caller passes one tangent per direction ({@code pDot[dir]}, so a
 * {@code double[]} parameter's tangents are a {@code double[][]}) and the primal and the partial derivatives are shared
 * by the directions, only the products with the tangents repeated. Most bodies run once per block of four directions,
 * each tangent a local per direction of the block ({@link DirectionBlocks}); a body that cannot run twice keeps every
 * tangent in an array indexed by the direction, each tangent statement a loop over the directions.
 */
public final class ForwardTransform {
    private final Activity activity;
    private final Map<Var, Var> tangents = new HashMap<>();
    /** The results of called methods' forward modes, which hold tangents too. */
    private final Set<Var> duals = new HashSet<>();
    /** Variables whose tangent may be infinite at some point: products with it need the strong zero. */
    private final Set<Var> unboundedTangents = new HashSet<>();
    /** In vector mode, the loops over the directions; null in scalar mode. */
    private final Directions directions;
    /**
     * In the straight stretch being transformed, the variables {@code u} assigned {@code c * v} (a constant times an
     * active variable) with neither assigned since: {@code u → v}.
     */
    private final Map<Var, Var> scaled = new HashMap<>();

    private ForwardTransform(Activity activity, boolean vector) {
        this.activity = activity;
        this.directions = vector ? new Directions("directions", "dir") : null;
    }

    /** The forward mode with one tangent per value. */
    public static Function apply(Primal primal, Activity activity, String name) {
        return new ForwardTransform(activity, false).transform(primal, name);
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
     * unless that makes the method too big for the JIT; any other body runs once, with a loop over the directions
     * beside each straight stretch of it. {@code primalOps} and {@code tangentOps} are the operations of the primal
     * and of the one-direction forward mode.
     */
    public static Vector applyVector(Primal primal, Activity activity, String name, int primalOps, int tangentOps) {
        if (DirectionBlocks.applies(primal)) {
            ForwardTransform scalar = new ForwardTransform(activity, false);
            Function tangent = scalar.transform(primal, name);
            Function blocks = DirectionBlocks.apply(primal, tangent, scalar.tangents::get,
                    v -> scalar.tangents.containsValue(v) || scalar.duals.contains(v), name);
            if (DirectionBlocks.fits(blocks)) {
                return new Vector(blocks, DirectionBlocks.counts(primalOps, tangentOps));
            }
        }
        Function loops = new ForwardTransform(activity, true).transform(primal, name);
        return new Vector(loops, OperationCounts.of(loops.body()));
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
            out.add(store);
            Var array = store.target().root();
            if (activity.isActive(array)) {
                setTangent(tangentElement(store.target()), tangentOfAtom(store.value()), out);
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
        scaled.values().removeIf(var::equals);
        scaled.remove(var);
        if (!activity.isActive(var)) {
            out.add(assign);
            return;
        }
        Var dot = tangentOf(var, Var.Role.SYNTHETIC);
        if (assign.value() instanceof Expr.Call call && call.callee().kind() != Callee.Kind.RULE) {
            call(assign, call, dot, out);
            return;
        }
        if (var.type().isArray()) {
            out.add(assign);
            out.add(new Stmt.Assign(dot, arrayTangent(var, assign.value())));
            return;
        }
        List<Stmt> tangent = new ArrayList<>();
        setTangent(new Expr.Ref(dot), tangent(var, assign.value()), tangent);
        scaledOperand(assign.value()).ifPresent(v -> scaled.put(var, v));
        boolean inPlace = assign.value() instanceof Expr.Apply apply && apply.args().contains(new Expr.Ref(var));
        if (inPlace) {
            // The partials read the old value (the front end allows this only where they do not read the result).
            out.addAll(tangent);
            out.add(assign);
        } else {
            out.add(assign);
            out.addAll(tangent);
        }
    }

    /**
     * The tangent of an array variable given {@code value}: a new array gets a new tangent array; a copy of another
     * array's reference, that array's tangent.
     */
    private Expr arrayTangent(Var var, Expr value) {
        if (value instanceof Expr.NewArray array) {
            return directions == null ? array : directions.newTangents(array);
        }
        if (!activity.isActive(value)) {
            return zeroLike(new Expr.Ref(var));
        }
        if (directions != null && value instanceof Expr.Element row) {
            // The row's tangent in each direction is that direction's row: gathered, still sharing storage.
            Expr.Element rowTangents = tangentElement(row);
            return new Expr.Invoke("Flat", "rows", List.of(rowTangents.array(), rowTangents.index()),
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
                args.add(!activity.isActive(arg) ? zeroLike(arg) : directions == null ? tangentOfAtom(arg)
                        : wholeTangent(arg, out));
            }
        }
        duals.add(CallArguments.forwardCall(assign, call, args, directions != null, dot, out));
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

    /** The tangent of an active statement's value; {@code var} is the variable the value is assigned to. */
    private Expr tangent(Var var, Expr value) {
        if (value instanceof Expr.Call call) {
            return sum(var, call.args(), Chain.partials(call), false);
        }
        if (!(value instanceof Expr.Apply apply)) {
            if (activity.isActive(value) && unboundedTangents.contains(root(value))) {
                unboundedTangents.add(var);
            }
            return tangentOfAtom(value);
        }
        if (apply.op() == Primitive.MUL && apply.args().get(0) instanceof Expr.Ref a
                && apply.args().get(1) instanceof Expr.Ref b) {
            // u * v with u = c * v: d(u v) = c v dv + u dv, and c v is u itself (the same product), so (u + u) dv.
            Expr.Ref copy = b.var().equals(scaled.get(a.var())) ? a : a.var().equals(scaled.get(b.var())) ? b : null;
            if (copy != null) {
                Expr.Ref base = copy == a ? b : a;
                return sum(var, List.of(base, base), List.of(copy, copy), false);
            }
        }
        return sum(var, apply.args(), Chain.partials(apply, new Expr.Ref(var)), Chain.unbounded(apply));
    }

    /** {@code v} when {@code value} is {@code c * v} or {@code v * c} for a constant {@code c} and an active {@code v}. */
    private java.util.Optional<Var> scaledOperand(Expr value) {
        if (value instanceof Expr.Apply apply && apply.op() == Primitive.MUL) {
            Expr first = apply.args().get(0);
            Expr second = apply.args().get(1);
            Expr operand = first instanceof Expr.Const ? second : second instanceof Expr.Const ? first : null;
            if (operand instanceof Expr.Ref ref && activity.isActive(ref.var())) {
                return java.util.Optional.of(ref.var());
            }
        }
        return java.util.Optional.empty();
    }

    /** {@code sum of argDot * partial} over the active arguments. */
    private Expr sum(Var var, List<Expr> args, List<Expr> partials, boolean unboundedRule) {
        Expr sum = null;
        for (java.util.Map.Entry<Expr, Expr> operand : Chain.byOperand(args, partials).entrySet()) {
            Expr arg = operand.getKey();
            if (activity.isActive(arg)) {
                boolean unbounded = unboundedRule || unboundedTangents.contains(root(arg));
                if (unbounded) {
                    unboundedTangents.add(var);
                }
                Expr term = Chain.times(tangentOfAtom(arg), operand.getValue(), unbounded);
                sum = sum == null ? term : Chain.plus(sum, term);
            }
        }
        return sum == null ? Expr.Const.of(0) : sum;
    }

    private Expr tangentOfAtom(Expr atom) {
        if (atom instanceof Expr.Ref ref && activity.isActive(ref.var())) {
            return new Expr.Ref(tangents.get(ref.var()));
        }
        if (atom instanceof Expr.Element element && activity.isActive(element.root())) {
            return tangentElement(element);
        }
        return Expr.Const.of(0);
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
        if (value.type() == Type.DOUBLE_ARRAY && !activity.isActive(value)) {
            return zeroLike(value);
        }
        if (directions == null) {
            return tangentOfAtom(value);
        }
        if (value.type() == Type.DOUBLE && (!(value instanceof Expr.Ref ref) || !activity.isActive(ref.var())
                || tangents.get(ref.var()).role() == Var.Role.PARAMETER)) {
            Var result = new Var("result", Var.Role.SYNTHETIC, Type.DOUBLE);
            Var dot = tangentOf(result, Var.Role.SYNTHETIC);
            setTangent(new Expr.Ref(dot), tangentOfAtom(value), out);
            return new Expr.Ref(dot);
        }
        return tangentOfAtom(value);
    }

    private static Var root(Expr atom) {
        return atom instanceof Expr.Element element ? element.root() : ((Expr.Ref) atom).var();
    }
}
