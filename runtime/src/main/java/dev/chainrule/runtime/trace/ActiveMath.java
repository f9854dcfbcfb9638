package dev.chainrule.runtime.trace;

/**
 * The {@code Math} functions over {@link Active} values: each is recorded on the running trace, and its derivative
 * is the one generated code uses ({@code dev.chainrule.runtime.Partials}), including the policy at non-smooth points
 * ({@code abs}, {@code min}, {@code max} at a tie, {@code sqrt(0)}, ...).
 */
public final class ActiveMath {

    private ActiveMath() {
    }

    /**
     * Returns {@code sin(x)}.
     *
     * @param x the argument
     * @return {@code sin(x)}
     */
    public static Active sin(Active x) {
        return Tracer.apply(Op.SIN, x, null);
    }

    /**
     * Returns {@code cos(x)}.
     *
     * @param x the argument
     * @return {@code cos(x)}
     */
    public static Active cos(Active x) {
        return Tracer.apply(Op.COS, x, null);
    }

    /**
     * Returns {@code tan(x)}.
     *
     * @param x the argument
     * @return {@code tan(x)}
     */
    public static Active tan(Active x) {
        return Tracer.apply(Op.TAN, x, null);
    }

    /**
     * Returns {@code asin(x)}.
     *
     * @param x the argument
     * @return {@code asin(x)}
     */
    public static Active asin(Active x) {
        return Tracer.apply(Op.ASIN, x, null);
    }

    /**
     * Returns {@code acos(x)}.
     *
     * @param x the argument
     * @return {@code acos(x)}
     */
    public static Active acos(Active x) {
        return Tracer.apply(Op.ACOS, x, null);
    }

    /**
     * Returns {@code atan(x)}.
     *
     * @param x the argument
     * @return {@code atan(x)}
     */
    public static Active atan(Active x) {
        return Tracer.apply(Op.ATAN, x, null);
    }

    /**
     * Returns {@code sinh(x)}.
     *
     * @param x the argument
     * @return {@code sinh(x)}
     */
    public static Active sinh(Active x) {
        return Tracer.apply(Op.SINH, x, null);
    }

    /**
     * Returns {@code cosh(x)}.
     *
     * @param x the argument
     * @return {@code cosh(x)}
     */
    public static Active cosh(Active x) {
        return Tracer.apply(Op.COSH, x, null);
    }

    /**
     * Returns {@code tanh(x)}.
     *
     * @param x the argument
     * @return {@code tanh(x)}
     */
    public static Active tanh(Active x) {
        return Tracer.apply(Op.TANH, x, null);
    }

    /**
     * Returns {@code exp(x)}.
     *
     * @param x the argument
     * @return {@code exp(x)}
     */
    public static Active exp(Active x) {
        return Tracer.apply(Op.EXP, x, null);
    }

    /**
     * Returns {@code expm1(x)}.
     *
     * @param x the argument
     * @return {@code expm1(x)}
     */
    public static Active expm1(Active x) {
        return Tracer.apply(Op.EXPM1, x, null);
    }

    /**
     * Returns {@code log(x)}.
     *
     * @param x the argument
     * @return {@code log(x)}
     */
    public static Active log(Active x) {
        return Tracer.apply(Op.LOG, x, null);
    }

    /**
     * Returns {@code log10(x)}.
     *
     * @param x the argument
     * @return {@code log10(x)}
     */
    public static Active log10(Active x) {
        return Tracer.apply(Op.LOG10, x, null);
    }

    /**
     * Returns {@code log1p(x)}.
     *
     * @param x the argument
     * @return {@code log1p(x)}
     */
    public static Active log1p(Active x) {
        return Tracer.apply(Op.LOG1P, x, null);
    }

    /**
     * Returns {@code sqrt(x)}.
     *
     * @param x the argument
     * @return {@code sqrt(x)}
     */
    public static Active sqrt(Active x) {
        return Tracer.apply(Op.SQRT, x, null);
    }

    /**
     * Returns {@code cbrt(x)}.
     *
     * @param x the argument
     * @return {@code cbrt(x)}
     */
    public static Active cbrt(Active x) {
        return Tracer.apply(Op.CBRT, x, null);
    }

    /**
     * Returns {@code |x|}.
     *
     * @param x the argument
     * @return {@code |x|}
     */
    public static Active abs(Active x) {
        return Tracer.apply(Op.ABS, x, null);
    }

    /**
     * Returns {@code atan2(y, x)}.
     *
     * @param y the ordinate
     * @param x the abscissa
     * @return {@code atan2(y, x)}
     */
    public static Active atan2(Active y, Active x) {
        return Tracer.apply(Op.ATAN2, y, x);
    }

    /**
     * Returns {@code x^y}.
     *
     * @param x the base
     * @param y the exponent
     * @return {@code x^y}
     */
    public static Active pow(Active x, Active y) {
        return Tracer.apply(Op.POW, x, y);
    }

    /**
     * Returns {@code x^y}.
     *
     * @param x the base
     * @param y the exponent, a constant
     * @return {@code x^y}
     */
    public static Active pow(Active x, double y) {
        return pow(x, Active.constant(y));
    }

    /**
     * Returns {@code x^y}.
     *
     * @param x the base, a constant
     * @param y the exponent
     * @return {@code x^y}
     */
    public static Active pow(double x, Active y) {
        return pow(Active.constant(x), y);
    }

    /**
     * Returns {@code sqrt(x² + y²)}.
     *
     * @param x the first argument
     * @param y the second argument
     * @return {@code sqrt(x² + y²)}
     */
    public static Active hypot(Active x, Active y) {
        return Tracer.apply(Op.HYPOT, x, y);
    }

    /**
     * Returns {@code min(a, b)}.
     *
     * @param a the first argument
     * @param b the second argument
     * @return {@code min(a, b)}
     */
    public static Active min(Active a, Active b) {
        return Tracer.apply(Op.MIN, a, b);
    }

    /**
     * Returns {@code min(a, b)}.
     *
     * @param a the first argument
     * @param b the second argument, a constant
     * @return {@code min(a, b)}
     */
    public static Active min(Active a, double b) {
        return min(a, Active.constant(b));
    }

    /**
     * Returns {@code max(a, b)}.
     *
     * @param a the first argument
     * @param b the second argument
     * @return {@code max(a, b)}
     */
    public static Active max(Active a, Active b) {
        return Tracer.apply(Op.MAX, a, b);
    }

    /**
     * Returns {@code max(a, b)}.
     *
     * @param a the first argument
     * @param b the second argument, a constant
     * @return {@code max(a, b)}
     */
    public static Active max(Active a, double b) {
        return max(a, Active.constant(b));
    }
}
