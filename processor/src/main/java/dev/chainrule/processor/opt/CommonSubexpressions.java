package dev.chainrule.processor.opt;

import dev.chainrule.processor.analysis.Refs;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import dev.chainrule.processor.ir.Walk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes a repeated expression once: where an expression is assigned to a variable, a later occurrence of it reads
 * that variable instead, as long as nothing it reads has been written since; where a library call, a guarded choice
 * or a nested product occurs twice in a straight stretch of code without being assigned (a partial derivative used
 * by an adjoint and by its tangent: {@code r == 0 ? 0 : x / r}), it is assigned once to a new variable first. The
 * same operation on the same operands gives the same double, so this changes no value.
 *
 * <p>An expression holds only inside the straight stretch of code it was computed in, and inside the branches and
 * loop bodies nested there that write none of its operands. One that reads an array element holds until anything
 * may write an array. A statement of the user's own computation never reads a derivative variable: a later pass may
 * recompute that one with other rounding ({@link Simplify}).
 */
final class CommonSubexpressions implements Pass {

    @Override
    public Function apply(Function function) {
        List<Stmt> body = materialize(function.body());
        return new Function(function.name(), function.params(), reuse(body, new HashMap<>()), function.result());
    }

    // ---- reuse: a later occurrence reads the variable an earlier one was assigned to --------------------------------

