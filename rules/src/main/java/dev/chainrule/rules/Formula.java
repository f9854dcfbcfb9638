package dev.chainrule.rules;

import java.util.List;

/**
 * The language partial derivatives are written in: expressions over a primitive's arguments and result, built from
 * primitives, constants and guarded choices. Because a formula is made of primitives, it can itself be
 * differentiated: the processor derives every second derivative from these first-order formulas.
 */
public sealed interface Formula {

    /** Argument {@code index} of the primitive. */
    record Arg(int index) implements Formula {
        @Override
        public String toString() {
            return "xyz".substring(index, index + 1);
        }
    }

    /** The primitive's result, which a formula may reuse ({@code d exp(x) = exp(x) dx}). */
    record Result() implements Formula {
        @Override
        public String toString() {
            return "r";
        }
    }

    /** A constant. */
    record Const(double value) implements Formula {
        @Override
        public String toString() {
            return value == (long) value ? Long.toString((long) value) : Double.toString(value);
        }
    }

    /** A primitive applied to formulas. */
    record Apply(Primitive op, List<Formula> args) implements Formula {
        public Apply {
            args = List.copyOf(args);
            if (args.size() != op.arity()) {
                throw new IllegalArgumentException(op + " takes " + op.arity() + " operands, got " + args.size());
            }
        }

        @Override
        public String toString() {
            if (op.isOperator()) {
                return args.size() == 1 ? "-" + args.get(0) : "(" + args.get(0) + " " + op.operator() + " "
                        + args.get(1) + ")";
            }
            return (op.mathName() == null ? op.name().toLowerCase(java.util.Locale.ROOT) : op.mathName())
                    + args.toString().replace('[', '(').replace(']', ')');
        }
    }

    /**
     * {@code test ? then : otherwise}: how a formula states its value at a special point (a kink's mean, 0 at the
     * origin). Its derivative is the derivative of the branch taken.
     */
    record Select(Test test, Formula then, Formula otherwise) implements Formula {
        @Override
        public String toString() {
            return "(" + test + " ? " + then + " : " + otherwise + ")";
        }
    }
}
