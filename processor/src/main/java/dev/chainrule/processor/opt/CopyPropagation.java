package dev.chainrule.processor.opt;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Var;
import dev.chainrule.processor.ir.Walk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the source of a copy instead of the copy: after {@code t2Bar = t4Bar}, a read of {@code t2Bar} becomes a
 * read of {@code t4Bar} for as long as neither is assigned again, which leaves the copy itself for {@link DeadCode}.
 * Scalars only (a copied array reference is an alias). A copy holds inside an if's branches and a loop's bodies
 * unless they assign one of its two variables, and after them on the same terms. Changes no value.
 */
final class CopyPropagation implements Pass {

    @Override
    public Function apply(Function function) {
        return new Function(function.name(), function.params(), block(function.body(), new HashMap<>()),
                function.result());
    }

    /** {@code body} with copies read through; {@code copies} (copy → source) holds before it and after it. */
    private static List<Stmt> block(List<Stmt> body, Map<Var, Var> copies) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt stmt : body) {
            Stmt read;
            if (!stmt.bodies().isEmpty()) {
                // A loop evaluates its condition again after its body: only copies the body keeps hold there.
                Map<Var, Var> inside = without(copies, Writes.in(List.of(stmt)));
                read = Walk.mapBodies(readThrough(stmt, inside), nested -> block(nested, new HashMap<>(inside)));
                copies.keySet().retainAll(inside.keySet());
            } else {
                read = readThrough(stmt, copies);
                Writes.of(stmt).forEach(v -> kill(copies, v));
                if (stmt instanceof Stmt.Assign assign && read instanceof Stmt.Assign copy
                        && copy.value() instanceof Expr.Ref source && isScalar(assign.var())
                        && isScalar(source.var()) && source.var() != assign.var()) {
                    copies.put(assign.var(), source.var());
                }
            }
            out.add(read);
        }
        return out;
    }

    /** {@code stmt} reading each copy's source, except where it writes the copy itself. */
    private static Stmt readThrough(Stmt stmt, Map<Var, Var> copies) {
        if (copies.isEmpty()) {
            return stmt;
        }
        List<Expr> expressions = new ArrayList<>();
        for (Expr e : stmt.expressions()) {
            boolean written = stmt instanceof Stmt.Accumulate accumulate && e == accumulate.target()
                    && e instanceof Expr.Ref;
            expressions.add(written ? e : Walk.map(e, x -> x instanceof Expr.Ref ref && copies.containsKey(ref.var())
                    ? new Expr.Ref(copies.get(ref.var())) : x));
        }
        return stmt.with(expressions, stmt.bodies());
    }

    private static Map<Var, Var> without(Map<Var, Var> copies, Set<Var> assigned) {
        Map<Var, Var> kept = new HashMap<>(copies);
        assigned.forEach(v -> kill(kept, v));
        return kept;
    }

    private static void kill(Map<Var, Var> copies, Var var) {
        copies.remove(var);
        copies.values().removeIf(var::equals);
    }

    private static boolean isScalar(Var var) {
        return !var.type().isArray() && var.type() != dev.chainrule.processor.ir.Type.DUAL
                && var.type() != dev.chainrule.processor.ir.Type.DUAL_VECTOR;
    }
}
