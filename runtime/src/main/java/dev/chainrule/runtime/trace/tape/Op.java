package dev.chainrule.runtime.trace.tape;

import dev.chainrule.rules.Formula;
import dev.chainrule.rules.Primitive;
import dev.chainrule.rules.Rule;
import dev.chainrule.rules.RuleTable;
import dev.chainrule.runtime.trace.compiler.FormulaWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What a tape node is: one of the three leaves ({@link #INPUT}, {@link #CONST}, {@link #DATA}) or a primitive the
 * user's code may call ({@link Primitive.Use#SOURCE}), with its {@link Rule} from the {@link RuleTable}. Nothing here
 * states a derivative: the partials are the table's formulas, which the interpreter evaluates
 * ({@link PartialFunction}) and the compiler writes as bytecode ({@link FormulaWriter}), so the tracer, generated
 * code and the table agree by construction.
 *
 * <p>An argument's partial has a {@link Kind}: the constant ones (0, 1, -1) are data that the sweeps turn into no
 * term, a plain pass or a negation; every other partial is a formula, multiplied by the seed.
 */
public final class Op {

    /** The most arguments a primitive takes ({@code fma}). */
    static final int MAX_ARITY = 3;

    /** Leaf: {@code x[arg0]}. */
    public static final Op INPUT = new Op("INPUT", 0, null);
    /** Leaf: {@code constants[arg0]}. */
    public static final Op CONST = new Op("CONST", 1, null);
    /** Leaf: {@code data[arg0]}, a value read at every call that carries no derivative. */
    public static final Op DATA = new Op("DATA", 2, null);

    // By code: the leaves, then one per primitive at 3 + its ordinal (null for a formula-only primitive).
    private static final Op[] BY_CODE = byCode();

    /** How the partial derivative with respect to one argument is obtained. */
    public enum Kind {
        /** The partial is 0: the argument passes no derivative ({@code copySign}'s sign). */
        ZERO,
        /** The partial is 1: the seed passes through. */
        ONE,
        /** The partial is -1: the seed passes through negated. */
        MINUS_ONE,
        /** The partial is another argument's value (a product's other factor), which multiplies the seed. */
        ARGUMENT,
        /** The partial is any other formula, which multiplies the seed. */
        FORMULA;

        /** Whether the seed is multiplied by the partial, where an infinite factor needs the strong zero. */
        public boolean multiplies() {
            return this == ARGUMENT || this == FORMULA;
        }
    }

    private final String name;
    private final byte code;
    private final Primitive primitive;
    private final Rule rule;
    private final Kind[] kinds;
    private final PartialFunction[] partials;
    // Per argument: for an ARGUMENT partial, the argument it is.
    private final int[] factors;
    private final boolean readsArguments;
    private final boolean readsResult;
    private final boolean branches;

    private Op(String name, int code, Primitive primitive) {
        this.name = name;
        this.code = (byte) code;
        this.primitive = primitive;
        this.rule = primitive == null ? null : RuleTable.of(primitive);
        int arity = primitive == null ? 0 : primitive.arity();
        this.kinds = new Kind[arity];
        this.partials = new PartialFunction[arity];
        this.factors = new int[arity];
        boolean arguments = false;
        boolean result = false;
        boolean selects = false;
        for (int j = 0; j < arity; j++) {
            Formula partial = rule.partials().get(j);
            kinds[j] = kind(partial);
            partials[j] = PartialFunction.of(partial);
            factors[j] = partial instanceof Formula.Arg arg ? arg.index() : -1;
            arguments |= kinds[j].multiplies() && readsArgument(partial);
            result |= kinds[j].multiplies() && readsResult(partial);
            selects |= kinds[j].multiplies() && Formulas.any(partial, f -> f instanceof Formula.Select);
        }
        this.readsArguments = arguments;
        this.readsResult = result;
        this.branches = selects;
    }

    private static Op[] byCode() {
        List<Op> ops = new ArrayList<>(List.of(INPUT, CONST, DATA));
        for (Primitive p : Primitive.values()) {
            ops.add(p.use() == Primitive.Use.SOURCE ? new Op(p.name(), ops.size(), p) : null);
        }
        return ops.toArray(new Op[0]);
    }

    /** The node of a primitive of user code. */
    public static Op of(Primitive primitive) {
        Op op = BY_CODE[3 + primitive.ordinal()];
        if (op == null) {
            throw new IllegalArgumentException(primitive + " appears in formulas only, not on a tape");
        }
        return op;
    }

    /** The op whose {@link #code} is {@code code}. */
    public static Op byCode(byte code) {
        return BY_CODE[code];
    }

    /** The code a tape stores for this op. */
    public byte code() {
        return code;
    }

    /** The primitive; {@code null} for a leaf. */
    public Primitive primitive() {
        return primitive;
    }

    /** The number of arguments: 0 for the leaves, 1 to {@link #MAX_ARITY} for primitives. */
    public int arity() {
        return kinds.length;
    }

    /** Whether this is a leaf ({@link #INPUT}, {@link #CONST}, {@link #DATA}), a node with no arguments. */
    public boolean isLeaf() {
        return kinds.length == 0;
    }

    /** Whether this is one of Java's arithmetic operators, which the JVM computes in one instruction. */
    public boolean isOperator() {
        return primitive != null && primitive.isOperator();
    }

    /** How the partial with respect to argument {@code j} is obtained. */
    public Kind kind(int j) {
        return kinds[j];
    }

    /** The table's formula of the partial with respect to argument {@code j}. */
    public Formula partialFormula(int j) {
        return rule.partials().get(j);
    }

    /**
     * Whether a partial of this primitive may be infinite at finite arguments, so that it must meet its seed through
     * the strong zero ({@link Rule#unbounded()}).
     */
    boolean unbounded() {
        return rule != null && rule.unbounded();
    }

    /** Whether some partial formula reads an argument's value (a product's other factor, {@code cos(x)}). */
    public boolean readsArguments() {
        return readsArguments;
    }

    /** Whether some partial formula reads the node's own value ({@code exp}'s, a quotient's). */
    public boolean readsResult() {
        return readsResult;
    }

    /** Whether some partial formula chooses between cases, which compiled code writes as branches. */
    public boolean branches() {
        return branches;
    }

    /** The primitive's value at {@code (a, b, c)}, the arguments past its arity ignored. */
    public double value(double a, double b, double c) {
        return primitive.apply(a, b, c);
    }

    /**
     * The partial with respect to argument {@code j} at arguments {@code (a, b, c)} (0 past the arity) and result
     * {@code r}: what the interpreter multiplies seeds by.
     */
    public double partial(int j, double a, double b, double c, double r) {
        // The constant and argument partials without a call: most nodes of most tapes are arithmetic.
        switch (kinds[j]) {
            case ONE:
                return 1;
            case MINUS_ONE:
                return -1;
            case ZERO:
                return 0;
            case ARGUMENT:
                return factors[j] == 0 ? a : factors[j] == 1 ? b : c;
            default:
                return partials[j].at(a, b, c, r);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    private static Kind kind(Formula partial) {
        if (partial instanceof Formula.Arg) {
            return Kind.ARGUMENT;
        }
        if (partial instanceof Formula.Const constant) {
            // Bit for bit: -0.0 is no zero partial, and only these three need no product.
            long bits = Double.doubleToRawLongBits(constant.value());
            if (bits == Double.doubleToRawLongBits(0)) {
                return Kind.ZERO;
            }
            if (bits == Double.doubleToRawLongBits(1)) {
                return Kind.ONE;
            }
            if (bits == Double.doubleToRawLongBits(-1)) {
                return Kind.MINUS_ONE;
            }
        }
        return Kind.FORMULA;
    }

    private static boolean readsArgument(Formula formula) {
        return Formulas.any(formula, f -> f instanceof Formula.Arg);
    }

    private static boolean readsResult(Formula formula) {
        return Formulas.any(formula, f -> f instanceof Formula.Result);
    }
}