    private static List<Stmt> reuse(List<Stmt> body, Map<Expr, Var> available) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt stmt : body) {
            if (!stmt.bodies().isEmpty()) {
                Map<Expr, Var> inside = new HashMap<>(available);
                kill(inside, Writes.in(List.of(stmt)), writesArrays(List.of(stmt)));
                Stmt read = stmt.with(stmt.expressions().stream().map(e -> replace(e, inside, false)).toList(),
                        stmt.bodies());
                out.add(Walk.mapBodies(read, nested -> reuse(nested, new HashMap<>(inside))));
                available.keySet().retainAll(inside.keySet());
                continue;
            }
            Stmt read = readAvailable(stmt, available);
            kill(available, Writes.of(read), writesArrays(List.of(read)));
            if (read instanceof Stmt.Assign assign && worthKeeping(assign.value())
                    && !Refs.in(assign.value()).contains(assign.var()) && !assign.var().type().isArray()) {
                available.put(assign.value(), assign.var());
            }
            out.add(read);
        }
        return out;
    }

    /** {@code stmt} reading available variables in its expressions, but never in place of what it writes. */
    private static Stmt readAvailable(Stmt stmt, Map<Expr, Var> available) {
        if (available.isEmpty()) {
            return stmt;
        }
        boolean derivative = writesDerivative(stmt);
        List<Expr> expressions = new ArrayList<>();
        for (Expr e : stmt.expressions()) {
            boolean target = stmt instanceof Stmt.Accumulate accumulate && e == accumulate.target()
                    || stmt instanceof Stmt.Store store && e == store.target();
            expressions.add(target ? e.withChildren(e.children().stream().map(c -> replace(c, available, derivative))
                    .toList()) : replace(e, available, derivative));
        }
        return stmt.with(expressions, stmt.bodies());
    }

    /**
     * {@code e} with its largest available subexpressions read from their variables; a derivative variable only in a
     * statement computing a derivative.
     */
    private static Expr replace(Expr e, Map<Expr, Var> available, boolean derivative) {
        Var var = available.get(e);
        if (var != null && (derivative || !var.isDerivative())) {
            return new Expr.Ref(var);
        }
        List<Expr> children = e.children();
        if (children.isEmpty()) {
            return e;
        }
        return e.withChildren(children.stream().map(c -> replace(c, available, derivative)).toList());
    }

    private static void kill(Map<Expr, Var> available, Set<Var> written, boolean arrays) {
        available.entrySet().removeIf(entry -> written.contains(entry.getValue())
                || Refs.in(entry.getKey()).stream().anyMatch(written::contains)
                || arrays && readsElement(entry.getKey()));
    }

    // ---- materialize: a repeated expression nobody assigns gets a variable -------------------------------------------

    private static List<Stmt> materialize(List<Stmt> body) {
        List<Stmt> nestedDone = body.stream().map(s -> Walk.mapBodies(s, CommonSubexpressions::materialize)).toList();
        List<Stmt> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= nestedDone.size(); i++) {
            if (i == nestedDone.size() || !nestedDone.get(i).bodies().isEmpty()) {
                out.addAll(stretch(nestedDone.subList(start, i)));
                if (i < nestedDone.size()) {
                    out.add(nestedDone.get(i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** A straight stretch of statements with each expression that occurs twice, unchanged, assigned first. */
    private static List<Stmt> stretch(List<Stmt> stretch) {
        Map<Expr, Integer> firstAt = new LinkedHashMap<>();
        Map<Expr, Integer> count = new HashMap<>();
        Map<Expr, Boolean> derivativeOnly = new HashMap<>();
        Set<Expr> invalidated = new HashSet<>();
        // An expression some statement assigns whole is read from that variable after it ({@link #reuse}): giving
        // it another name would only hide the one the code has.
        Set<Expr> assigned = new HashSet<>();
        stretch.forEach(stmt -> {
            if (stmt instanceof Stmt.Assign assign) {
                assigned.add(assign.value());
            }
        });
        for (int i = 0; i < stretch.size(); i++) {
            Stmt stmt = stretch.get(i);
            boolean derivative = writesDerivative(stmt);
            int at = i;
            for (Expr e : stmt.expressions()) {
                Walk.expressions(e, sub -> {
                    if (candidate(sub) && !invalidated.contains(sub)) {
                        firstAt.putIfAbsent(sub, at);
                        count.merge(sub, 1, Integer::sum);
                        derivativeOnly.merge(sub, derivative, Boolean::logicalAnd);
                    }
                });
            }
            Set<Var> written = Writes.of(stmt);
            boolean arrays = writesArrays(List.of(stmt));
            firstAt.keySet().stream().filter(e -> Refs.in(e).stream().anyMatch(written::contains)
                    || arrays && readsElement(e)).forEach(invalidated::add);
        }
        Map<Integer, List<Stmt>> before = new HashMap<>();
        Map<Expr, Var> named = new HashMap<>();
        firstAt.forEach((e, at) -> {
            if (count.get(e) > 1 && !invalidated.contains(e) && !assigned.contains(e)
                    && !coveredBy(e, named.keySet())) {
                Var var = derivativeOnly.get(e) ? Var.derivative("partial", Var.Role.SYNTHETIC, e.type())
                        : new Var("common", Var.Role.SYNTHETIC, e.type());
                named.put(e, var);
                before.computeIfAbsent(at, k -> new ArrayList<>()).add(new Stmt.Assign(var, e));
            }
        });
        List<Stmt> out = new ArrayList<>();
        for (int i = 0; i < stretch.size(); i++) {
            out.addAll(before.getOrDefault(i, List.of()));
            out.add(stretch.get(i));
        }
        return out;
    }

    /** True when {@code e} is part of an expression already given a variable: that one is reused whole. */
    private static boolean coveredBy(Expr e, Set<Expr> named) {
        for (Expr outer : named) {
            boolean[] inside = {false};
            Walk.expressions(outer, sub -> inside[0] |= sub != outer && sub.equals(e));
            if (inside[0]) {
                return true;
            }
        }
        return false;
    }

    /** Worth a variable when repeated: a library call, a guarded choice, or an operation on an operation. */
    private static boolean candidate(Expr e) {
        if (!(e.type() == Type.DOUBLE) || !Effects.isPure(e) || Effects.mayThrow(e) && !readsOnlyElements(e)) {
            return false;
        }
        if (e instanceof Expr.Select) {
            return true;
        }
        return e instanceof Expr.Apply apply && (!apply.op().isOperator()
                || apply.args().stream().anyMatch(a -> a instanceof Expr.Apply || a instanceof Expr.Select));
    }

    /** Worth remembering once assigned: anything but a variable, a constant or a single element read. */
    private static boolean worthKeeping(Expr e) {
        return e.type() == Type.DOUBLE && Effects.isPure(e) && !(e instanceof Expr.Ref) && !(e instanceof Expr.Const)
                && (e instanceof Expr.Apply || e instanceof Expr.Select)
                && (!Effects.mayThrow(e) || readsOnlyElements(e));
    }

    /** True when all that may throw in {@code e} is array reads (which the first occurrence already survived). */
    private static boolean readsOnlyElements(Expr e) {
        boolean[] ok = {true};
        Walk.expressions(e, sub -> ok[0] &= !(sub instanceof Expr.Op op && op.type().isIntegral()
                && (op.op() == dev.chainrule.processor.ir.Operator.DIV
                        || op.op() == dev.chainrule.processor.ir.Operator.REM)));
        return ok[0];
    }

    private static boolean readsElement(Expr e) {
        boolean[] element = {false};
        Walk.expressions(e, sub -> element[0] |= sub instanceof Expr.Element || sub instanceof Expr.Length);
        return element[0];
    }

    /** True when a statement may write an array element, or call code that may. */
    private static boolean writesArrays(List<Stmt> body) {
        boolean[] writes = {false};
        Walk.statements(body, stmt -> writes[0] |= stmt instanceof Stmt.Store
                || stmt instanceof Stmt.Accumulate accumulate && accumulate.target() instanceof Expr.Element
                || stmt instanceof Stmt.RuntimeCall || stmt instanceof Stmt.Evaluate
                || stmt instanceof Stmt.Assign assign && !Effects.isEffectFree(assign.value())
                || stmt instanceof Stmt.Assign assign && assign.var().type().isArray());
        return writes[0];
    }

    private static boolean writesDerivative(Stmt stmt) {
        Var target = stmt instanceof Stmt.Assign assign ? assign.var()
                : stmt instanceof Stmt.Store store ? store.target().root()
                : stmt instanceof Stmt.Accumulate accumulate ? Refs.in(accumulate.target()).get(0) : null;
        return target != null && target.isDerivative();
    }
}
