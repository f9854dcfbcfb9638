package dev.chainrule.processor.ir;

/** Passive operators: values flow through them, derivatives do not. */
public enum Operator {
    ADD("+", 2, Kind.BINARY), SUB("-", 2, Kind.BINARY), MUL("*", 2, Kind.BINARY),
    DIV("/", 2, Kind.BINARY), REM("%", 2, Kind.BINARY), NEG("-", 1, Kind.PREFIX),
    LT("<", 2, Kind.BINARY), LE("<=", 2, Kind.BINARY), GT(">", 2, Kind.BINARY),
    GE(">=", 2, Kind.BINARY), EQ("==", 2, Kind.BINARY), NE("!=", 2, Kind.BINARY),
    AND("&&", 2, Kind.BINARY), OR("||", 2, Kind.BINARY), NOT("!", 1, Kind.PREFIX),
    TO_INT("(int)", 1, Kind.PREFIX), TO_LONG("(long)", 1, Kind.PREFIX), TO_DOUBLE("(double)", 1, Kind.PREFIX),
    FLOOR("floor", 1, Kind.MATH), CEIL("ceil", 1, Kind.MATH), ROUND("round", 1, Kind.MATH),
    RINT("rint", 1, Kind.MATH), SIGNUM("signum", 1, Kind.MATH),
    ABS("abs", 1, Kind.MATH), MIN("min", 2, Kind.MATH), MAX("max", 2, Kind.MATH),
    /** {@code StopGradient.stop(x)}: the value of {@code x}, no derivative. Printed as {@code x}. */
    STOP("stop", 1, Kind.IDENTITY);

    /** How an operator is written. */
    public enum Kind {
        BINARY, PREFIX, MATH, IDENTITY
    }

    private final String symbol;
    private final int arity;
    private final Kind kind;

    Operator(String symbol, int arity, Kind kind) {
        this.symbol = symbol;
        this.arity = arity;
        this.kind = kind;
    }

    public String symbol() {
        return symbol;
    }

    public int arity() {
        return arity;
    }

    public Kind kind() {
        return kind;
    }
}
