package dev.chainrule.runtime.trace;

import dev.chainrule.rules.Primitive;

/**
 * The {@code Math} functions over {@link Active} values, one for every function the processor accepts in user code:
 * each is recorded on the running trace, and its derivative is the rule table's ({@code dev.chainrule.rules.RuleTable},
 * which generated code follows too), including the policy at non-smooth points ({@code abs}, {@code min}, {@code max}
 * at a tie, {@code sqrt(0)}, ...).
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
        return Tracer.apply(Primitive.SIN, x);
    }

    /**
     * Returns {@code cos(x)}.
     *
     * @param x the argument
     * @return {@code cos(x)}
     */
    public static Active cos(Active x) {
        return Tracer.apply(Primitive.COS, x);
    }

    /**
     * Returns {@code tan(x)}.
     *
     * @param x the argument
     * @return {@code tan(x)}
     */
    public static Active tan(Active x) {
        return Tracer.apply(Primitive.TAN, x);
    }

    /**
     * Returns {@code asin(x)}.
     *
     * @param x the argument
     * @return {@code asin(x)}
     */
    public static Active asin(Active x) {
        return Tracer.apply(Primitive.ASIN, x);
    }

    /**
     * Returns {@code acos(x)}.
     *
     * @param x the argument
     * @return {@code acos(x)}
     */
    public static Active acos(Active x) {
        return Tracer.apply(Primitive.ACOS, x);
    }

    /**
     * Returns {@code atan(x)}.
     *
     * @param x the argument
     * @return {@code atan(x)}
     */
    public static Active atan(Active x) {
        return Tracer.apply(Primitive.ATAN, x);
    }

    /**
     * Returns {@code sinh(x)}.
     *
     * @param x the argument
     * @return {@code sinh(x)}
     */
    public static Active sinh(Active x) {
        return Tracer.apply(Primitive.SINH, x);
    }

    /**
     * Returns {@code cosh(x)}.
     *
     * @param x the argument
     * @return {@code cosh(x)}
     */
    public static Active cosh(Active x) {
        return Tracer.apply(Primitive.COSH, x);
    }

    /**
     * Returns {@code tanh(x)}.
     *
     * @param x the argument
     * @return {@code tanh(x)}
     */
    public static Active tanh(Active x) {
        return Tracer.apply(Primitive.TANH, x);
    }

    /**
     * Returns {@code exp(x)}.
     *
     * @param x the argument
     * @return {@code exp(x)}
     */
    public static Active exp(Active x) {
        return Tracer.apply(Primitive.EXP, x);
    }

    /**
     * Returns {@code expm1(x)}.
     *
     * @param x the argument
     * @return {@code expm1(x)}
     */
    public static Active expm1(Active x) {
        return Tracer.apply(Primitive.EXPM1, x);
    }

    /**
     * Returns {@code log(x)}.
     *
     * @param x the argument
     * @return {@code log(x)}
     */
    public static Active log(Active x) {
        return Tracer.apply(Primitive.LOG, x);
    }

    /**
     * Returns {@code log10(x)}.
     *
     * @param x the argument
     * @return {@code log10(x)}
     */
    public static Active log10(Active x) {
        return Tracer.apply(Primitive.LOG10, x);
    }

    /**
     * Returns {@code log1p(x)}.
     *
     * @param x the argument
     * @return {@code log1p(x)}
     */
    public static Active log1p(Active x) {
        return Tracer.apply(Primitive.LOG1P, x);
    }

    /**
     * Returns {@code sqrt(x)}.
     *
     * @param x the argument
     * @return {@code sqrt(x)}
     */
    public static Active sqrt(Active x) {
        return Tracer.apply(Primitive.SQRT, x);
    }

    /**
     * Returns {@code cbrt(x)}.
     *
     * @param x the argument
     * @return {@code cbrt(x)}
     */
    public static Active cbrt(Active x) {
        return Tracer.apply(Primitive.CBRT, x);
    }

    /**
     * Returns {@code |x|}.
     *
     * @param x the argument
     * @return {@code |x|}
     */
    public static Active abs(Active x) {
        return Tracer.apply(Primitive.ABS, x);
    }

    /**
     * Returns {@code atan2(y, x)}.
     *
     * @param y the ordinate
     * @param x the abscissa
     * @return {@code atan2(y, x)}
     */
    public static Active atan2(Active y, Active x) {
        return Tracer.apply(Primitive.ATAN2, y, x);
    }

    /**
     * Returns {@code x^y}.
     *
     * @param x the base
     * @param y the exponent
     * @return {@code x^y}
     */
    public static Active pow(Active x, Active y) {
        return Tracer.apply(Primitive.POW, x, y);
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
        return Tracer.apply(Primitive.HYPOT, x, y);
    }

    /**
     * Returns {@code min(a, b)}.
     *
     * @param a the first argument
     * @param b the second argument
     * @return {@code min(a, b)}
     */
    public static Active min(Active a, Active b) {
        return Tracer.apply(Primitive.MIN, a, b);
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
        return Tracer.apply(Primitive.MAX, a, b);
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

    /**
     * Returns {@code fma(a, b, c)}: {@code a · b + c} rounded once, as {@link Math#fma(double, double, double)}.
     *
     * @param a the first factor
     * @param b the second factor
     * @param c the addend
     * @return {@code a · b + c}, rounded once
     */
    public static Active fma(Active a, Active b, Active c) {
        return Tracer.apply(Primitive.FMA, a, b, c);
    }

    /**
     * Returns {@code copySign(magnitude, sign)}: {@code |magnitude|} with the sign of {@code sign}. No derivative
     * flows to {@code sign}, which only chooses a branch.
     *
     * @param magnitude the value whose magnitude is returned
     * @param sign      the value whose sign is returned
     * @return {@code magnitude} with the sign of {@code sign}
     */
    public static Active copySign(Active magnitude, Active sign) {
        return Tracer.apply(Primitive.COPY_SIGN, magnitude, sign);
    }

    /**
     * Returns {@code copySign(magnitude, sign)} for a constant sign.
     *
     * @param magnitude the value whose magnitude is returned
     * @param sign      the sign, a constant
     * @return {@code magnitude} with the sign of {@code sign}
     */
    public static Active copySign(Active magnitude, double sign) {
        return copySign(magnitude, Active.constant(sign));
    }
}
