package dev.chainrule.processor.transform;

import dev.chainrule.processor.analysis.Activity;
import dev.chainrule.processor.ir.Callee;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Param;
import dev.chainrule.processor.ir.Primal;
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
 */
public final class ForwardTransform {
    private final Activity activity;
    private final Map<Var, Var> tangents = new HashMap<>();
    /** Variables whose tangent may be infinite at some point: products with it need the strong zero. */
    private final Set<Var> unboundedTangents = new HashSet<>();

    private ForwardTransform(Activity activity) {
        this.activity = activity;
    }

    public static Function apply(Primal primal, Activity activity, String name) {
        return new ForwardTransform(activity).transform(primal, name);
    }

    private Function transform(Primal primal, String name) {
        List<Param> params = new ArrayList<>();
        for (Var param : primal.params()) {
            params.add(new Param(param));
            if (primal.wrt().contains(param)) {
                Var dot = Var.companion(param, "Dot", Var.Role.PARAMETER);
                tangents.put(param, dot);
                params.add(new Param(dot));
            }
        }
        List<Stmt> body = block(primal.body());
        Function.Result result = primal.result() == Type.DOUBLE ? Function.Result.DUAL : Function.Result.DUAL_VECTOR;
        return new Function(name, params, body, result);
    }

    private List<Stmt> block(List<Stmt> statements) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt stmt : statements) {
            statement(stmt, out);
        }
        return out;
    }

    private void statement(Stmt stmt, List<Stmt> out) {
        if (stmt instanceof Stmt.Assign assign) {
            assign(assign, out);
        } else if (stmt instanceof Stmt.Store store) {
            out.add(store);
            Var array = store.target().root();
            if (activity.isActive(array)) {
                out.add(new Stmt.Store(tangentElement(store.target()), tangentOfAtom(store.value())));
            }
        } else if (stmt instanceof Stmt.If ifStmt) {
            out.add(new Stmt.If(ifStmt.condition(), block(ifStmt.then()), block(ifStmt.otherwise())));
        } else if (stmt instanceof Stmt.While loop) {
            out.add(new Stmt.While(block(loop.header()), loop.condition(), block(loop.body()), block(loop.update())));
        } else if (stmt instanceof Stmt.Return ret) {
            Expr value = ret.values().get(0);
            out.add(new Stmt.Return(List.of(value, tangentOfResult(value))));
        } else {
            out.add(stmt);
        }
    }

    private void assign(Stmt.Assign assign, List<Stmt> out) {
        Var var = assign.var();
        if (!activity.isActive(var)) {
            out.add(assign);
            return;
        }
        Var dot = tangents.computeIfAbsent(var, v -> Var.companion(v, "Dot", Var.Role.SYNTHETIC));
        if (assign.value() instanceof Expr.Call call && call.callee().kind() != Callee.Kind.RULE) {
            call(assign, call, dot, out);
            return;
        }
        if (var.type().isArray()) {
            out.add(assign);
            // A new array gets a new tangent array; a copy of another array's reference, that array's tangent.
            Expr tangent = assign.value() instanceof Expr.NewArray ? assign.value()
                    : activity.isActive(assign.value()) ? tangentOfAtom(assign.value())
                    : CallArguments.zeroLike(new Expr.Ref(var));
            out.add(new Stmt.Assign(dot, tangent));
            return;
        }
        Stmt tangent = new Stmt.Assign(dot, tangent(var, assign.value()));
        boolean inPlace = assign.value() instanceof Expr.Apply apply && apply.args().contains(new Expr.Ref(var));
        if (inPlace) {
            // The partials read the old value (the front end allows this only where they do not read the result).
            out.add(tangent);
            out.add(assign);
        } else {
            out.add(assign);
            out.add(tangent);
        }
    }

    /**
     * {@code v = g(a, x)} of a differentiated callee: {@code Dual d = gJvp(a, aDot, x, xDot); v = d.value();
     * vDot = d.tangent();}, with zero tangents for arguments that have none.
     */
    private void call(Stmt.Assign assign, Expr.Call call, Var dot, List<Stmt> out) {
        List<Expr> args = new ArrayList<>();
        for (int i = 0; i < call.args().size(); i++) {
            Expr arg = call.args().get(i);
            args.add(arg);
            if (call.callee().differentiable().get(i)) {
                args.add(activity.isActive(arg) ? tangentOfAtom(arg) : CallArguments.zeroLike(arg));
            }
        }
        Type dualType = assign.var().type() == Type.DOUBLE ? Type.DUAL : Type.DUAL_VECTOR;
        Var dual = new Var("d", Var.Role.SYNTHETIC, dualType);
        out.add(new Stmt.Assign(dual, new Expr.Invoke(call.callee().derivatives(), call.callee().name() + "Jvp",
                args, dualType)));
        out.add(new Stmt.Assign(assign.var(), new Expr.Member(new Expr.Ref(dual), "value", assign.var().type())));
        out.add(new Stmt.Assign(dot, new Expr.Member(new Expr.Ref(dual), "tangent", assign.var().type())));
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
        return sum(var, apply.args(), Chain.partials(apply, new Expr.Ref(var)), Chain.unbounded(apply));
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

    /** {@code aDot[i][j]} for {@code a[i][j]}. */
    private Expr.Element tangentElement(Expr.Element element) {
        Expr array = element.array() instanceof Expr.Element inner
                ? tangentElement(inner)
                : new Expr.Ref(tangents.computeIfAbsent(element.root(),
                        v -> Var.companion(v, "Dot", Var.Role.SYNTHETIC)));
        return new Expr.Element(array, element.index());
    }

    /** The tangent of the returned value: a zero array when a {@code double[]} result does not depend on the inputs. */
    private Expr tangentOfResult(Expr value) {
        if (value.type() == Type.DOUBLE_ARRAY && !activity.isActive(value)) {
            return new Expr.NewArray(Type.DOUBLE_ARRAY, List.of(new Expr.Length(value)));
        }
        return tangentOfAtom(value);
    }

    private static Var root(Expr atom) {
        return atom instanceof Expr.Element element ? element.root() : ((Expr.Ref) atom).var();
    }
}
