package dev.chainrule.processor.fuzz;

import java.util.List;

/**
 * The fuzzer's own syntax tree of a random program: small and immutable, so that the shrinker can rewrite any node
 * and the printer can turn any tree back into Java. It holds only what the generator writes; every array's shape is
 * known when the program is made, which is what lets the generator index arrays safely and the checker call the
 * generated code without reading it first.
 */
final class Ast {
    private Ast() {
    }

    /** The Java types a program uses. */
    enum Type {
        DOUBLE("double"), INT("int"), LONG("long"), BOOLEAN("boolean"), VECTOR("double[]"), MATRIX("double[][]");

        private final String java;

        Type(String java) {
            this.java = java;
        }

        String java() {
            return java;
        }

        boolean isArray() {
            return this == VECTOR || this == MATRIX;
        }

        boolean isIntegral() {
            return this == INT || this == LONG;
        }

        boolean isNumeric() {
            return this == DOUBLE || isIntegral();
        }

        boolean isDifferentiable() {
            return this == DOUBLE || isArray();
        }

        /** What indexing an array of this type gives. */
        Type element() {
            return switch (this) {
                case VECTOR -> DOUBLE;
                case MATRIX -> VECTOR;
                default -> throw new IllegalStateException(this + " is not an array");
            };
        }

        /** The wider of two numeric types, as Java's binary numeric promotion picks it. */
        static Type promote(Type a, Type b) {
            if (a == DOUBLE || b == DOUBLE) {
                return DOUBLE;
            }
            return a == LONG || b == LONG ? LONG : INT;
        }
    }

    // ---- expressions -----------------------------------------------------------------------------------------------

    /** An expression; {@link #type()} is its static Java type. */
    sealed interface Expr permits Literal, Name, Element, Length, Unary, Binary, Conditional, Cast, Call, NewArray,
            ArrayLiteral, Clone, SwitchValue {
        Type type();
    }

    /** A literal or a named constant ({@code Math.PI}, {@code Integer.MIN_VALUE}), printed as {@code text}. */
    record Literal(String text, Type type) implements Expr {
    }

    /** A parameter, local or static field. */
    record Name(String name, Type type) implements Expr {
    }

    /** {@code array[index]}. */
    record Element(Expr array, Expr index) implements Expr {
        @Override
        public Type type() {
            return array.type().element();
        }
    }

    /** {@code array.length}. */
    record Length(Expr array) implements Expr {
        @Override
        public Type type() {
            return Type.INT;
        }
    }

    /** {@code -x} or {@code !c}. */
    record Unary(String operator, Expr operand) implements Expr {
        @Override
        public Type type() {
            return operand.type();
        }
    }

    /** An arithmetic, comparison or logical operation. */
    record Binary(String operator, Expr left, Expr right) implements Expr {
        @Override
        public Type type() {
            return switch (operator) {
                case "<", "<=", ">", ">=", "==", "!=", "&&", "||" -> Type.BOOLEAN;
                default -> Type.promote(left.type(), right.type());
            };
        }
    }

    /** {@code condition ? then : otherwise}. */
    record Conditional(Expr condition, Expr then, Expr otherwise) implements Expr {
        @Override
        public Type type() {
            return then.type() == otherwise.type() ? then.type() : Type.promote(then.type(), otherwise.type());
        }
    }

    /** {@code (type) operand}. */
    record Cast(Type type, Expr operand) implements Expr {
    }

    /** Whom a call goes to; the printer writes the library's class name, which depends on the batch. */
    enum Callee {
        MATH, HELPER, LIBRARY, STOP_GRADIENT
    }

    /** A call of a {@code Math} function, a helper of the same class or a method of the library class. */
    record Call(Callee callee, String name, List<Expr> args, Type type) implements Expr {
    }

    /** {@code new double[n]} or {@code new double[r][c]}. */
    record NewArray(Type type, List<Expr> dimensions) implements Expr {
    }

    /** {@code {a, b}} in a declaration, {@code new double[] {a, b}} elsewhere. */
    record ArrayLiteral(List<Expr> elements, boolean bare) implements Expr {
        @Override
        public Type type() {
            return Type.VECTOR;
        }
    }

    /** {@code array.clone()}. */
    record Clone(Expr array) implements Expr {
        @Override
        public Type type() {
            return Type.VECTOR;
        }
    }

