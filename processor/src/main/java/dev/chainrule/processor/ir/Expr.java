package dev.chainrule.processor.ir;

import java.util.List;

/**
 * An expression of the IR. Primal statements are in three-address form (operands of an {@link Apply} are atoms:
 * {@link Const} or {@link Ref}); derivative statements built by the transforms may nest.
 */
public sealed interface Expr permits Expr.Const, Expr.Ref, Expr.Apply, Expr.PartialCall, Expr.Element {

    /**
     * A constant. {@code symbol} keeps a named constant readable ({@code Math.PI}); it is null for literals.
     */
    record Const(double value, String symbol) implements Expr {
        public static Const of(double value) {
            return new Const(value, null);
        }

        public boolean is(double v) {
            return Double.compare(value, v) == 0;
        }
    }

    /** A read of a variable. */
    record Ref(Var var) implements Expr {
    }

    /**
     * A primitive applied to operands. {@code strict} selects {@code StrictMath} over {@code Math} for the library
     * functions, so the primal computes exactly what the user wrote.
     */
    record Apply(Primitive op, List<Expr> args, boolean strict) implements Expr {
        public Apply {
            args = List.copyOf(args);
            if (args.size() != op.arity()) {
                throw new IllegalArgumentException(op + " takes " + op.arity() + " operands, got " + args.size());
            }
        }

        public static Apply of(Primitive op, Expr... args) {
            return new Apply(op, List.of(args), false);
        }
    }

    /**
     * A call of the runtime's {@code Partials} class: the partial derivative formulas live there, once, for the
     * generated code and for every other user of the rules.
     */
    record PartialCall(String method, List<Expr> args) implements Expr {
        public PartialCall {
            args = List.copyOf(args);
        }
    }

    /** Element {@code index} of an array variable. */
    record Element(Var array, int index) implements Expr {
    }
}
