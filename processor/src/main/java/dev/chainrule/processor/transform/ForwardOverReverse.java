package dev.chainrule.processor.transform;

import dev.chainrule.processor.analysis.Dependence;
import dev.chainrule.processor.analysis.Refs;
import dev.chainrule.processor.analysis.Statements;
import dev.chainrule.processor.ir.Callee;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Param;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import dev.chainrule.processor.rules.Rules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Forward mode applied to generated reverse-mode code: Hessian-vector products. Every value of the reverse sweep that
 * depends on the inputs, the seed or the adjoints gets a tangent, so that along {@code xDot} the adjoint
 * {@code xBar += seed·∇f} gains its own tangent {@code xBarDot += seed·∇²f·xDot + seedDot·∇f}.
 *
 * <p>Reverse code has constructs the primal lacks, each with its tangent here: expression trees in adjoint statements,
 * partial derivatives among them (differentiated through the same rule table, with the strong zero on every
 * product), accumulations, and the tape: each saved {@code double} is saved with its tangent and restored with it. Code calling other differentiated methods or user rules has no second derivatives here yet; for it
 * {@link #apply} returns nothing.
 */
public final class ForwardOverReverse {
    private final Set<Var> active;
    private final Map<Var, Var> tangents = new HashMap<>();

    private final Map<String, Callee> callees;

    private ForwardOverReverse(Set<Var> active, Map<String, Callee> callees) {
        this.active = active;
        this.callees = callees;
    }

    /**
     * The Hessian-vector product of {@code reverse}, a generated reverse mode whose parameters in {@code constants}
     * (those of the original method that are not differentiated) get no tangent; empty when the code calls what has
     * no second derivative.
     */
    public static Optional<Function> apply(Function reverse, Set<Var> constants, String name) {
        return apply(reverse, constants, callee -> false, name);
    }

    /**
     * As {@link #apply(Function, Set, String)}, where the code may also call other differentiated methods that
     * {@code hasSecondOrder} says get one too: their {@code Jvp} gives the tangent of a value they return, their
     * {@code Hvp} the tangent of their reverse mode.
     */
    public static Optional<Function> apply(Function reverse, Set<Var> constants,
            java.util.function.Predicate<String> hasSecondOrder, String name) {
        if (!CallFree.is(reverse.body(), hasSecondOrder)) {
            return Optional.empty();
        }
        Set<Var> sources = new HashSet<>();
        for (Param param : reverse.params()) {
            if (!constants.contains(param.var()) && param.type().isDifferentiable()) {
                sources.add(param.var());
            }
        }
        Map<String, Callee> callees = new HashMap<>();
        for (Statements.Located located : Statements.all(reverse.body())) {
            for (Expr expr : Statements.expressions(located.stmt())) {
                if (expr instanceof Expr.Call call) {
                    callees.put(CallFree.key(call.callee()), call.callee());
                }
            }
        }
        for (Statements.Located located : Statements.all(reverse.body())) {
            if (located.stmt() instanceof Stmt.Evaluate evaluate && evaluate.expr() instanceof Expr.Invoke invoke
                    && calledReverse(invoke, callees)) {
                // The adjoints a called reverse mode accumulates into (after its arguments and seed) depend on it.
                List<Expr> adjoints = invoke.args().subList(callees.get(CallFree.key(invoke)).params().size() + 1,
                        invoke.args().size());
                adjoints.forEach(arg -> {
                    if (arg instanceof Expr.Ref ref) {
                        sources.add(ref.var());
                    }
                });
            }
        }
        ForwardOverReverse transform = new ForwardOverReverse(Dependence.of(reverse.body(), sources,
                value -> restores(value) || value instanceof Expr.Cell), callees);
        return Optional.of(transform.transform(reverse, sources, name));
    }

    private Function transform(Function reverse, Set<Var> sources, String name) {
        List<Param> params = new ArrayList<>();
        List<Stmt> checks = new ArrayList<>();
        for (Param param : reverse.params()) {
            params.add(param);
            if (sources.contains(param.var())) {
                Var dot = Var.companion(param.var(), "Dot", Var.Role.PARAMETER, param.type());
                tangents.put(param.var(), dot);
                params.add(new Param(dot));
                if (param.type().isArray()) {
                    checks.add(new Stmt.Call("Checks", "sameShape", List.of(new Expr.Text(dot.plainName()),
                            new Expr.Ref(dot), new Expr.Ref(param.var()), new Expr.Text(param.var().plainName()))));
                }
            }
        }
        List<Stmt> body = new ArrayList<>(checks);
        body.addAll(block(reverse.body()));
        Function.Result result = reverse.result() == Function.Result.DOUBLE ? Function.Result.DUAL
                : Function.Result.DUAL_VECTOR;
        return new Function(name, params, body, result);
    }

    private List<Stmt> block(List<Stmt> statements) {
        return Nested.block(statements, this::statement);
    }

    private void statement(Stmt stmt, List<Stmt> out) {
        // Nested bodies are transformed in place; a compound statement matches none of the cases before this one.
        Stmt compound = Nested.map(stmt, this::block);
        if (stmt instanceof Stmt.Assign assign) {
            assign(assign, out);
        } else if (stmt instanceof Stmt.Accumulate accumulate) {
            if (isActive(root(accumulate.target()))) {
                Expr tangent = tangentOf(accumulate.value(), null);
                if (!isZero(tangent)) {
                    out.add(new Stmt.Accumulate(tangentOfAtom(accumulate.target()), tangent));
                }
            }
            out.add(accumulate);
        } else if (stmt instanceof Stmt.Store store) {
            if (isActive(store.target().root())) {
                Expr tangent = restores(store.value()) ? store.value() : tangentOf(store.value(), null);
                out.add(new Stmt.Store((Expr.Element) tangentOfAtom(store.target()), tangent));
            }
            out.add(store);
        } else if (stmt instanceof Stmt.Push push) {
            out.add(push);
            Expr value = push.value();
            if (value.type() == Type.DOUBLE) {
                // Every saved double or array is saved with its tangent (zero for a constant): pops take both back.
                out.add(new Stmt.Push(tangentOf(value, null)));
            } else if (value.type().isArray()) {
                out.add(new Stmt.Push(isActive(value) ? tangentOfAtom(value) : CallArguments.zeroLike(value)));
            }
        } else if (stmt instanceof Stmt.Evaluate evaluate && evaluate.expr() instanceof Expr.Invoke invoke
                && calledReverse(invoke, callees)) {
            out.add(new Stmt.Evaluate(secondOrderCall(invoke)));
        } else if (stmt instanceof Stmt.Release release) {
            // Every cell came with a tangent cell.
            out.add(new Stmt.Release(2 * release.count()));
        } else if (stmt instanceof Stmt.Evaluate evaluate && restores(evaluate.expr())) {
            out.add(evaluate);
            out.add(evaluate);
        } else if (compound != null) {
            out.add(compound);
        } else if (stmt instanceof Stmt.Call call && call.method().equals("addOut")) {
            // Flat.addOut(seed, resultBar, 0): the seed's tangent goes into the result's adjoint's tangent.
            out.add(call);
            Expr target = call.args().get(1);
            if (target instanceof Expr.Ref ref && isActive(ref.var())) {
                out.add(new Stmt.Call(call.owner(), call.method(), List.of(tangentOfAtom(call.args().get(0)),
                        tangentOfAtom(target), call.args().get(2))));
            }
        } else if (stmt instanceof Stmt.Return ret) {
            Expr value = ret.values().get(0);
            Expr tangent = value.type() == Type.DOUBLE ? tangentOf(value, null)
                    : isActive(value) ? tangentOfAtom(value) : CallArguments.zeroLike(value);
            out.add(new Stmt.Return(List.of(value, tangent)));
        } else {
            out.add(stmt);
        }
    }

    private void assign(Stmt.Assign assign, List<Stmt> out) {
        Var var = assign.var();
        Expr value = assign.value();
        if (!isActive(var)) {
            out.add(assign);
            return;
        }
        Var dot = tangentVar(var);
        if (value instanceof Expr.Call call) {
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
        } else if (Refs.in(value).contains(var)) {
            // The tangent reads the old value: before the assignment.
            out.add(new Stmt.Assign(dot, tangentOf(value, null)));
            out.add(assign);
        } else {
            out.add(assign);
            out.add(new Stmt.Assign(dot, tangentOf(value, new Expr.Ref(var))));
        }
    }

    /**
     * {@code v = g(a, x)} of a differentiated method in the forward sweep: {@code Dual d = gJvp(a, aDot, x, xDot);
     * v = d.value(); vDot = d.tangent();}, zero tangents where an argument has none.
     */
    private void call(Stmt.Assign assign, Expr.Call call, Var dot, List<Stmt> out) {
        List<Expr> args = new ArrayList<>();
        for (int i = 0; i < call.args().size(); i++) {
            Expr arg = call.args().get(i);
            args.add(arg);
            if (call.callee().differentiable().get(i)) {
                args.add(tangentOrZero(arg));
            }
        }
        CallArguments.forwardCall(assign, call, args, false, dot, out);
    }

    /**
     * {@code gVjp(a, x, seed, aCell, xBar)} of a differentiated method becomes its forward over reverse,
     * {@code gHvp(a, aDot, x, xDot, seed, seedDot, aCell, aCellDot, xBar, xBarDot)}: every argument its reverse mode
     * differentiates is followed by its tangent, zero where it has none.
     */
    private Expr secondOrderCall(Expr.Invoke invoke) {
        Callee callee = callees.get(CallFree.key(invoke));
        List<Expr> args = new ArrayList<>();
        int primal = callee.params().size();
        for (int i = 0; i < invoke.args().size(); i++) {
            Expr arg = invoke.args().get(i);
            args.add(arg);
            if (i >= primal || callee.differentiable().get(i)) {
                args.add(arg.type() == Type.DOUBLE ? tangentOf(arg, null)
                        : arg instanceof Expr.NewArray || arg instanceof Expr.Invoke ? arg : tangentOrZero(arg));
            }
        }
        return new Expr.Invoke(callee.derivatives(), callee.name() + "Hvp", args, invoke.type());
    }

    /** True when {@code invoke} is a called method's reverse mode ({@code gVjp}), not a runtime call. */
    private static boolean calledReverse(Expr.Invoke invoke, Map<String, Callee> callees) {
        return invoke.method().endsWith("Vjp") && callees.containsKey(CallFree.key(invoke));
    }

    /** The tangent of an argument, or a zero of its shape where it has none. */
    private Expr tangentOrZero(Expr arg) {
        if (arg.type() == Type.DOUBLE) {
            return tangentOf(arg, null);
        }
        return isActive(arg) ? tangentOfAtom(arg) : CallArguments.zeroLike(arg);
    }

    private Expr arrayTangent(Var var, Expr value) {
        if (value instanceof Expr.NewArray || value instanceof Expr.Invoke) {
            return value;
        }
        if (value instanceof Expr.Clone clone) {
            return isActive(clone.array()) ? new Expr.Clone(tangentOfAtom(clone.array()))
                    : CallArguments.zeroLike(new Expr.Ref(var));
        }
        return isActive(value) ? tangentOfAtom(value) : CallArguments.zeroLike(new Expr.Ref(var));
    }

    /**
     * The tangent of an expression tree. {@code result}, when given, holds the value of {@code expr} already (the
     * variable it was just assigned to), for rules that reuse it; otherwise the tree stands for its own value.
     */
    private Expr tangentOf(Expr expr, Expr result) {
        if (expr instanceof Expr.Ref || expr instanceof Expr.Element) {
            return isActive(expr) ? tangentOfAtom(expr) : Expr.Const.of(0);
        }
        if (expr instanceof Expr.Apply apply) {
            List<Expr> partials = Rules.partials(apply, result != null ? result : apply);
            boolean unbounded = Rules.unbounded(apply.op());
            Expr sum = null;
            for (Map.Entry<Expr, Expr> operand : Chain.byOperand(apply.args(), partials).entrySet()) {
                Expr argTangent = tangentOf(operand.getKey(), null);
                Expr partial = Chain.fold(operand.getValue());
                if (!isZero(argTangent) && !isZero(partial)) {
                    // Tangents of reverse code may be infinite where first derivatives are not: the strong zero on
                    // every product, except by a finite nonzero constant, where a plain product is the same.
                    sum = plus(sum, Chain.times(argTangent, partial, unbounded || !(partial instanceof Expr.Const)));
                }
            }
            return sum == null ? Expr.Const.of(0) : sum;
        }
        if (expr instanceof Expr.Select select) {
            Expr then = tangentOf(select.then(), null);
            Expr otherwise = tangentOf(select.otherwise(), null);
            return isZero(then) && isZero(otherwise) ? Expr.Const.of(0)
                    : new Expr.Select(select.condition(), then, otherwise);
        }
        return Expr.Const.of(0);
    }

    /** True for a pop of a double or an array from the tape, which comes with its tangent. */
    private static boolean restores(Expr value) {
        return value instanceof Expr.Pop pop && pop.type().isDifferentiable();
    }

    /** {@code sum + term}, where a null sum or term stands for zero. */
    private static Expr plus(Expr sum, Expr term) {
        return sum == null ? term : term == null ? sum : Chain.plus(sum, term);
    }

    private static boolean isZero(Expr expr) {
        return expr instanceof Expr.Const c && c.is(0);
    }

    private Expr tangentOfAtom(Expr atom) {
        if (atom instanceof Expr.Ref ref) {
            return isActive(ref.var()) ? new Expr.Ref(tangentVar(ref.var())) : Expr.Const.of(0);
        }
        Expr.Element element = (Expr.Element) atom;
        return new Expr.Element(element.array() instanceof Expr.Element inner ? tangentOfAtom(inner)
                : new Expr.Ref(tangentVar(element.root())), element.index());
    }

    private Var tangentVar(Var var) {
        return tangents.computeIfAbsent(var, v -> Var.companion(v, "Dot", Var.Role.SYNTHETIC));
    }

    private boolean isActive(Expr atom) {
        return atom instanceof Expr.Ref ref ? isActive(ref.var())
                : atom instanceof Expr.Element element && isActive(element.root());
    }

    private boolean isActive(Var var) {
        return active.contains(var);
    }

    private static Var root(Expr target) {
        return target instanceof Expr.Element element ? element.root() : ((Expr.Ref) target).var();
    }
}
