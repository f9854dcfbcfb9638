package dev.chainrule.rules;

import java.util.Locale;

/**
 * The differentiable operations on {@code double}s: Java's arithmetic operators, the functions of
 * {@code java.lang.Math} (and {@code StrictMath}) that the processor accepts in user code, and a few that only appear
 * inside derivative formulas ({@link Use#FORMULA}). Each has one {@link Rule} in {@link RuleTable}.
 */
public enum Primitive {
    ADD(2, "+"), SUB(2, "-"), MUL(2, "*"), DIV(2, "/"), REM(2, "%"), NEG(1, "-"),
    SIN(1), COS(1), TAN(1), ASIN(1), ACOS(1), ATAN(1), ATAN2(2),
    SINH(1), COSH(1), TANH(1),
    EXP(1), EXPM1(1), LOG(1), LOG10(1), LOG1P(1),
    SQRT(1), CBRT(1), POW(2), HYPOT(2),
    ABS(1), MIN(2), MAX(2),
    FMA(3), COPY_SIGN(2),
    /** {@code Math.signum}, in formulas only: user code's {@code signum} is piecewise constant and passive. */
    SIGNUM(1, Use.FORMULA),
    /** {@code Math.rint}, in formulas only (the remainder's divisor partial). */
    RINT(1, Use.FORMULA),
    /**
     * The strong-zero product {@code a · b}, which is 0 when either factor is 0 even if the other is infinite or NaN:
     * how a seed meets a partial that may be infinite ({@link Rule#unbounded()}). In formulas and generated code only.
     */
    STRONG_PRODUCT(2, Use.FORMULA);

    /** Where a primitive may appear. */
    public enum Use {
        /** In user code, as an operator or as a {@code Math} function. */
        SOURCE,
        /** Only in derivative formulas and the code generated from them. */
        FORMULA
    }

    private final int arity;
    private final String operator;
    private final Use use;

    Primitive(int arity) {
        this(arity, null, Use.SOURCE);
    }

    Primitive(int arity, Use use) {
        this(arity, null, use);
    }

    Primitive(int arity, String operator) {
        this(arity, operator, Use.SOURCE);
    }

    Primitive(int arity, String operator, Use use) {
        this.arity = arity;
        this.operator = operator;
        this.use = use;
    }

    public int arity() {
        return arity;
    }

    public Use use() {
        return use;
    }

    /** True for {@code + - * / %} and unary minus, which Java writes as operators. */
    public boolean isOperator() {
        return operator != null;
    }

    /** The Java operator of an {@link #isOperator()} primitive. */
    public String operator() {
        return operator;
    }

    /**
     * The name of the {@code java.lang.Math} method computing it ({@code sin}, {@code copySign}), or null for an
     * operator and for {@link #STRONG_PRODUCT}, which the runtime computes.
     */
    public String mathName() {
        if (isOperator() || this == STRONG_PRODUCT) {
            return null;
        }
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    /**
     * The value at {@code args} (as many as the arity), computed as Java computes it: the operator, or the
     * {@code Math} method ({@code StrictMath} when {@code strict}).
     */
    public double value(boolean strict, double... args) {
        if (args.length != arity) {
            throw new IllegalArgumentException(this + " takes " + arity + " arguments, got " + args.length);
        }
        return compute(strict, args[0], arity > 1 ? args[1] : 0, arity > 2 ? args[2] : 0);
    }

    /**
     * The value at {@code (a, b, c)} as Java's {@code Math} computes it, the arguments past the arity ignored: what an
     * interpreter evaluates per node, without the array of {@link #value(boolean, double...)}.
     */
    public double apply(double a, double b, double c) {
        // The operators in a method small enough for the JIT to inline where it is called for every node.
        return operator != null ? arithmetic(a, b) : compute(false, a, b, c);
    }

    private double arithmetic(double a, double b) {
        return switch (this) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case REM -> a % b;
            case NEG -> -a;
            default -> throw new IllegalStateException(this + " is no operator");
        };
    }

    private double compute(boolean strict, double a, double b, double c) {
        return switch (this) {
            case ADD, SUB, MUL, DIV, REM, NEG -> arithmetic(a, b);
            case SIN -> strict ? StrictMath.sin(a) : Math.sin(a);
            case COS -> strict ? StrictMath.cos(a) : Math.cos(a);
            case TAN -> strict ? StrictMath.tan(a) : Math.tan(a);
            case ASIN -> strict ? StrictMath.asin(a) : Math.asin(a);
            case ACOS -> strict ? StrictMath.acos(a) : Math.acos(a);
            case ATAN -> strict ? StrictMath.atan(a) : Math.atan(a);
            case ATAN2 -> strict ? StrictMath.atan2(a, b) : Math.atan2(a, b);
            case SINH -> strict ? StrictMath.sinh(a) : Math.sinh(a);
            case COSH -> strict ? StrictMath.cosh(a) : Math.cosh(a);
            case TANH -> strict ? StrictMath.tanh(a) : Math.tanh(a);
            case EXP -> strict ? StrictMath.exp(a) : Math.exp(a);
            case EXPM1 -> strict ? StrictMath.expm1(a) : Math.expm1(a);
            case LOG -> strict ? StrictMath.log(a) : Math.log(a);
            case LOG10 -> strict ? StrictMath.log10(a) : Math.log10(a);
            case LOG1P -> strict ? StrictMath.log1p(a) : Math.log1p(a);
            case SQRT -> strict ? StrictMath.sqrt(a) : Math.sqrt(a);
            case CBRT -> strict ? StrictMath.cbrt(a) : Math.cbrt(a);
            case POW -> strict ? StrictMath.pow(a, b) : Math.pow(a, b);
            case HYPOT -> strict ? StrictMath.hypot(a, b) : Math.hypot(a, b);
            case ABS -> Math.abs(a);
            case MIN -> Math.min(a, b);
            case MAX -> Math.max(a, b);
            case FMA -> strict ? StrictMath.fma(a, b, c) : Math.fma(a, b, c);
            case COPY_SIGN -> strict ? StrictMath.copySign(a, b) : Math.copySign(a, b);
            case SIGNUM -> Math.signum(a);
            case RINT -> Math.rint(a);
            case STRONG_PRODUCT -> a == 0 || b == 0 ? 0 : a * b;
        };
    }
}
