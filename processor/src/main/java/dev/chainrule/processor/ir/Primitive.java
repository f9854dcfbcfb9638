package dev.chainrule.processor.ir;

/**
 * The primitive operations the IR knows. Arithmetic prints as an operator; the rest are functions of
 * {@code java.lang.Math} (or {@code StrictMath}) of the same name.
 */
public enum Primitive {
    ADD(2, "+"), SUB(2, "-"), MUL(2, "*"), DIV(2, "/"), REM(2, "%"), NEG(1, "-"),
    SIN(1), COS(1), TAN(1), ASIN(1), ACOS(1), ATAN(1), ATAN2(2),
    SINH(1), COSH(1), TANH(1),
    EXP(1), EXPM1(1), LOG(1), LOG10(1), LOG1P(1),
    SQRT(1), CBRT(1), POW(2), HYPOT(2),
    ABS(1), MIN(2), MAX(2);

    private final int arity;
    private final String operator;

    Primitive(int arity) {
        this(arity, null);
    }

    Primitive(int arity, String operator) {
        this.arity = arity;
        this.operator = operator;
    }

    public int arity() {
        return arity;
    }

    /** True for {@code + - * / %} and unary minus, which print as Java operators. */
    public boolean isOperator() {
        return operator != null;
    }

    /** The Java operator, for {@link #isOperator()} primitives. */
    public String operator() {
        return operator;
    }

    /** The name of the {@code Math} method, for the others. */
    public String mathName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
