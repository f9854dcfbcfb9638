package dev.chainrule.rules;

/** The condition of a {@link Formula.Select}: comparisons of formulas, combined. */
public sealed interface Test {

    /** How two values compare. */
    enum Relation {
        LT("<"), LE("<="), GT(">"), GE(">="), EQ("=="), NE("!=");

        private final String symbol;

        Relation(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean holds(double a, double b) {
            return switch (this) {
                case LT -> a < b;
                case LE -> a <= b;
                case GT -> a > b;
                case GE -> a >= b;
                case EQ -> a == b;
                case NE -> a != b;
            };
        }
    }

    /** {@code left relation right}, with Java's semantics (every comparison with NaN is false but {@code !=}). */
    record Compare(Relation relation, Formula left, Formula right) implements Test {
        @Override
        public String toString() {
            return left + " " + relation.symbol() + " " + right;
        }
    }

    /** {@code first && second}. */
    record Both(Test first, Test second) implements Test {
        @Override
        public String toString() {
            return first + " && " + second;
        }
    }

    /** {@code first || second}. */
    record Either(Test first, Test second) implements Test {
        @Override
        public String toString() {
            return first + " || " + second;
        }
    }
}
