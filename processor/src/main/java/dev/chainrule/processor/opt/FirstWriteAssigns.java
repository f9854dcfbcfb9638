package dev.chainrule.processor.opt;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Param;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import dev.chainrule.processor.ir.Walk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code v += e} becomes {@code v = e} where {@code v} is known to be zero: a local before its first write (every
 * local starts at zero), or after {@code v = 0}, on every path there, loops included. The backward sweep accumulates
 * every contribution to an adjoint; this turns the first one into the assignment a person writes, and leaves the
 * resets the next iteration no longer needs to {@link DeadCode}. Derivative values only: {@code 0 + e} and {@code e}
 * differ in the sign of a zero, which the floating-point policy allows there and nowhere else.
 */
final class FirstWriteAssigns implements Pass {

    @Override
    public Function apply(Function function) {
        Set<Var> params = new HashSet<>();
        for (Param p : function.params()) {
            params.add(p.var());
        }
        Set<Var> locals = new HashSet<>();
        Walk.statements(function.body(), stmt -> Writes.of(stmt).forEach(v -> {
            if (v.type() == Type.DOUBLE && !params.contains(v) && v.isDerivative()) {
                locals.add(v);
            }
        }));
        Map<Stmt, Set<Var>> zeroBefore = ForwardFacts.of(function.body(), locals, FirstWriteAssigns::transfer);
        return new Function(function.name(), function.params(), block(function.body(), zeroBefore),
                function.result());
    }

    /** What a simple statement does to the variables known to be zero. */
    private static Set<Var> transfer(Stmt stmt, Set<Var> zero) {
        Set<Var> written = Writes.of(stmt);
        zero.removeAll(written);
        if (stmt instanceof Stmt.Assign assign && assign.value() instanceof Expr.Const c && c.is(0)) {
            zero.add(assign.var());
        }
        return zero;
    }

    private static List<Stmt> block(List<Stmt> body, Map<Stmt, Set<Var>> zeroBefore) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt stmt : body) {
            if (stmt instanceof Stmt.Accumulate accumulate && accumulate.target() instanceof Expr.Ref ref
                    && zeroBefore.getOrDefault(stmt, Set.of()).contains(ref.var())) {
                out.add(new Stmt.Assign(ref.var(), accumulate.value()));
            } else {
                out.add(Walk.mapBodies(stmt, nested -> block(nested, zeroBefore)));
            }
        }
        return out;
    }
}
