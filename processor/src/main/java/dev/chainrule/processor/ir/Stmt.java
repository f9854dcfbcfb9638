package dev.chainrule.processor.ir;

import java.util.List;

/** A statement of the IR. */
public sealed interface Stmt permits Stmt.Let, Stmt.Accumulate, Stmt.Return {

    /** Declares {@code var} and assigns it once. */
    record Let(Var var, Expr value) implements Stmt {
    }

    /** {@code target += value}, where target is a variable already declared or an array element. */
    record Accumulate(Expr target, Expr value) implements Stmt {
        public Accumulate {
            if (!(target instanceof Expr.Ref) && !(target instanceof Expr.Element)) {
                throw new IllegalArgumentException("cannot accumulate into " + target);
            }
        }
    }

    /**
     * Returns from the function. One value for a {@code double} result; value and tangent for a {@link
     * Function.Result#DUAL} result.
     */
    record Return(List<Expr> values) implements Stmt {
        public Return {
            values = List.copyOf(values);
        }
    }
}
