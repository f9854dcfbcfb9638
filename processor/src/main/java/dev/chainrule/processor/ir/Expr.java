package dev.chainrule.processor.ir;

import dev.chainrule.rules.Primitive;
import java.util.List;

/**
 * An expression of the IR. Where a value can carry a derivative (an assignment to an active {@code double}), the
 * front end lowers it to three-address form: one {@link Apply} of atoms ({@link Const}, {@link Ref}, or an
 * {@link Element} read). Passive expressions (conditions, indices, integer arithmetic) stay as trees.
 */
public sealed interface Expr permits Expr.Const, Expr.Ref, Expr.Apply, Expr.Op, Expr.Element, Expr.Length,
        Expr.NewArray, Expr.Select, Expr.Pop, Expr.Clone, Expr.Text, Expr.Call, Expr.Runtime, Expr.Derivative, Expr.RulePartial, Expr.Member,
        Expr.Cell, Expr.Field, Expr.InstanceField {

    /** The Java type of the value. */
    Type type();

    /** The subexpressions, in the order Java evaluates them. */
    default List<Expr> children() {
        return List.of();
    }

    /**
     * This expression with its subexpressions replaced, given in the order of {@link #children()}: the one way a
     * pass rebuilds an expression, so no pass needs to know every kind.
     */
    default Expr withChildren(List<Expr> children) {
        return this;
    }

    /**
     * A constant. A {@code double} is held in {@code real}; an {@code int}, {@code long} or {@code boolean} (0 or 1)
     * exactly in {@code integer}, already reduced to its type's width, so folding follows Java's integer arithmetic
     * (JLS §15) bit for bit. {@code symbol} keeps a named constant readable ({@code Math.PI}); it is null for literals.
     */
    record Const(Type type, long integer, double real, String symbol) implements Expr {
        public Const {
            boolean fits = switch (type) {
                case DOUBLE -> integer == 0;
                case INT -> integer == (int) integer && real == 0;
                case LONG -> real == 0;
                case BOOLEAN -> (integer == 0 || integer == 1) && real == 0;
                default -> false;
            };
            if (!fits) {
                throw new IllegalArgumentException("not a constant of type " + type + ": " + integer + ", " + real);
            }
        }

        public static Const of(double value) {
            return new Const(Type.DOUBLE, 0, value, null);
        }

        /** A named double constant such as {@code Math.PI}. */
        public static Const named(double value, String symbol) {
            return new Const(Type.DOUBLE, 0, value, symbol);
        }

        public static Const ofInt(int value) {
            return new Const(Type.INT, value, 0, null);
        }

        public static Const ofLong(long value) {
            return new Const(Type.LONG, value, 0, null);
        }

        /** An {@code int} or {@code long} constant; an {@code int} must already be in range. */
        public static Const integral(Type type, long value) {
            return new Const(type, value, 0, null);
        }

        public static Const ofBoolean(boolean value) {
            return new Const(Type.BOOLEAN, value ? 1 : 0, 0, null);
        }

        /** The value as Java widens it to {@code double} (exact for {@code int}, rounded for a large {@code long}). */
        public double value() {
            return type == Type.DOUBLE ? real : (double) integer;
        }

        public boolean is(double v) {
            return type == Type.DOUBLE && Double.compare(real, v) == 0;
        }

        /** True for a negative number, and for -0.0, whose sign matters ({@code 1 / -0.0} is -inf). */
        public boolean isNegative() {
            return type == Type.DOUBLE ? real < 0 || Double.doubleToRawLongBits(real) == Long.MIN_VALUE
                    : type != Type.BOOLEAN && integer < 0;
        }
    }

    /** A read of a variable. */
    record Ref(Var var) implements Expr {
        @Override
        public Type type() {
            return var.type();
        }
    }

    /**
     * A differentiable primitive on doubles. {@code strict} selects {@code StrictMath} over {@code Math} for the
     * library functions, so the primal computes exactly what the user wrote.
     */
    record Apply(Primitive op, List<Expr> args, boolean strict) implements Expr {
        @Override
        public List<Expr> children() {
            return args;
        }

        @Override
        public Expr withChildren(List<Expr> children) {
            return new Apply(op, children, strict);
        }

        public Apply {
            args = List.copyOf(args);
            if (args.size() != op.arity()) {
                throw new IllegalArgumentException(op + " takes " + op.arity() + " operands, got " + args.size());
            }
        }

        public static Apply of(Primitive op, Expr... args) {
            return new Apply(op, List.of(args), false);
        }

        @Override
        public Type type() {
            return Type.DOUBLE;
        }
    }

    /** A passive operation: no derivative flows through it (integer arithmetic, comparisons, logic, casts). */
    record Op(Operator op, List<Expr> args, Type type) implements Expr {
        @Override
        public List<Expr> children() {
            return args;
        }

        @Override
        public Expr withChildren(List<Expr> children) {
            return new Op(op, children, type);
        }

        public Op {
            args = List.copyOf(args);
        }
    }

    /** Element {@code index} of an array: a {@code double} of a {@code double[]}, a row of a {@code double[][]}. */
    record Element(Expr array, Expr index) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of(array, index);
        }

        @Override
        public Expr withChildren(List<Expr> children) {
            return new Element(children.get(0), children.get(1));
        }

        @Override
        public Type type() {
            return array.type().element();
        }

        /** The variable holding the outermost array ({@code m} in {@code m[i][j]}). */
        public Var root() {
            Expr a = array;
            while (a instanceof Element e) {
                a = e.array();
            }
            return ((Ref) a).var();
        }
    }

    /** {@code array.length}. */
    record Length(Expr array) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of(array);
        }

        @Override
        public Expr withChildren(List<Expr> children) {
            return new Length(children.get(0));
        }

        @Override
        public Type type() {
            return Type.INT;
        }
    }

    /** {@code new double[d0]} or {@code new double[d0][d1]}, zero-filled. */
    record NewArray(Type type, List<Expr> dimensions) implements Expr {
        @Override
        public List<Expr> children() {
            return dimensions;
        }

        @Override
        public Expr withChildren(List<Expr> children) {
            return new NewArray(type, children);
        }

        public NewArray {
            dimensions = List.copyOf(dimensions);
        }
    }

    /**
     * {@code condition ? then : otherwise} on doubles: how a derivative formula states its value at a special point
     * ({@code r == 0 ? 0 : x / r}). The front end lowers the user's own conditionals to statements.
     */
    record Select(Expr condition, Expr then, Expr otherwise) implements Expr {
        @Override
        public Type type() {
            return Type.DOUBLE;
        }

        @Override
        public List<Expr> children() {
            return List.of(condition, then, otherwise);
        }

        @Override
        public Expr withChildren(List<Expr> children) {
            return new Select(children.get(0), children.get(1), children.get(2));
        }
    }

    /** The value most recently pushed on the reverse-mode tape's stack of {@code type}. */
    record Pop(Type type) implements Expr {
    }

    /** A call of a method the user wrote; {@code args} are atoms or passive trees, one per parameter. */
    record Call(Callee callee, List<Expr> args) implements Expr {
        @Override
        public List<Expr> children() {
            return args;
        }

        @Override
        public Expr withChildren(List<Expr> children) {
            return new Call(callee, children);
        }

        public Call {
            args = List.copyOf(args);
        }

        @Override
        public Type type() {
            return callee.result();
        }
    }

    /** A call of a runtime method: {@code type} is what it returns (unused when the call is a statement). */
    record Runtime(RuntimeOp op, List<Expr> args, Type type) implements Expr {
        public Runtime {
            args = List.copyOf(args);
        }

        @Override
        public List<Expr> children() {
            return args;
        }

        @Override
        public Expr withChildren(List<Expr> children) {
            return new Runtime(op, children, type);
        }
    }

    /** Which generated method of a differentiated callee a call goes to. */
    enum Mode {
        JVP("Jvp"), JVPS("Jvps"), VJP("Vjp"), HVP("Hvp");

        private final String suffix;

        Mode(String suffix) {
            this.suffix = suffix;
        }

        /** What the generated method's name adds to the callee's ({@code gJvp}). */
        public String suffix() {
            return suffix;
        }
    }

    /** A call of a differentiated method's generated derivative {@code callee.name() + mode.suffix()}. */
    record Derivative(Callee callee, Mode mode, List<Expr> args, Type type) implements Expr {
        public Derivative {
            args = List.copyOf(args);
        }

        @Override
        public List<Expr> children() {
            return args;
        }

        @Override
        public Expr withChildren(List<Expr> children) {
            return new Derivative(callee, mode, children, type);
        }
    }

    /** The partial derivative a {@code @DerivativeOf} rule gives for parameter {@code index} of its callee. */
    record RulePartial(Callee callee, int index, List<Expr> args) implements Expr {
        public RulePartial {
            args = List.copyOf(args);
        }

        @Override
        public Type type() {
            return Type.DOUBLE;
        }

        @Override
        public List<Expr> children() {
            return args;
        }

        @Override
        public Expr withChildren(List<Expr> children) {
            return new RulePartial(callee, index, children);
        }
    }

    /** {@code object.accessor()}: a component of a {@code Dual} a called forward mode returned. */
    record Member(Expr object, String accessor, Type type) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of(object);
        }

        @Override
        public Expr withChildren(List<Expr> children) {
            return new Member(children.get(0), accessor, type);
        }

    }

    /** {@code tape.cell()}: a zeroed {@code double[1]} for a called reverse mode to accumulate a scalar adjoint into. */
    record Cell() implements Expr {
        @Override
        public Type type() {
            return Type.DOUBLE_ARRAY;
        }
    }

    /** A static field read as a constant: {@code owner.name}. Passive: no derivative flows from a field. */
    record Field(String owner, String name, Type type) implements Expr {
    }

    /** A field of the receiver of an instance method, read as a constant: {@code self.name}. Passive. */
    record InstanceField(Var receiver, String name, Type type) implements Expr {
    }

    /** A string literal, for the names runtime checks print. */
    record Text(String value) implements Expr {
        @Override
        public Type type() {
            return Type.STRING;
        }
    }

    /** A copy of an array ({@code array.clone()}), to return a result the backward sweep will restore. */
    record Clone(Expr array) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of(array);
        }

        @Override
        public Expr withChildren(List<Expr> children) {
            return new Clone(children.get(0));
        }

        @Override
        public Type type() {
            return array.type();
        }
    }
}