    /** A switch expression with arrow cases: {@code switch (selector) { case 1, 2 -> a; default -> b; }}. */
    record SwitchValue(Expr selector, List<ValueCase> cases, Expr otherwise) implements Expr {
        @Override
        public Type type() {
            return otherwise.type();
        }
    }

    /** One arrow case of a switch expression. */
    record ValueCase(List<Integer> labels, Expr value) {
    }

    // ---- statements ------------------------------------------------------------------------------------------------

    /** A statement. */
    sealed interface Stmt permits Declare, Assign, Step, If, For, ForEach, While, Switch, Break, Continue, Return {
    }

    /** {@code type name = init;} ({@code init} is never missing, so no definite-assignment question arises). */
    record Declare(Type type, String name, Expr init) implements Stmt {
    }

    /** {@code target op value;} with {@code op} one of {@code = += -= *= /= %=}. */
    record Assign(Expr target, String operator, Expr value) implements Stmt {
    }

    /** {@code target++;} or {@code target--;}. */
    record Step(Expr target, String operator) implements Stmt {
    }

    /** {@code if (condition) { then } else { otherwise }}; no else when {@code otherwise} is empty. */
    record If(Expr condition, List<Stmt> then, List<Stmt> otherwise) implements Stmt {
    }

    /**
     * A counted loop: {@code for (int i = from; i < bound; i++)}, or counting down,
     * {@code for (int i = bound - 1; i >= from; i--)}. The index is never assigned in the body, so it ends.
     */
    record For(String label, String index, Expr from, Expr bound, boolean down, List<Stmt> body) implements Stmt {
    }

    /** {@code for (double v : array)} or {@code for (double[] row : matrix)}. */
    record ForEach(String label, Type type, String variable, Expr iterable, List<Stmt> body) implements Stmt {
    }

    /**
     * A while or do-while loop bounded by its own counter: printed as {@code int k = 0; while (k < limit && (condition))
     * { k++; body }}. The counter is part of the node rather than statements of the body, so no rewriting of the body
     * can make the loop run forever; {@code condition} may be null (the counter alone) and may read active values,
     * which gives data-dependent trip counts.
     */
    record While(String label, String counter, int limit, Expr condition, boolean doWhile, List<Stmt> body)
            implements Stmt {
    }

    /** A switch statement on an {@code int}: colon cases ending in {@code break} (printed), or arrow cases. */
    record Switch(Expr selector, boolean arrows, List<Case> cases) implements Stmt {
    }

    /** One case; no labels is {@code default}. */
    record Case(List<Integer> labels, List<Stmt> body) {
    }

    /** {@code break;} or {@code break label;}. */
    record Break(String label) implements Stmt {
    }

    /** {@code continue;} or {@code continue label;}. */
    record Continue(String label) implements Stmt {
    }

    /** An early {@code return value;}. */
    record Return(Expr value) implements Stmt {
    }

    // ---- declarations ----------------------------------------------------------------------------------------------

    /** Which values an {@code int} or {@code long} parameter takes at the checked points. */
    enum Domain {
        /** Small and non-negative: trip counts and indices may use it. */
        SMALL,
        /** Anything, edges included: only arithmetic uses it. */
        WILD
    }

    /**
     * A parameter. Arrays have a fixed shape ({@code rows} long, matrices {@code rows × cols}); {@code constant} marks
     * a double or array parameter {@code @NoDerivative}.
     */
    record Param(Type type, String name, int rows, int cols, boolean constant, Domain domain) {
        boolean active() {
            return type.isDifferentiable() && !constant;
        }
    }

    /**
     * A method: {@code differentiable} ones are {@code @Differentiable public static}, the others plain static helpers.
     * The body is followed by {@code return result;}, kept apart so that no shrinking step can leave a path without a
     * return. A {@code double[]} result has length {@code resultLength}.
     */
    record Method(String name, boolean differentiable, Type resultType, int resultLength, List<Param> params,
            List<Stmt> body, Expr result) {
    }

    /** A {@code static final double[]} table of the main class, read as constants. */
    record Field(String name, List<Double> values) {
    }

    /**
     * A program: the main class (its static tables, its differentiable methods and helpers) and a library class whose
     * differentiable methods the main class calls. {@code seed} made it and decides the points it is checked at.
     */
    record Program(long seed, List<Field> fields, List<Method> main, List<Method> library) {
    }
}
