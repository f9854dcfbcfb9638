package dev.chainrule.processor.transform;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Var;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The parts of a tangent expression that every direction shares: in {@code aDot * (x + x)}, {@code x + x} (a partial
 * derivative, possibly a call of {@code Partials}) is the same in every direction, so vector modes compute it once,
 * into a variable, and only the products with the tangents per direction.
 */
final class SharedParts {
    private SharedParts() {
    }

    /**
     * {@code value} with its atoms that read a per-direction variable replaced by {@code atom} of them, and the
     * largest parts that read none assigned to new variables in {@code shared} first (unless they are as cheap to read
     * as a variable).
     */
    static Expr split(Expr value, Predicate<Var> perDirection, UnaryOperator<Expr> atom, List<Stmt> shared) {
        if (!reads(value, perDirection)) {
            if (value instanceof Expr.Const || value instanceof Expr.Ref || value instanceof Expr.Element
                    || value instanceof Expr.Field || value instanceof Expr.InstanceField) {
                return value;
            }
            Var partial = Var.derivative("partial", Var.Role.SYNTHETIC, value.type());
            shared.add(new Stmt.Assign(partial, value));
            return new Expr.Ref(partial);
        }
        if (value instanceof Expr.Apply || value instanceof Expr.Select) {
            return value.withChildren(value.children().stream()
                    .map(a -> split(a, perDirection, atom, shared)).toList());
        }
        return atom.apply(value);
    }

    /** True when {@code expr} reads a per-direction variable anywhere in it. */
    static boolean reads(Expr expr, Predicate<Var> perDirection) {
        if (expr instanceof Expr.Ref ref) {
            return perDirection.test(ref.var());
        }
        return expr.children().stream().anyMatch(child -> reads(child, perDirection));
    }
}
