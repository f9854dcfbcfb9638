package dev.chainrule.runtime;

/**
 * The derivative of every {@code Math} primitive, written once: generated code (both modes) and the run-time tracer
 * call these methods, so a formula or a policy changes in one place only.
 *
 * <p>Each method returns the partial derivative of a primitive's result with respect to one argument. {@code x} and
 * {@code y} are the primitive's arguments and {@code r} its result, which the caller has already computed; passing it
 * lets a formula reuse it ({@code d/dx exp(x) = exp(x) = r}) instead of calling {@code Math} a second time. Some
 * formulas need only the argument and ignore {@code r}.
 *
 * <h2>Policy at points where the derivative does not exist</h2>
 * <ul>
 *   <li><b>Kinks</b> (the one-sided derivatives are finite but differ): the derivative is the mean of the one-sided
 *       derivatives. So {@code abs'(0) = 0}, {@code min} and {@code max} give 0.5 to each argument on a tie, and
 *       {@code hypot} and {@code atan2} have derivative 0 at the origin, where every direction's slope averages out.
 *       The same rule serves forward and reverse mode, so both modes agree at every point.</li>
 *   <li><b>Vertical tangents</b> (the derivative tends to infinity from the side where the primitive is defined):
 *       the derivative is that one-sided infinite value, e.g. {@code sqrt'(0) = +∞}. A zero seed times such a
 *       partial is 0, not NaN (the "strong zero", see {@link #chain}): an input that does not influence the output
 *       contributes nothing, however steep the primitive is there.</li>
 *   <li>Outside a primitive's domain (e.g. {@code log} of a negative number) the result is NaN, like the primitive's
 *       own result.</li>
 * </ul>
 *
 * <p>The partials that may be infinite at finite arguments ({@link #sqrt}, {@link #cbrt}, {@link #log},
 * {@link #log10}, {@link #log1p}, {@link #asin}, {@link #acos}, {@link #powBase}, {@link #powExponent}) must be
 * combined with their seed through {@link #chain}; the others are finite wherever their primitive is, and may be
 * multiplied directly.
 */
public final class Partials {

    private static final double LN_10 = Math.log(10);

    private Partials() {
    }

    /**
     * Multiplies a tangent or adjoint seed by a partial derivative, with a strong zero on both sides: the product is 0
     * when either factor is 0, even when the other is {@code ±∞} or NaN. A zero seed through a steep primitive
     * ({@code sqrt} at 0) contributes nothing, and an infinite seed through a primitive that ignores its argument
     * there ({@code max(sqrt(x), 1)} at {@code x = 0}, or {@code x · x} at 0) contributes nothing either.
     * Generated code uses it wherever a factor may be infinite: unbounded partials, and seeds downstream of them.
     *
     * @param seed    the tangent or adjoint flowing through the primitive
     * @param partial the primitive's partial derivative
     * @return {@code seed · partial}, or 0 when {@code seed == 0} or {@code partial == 0}
     */
    public static double chain(double seed, double partial) {
        return seed == 0 || partial == 0 ? 0 : seed * partial;
    }

    /**
     * {@code d/db (a % b) = -trunc(a / b)}, Java's remainder being {@code a - b·trunc(a / b)}; {@code d/da} is 1.
     * Where {@code a / b} crosses an integer the remainder jumps and the derivative does not exist; this returns
     * the derivative of the piece the arguments are on.
     *
     * @param a the dividend
     * @param b the divisor
     * @param r {@code a % b}
     * @return {@code -trunc(a / b)}, computed exactly as {@code -(a - r) / b} rounded to an integer
     */
    public static double remainderDivisor(double a, double b, double r) {
        return -Math.rint((a - r) / b);
    }

    /**
     * {@code d/dx sin(x) = cos(x)}.
     *
     * @param x the argument
     * @param r {@code sin(x)} (unused)
     * @return {@code cos(x)}
     */
    public static double sin(double x, double r) {
        return Math.cos(x);
    }

    /**
     * {@code d/dx cos(x) = -sin(x)}.
     *
     * @param x the argument
     * @param r {@code cos(x)} (unused)
     * @return {@code -sin(x)}
     */
    public static double cos(double x, double r) {
        return -Math.sin(x);
    }

    /**
     * {@code d/dx tan(x) = 1 + tan²(x)}.
     *
     * @param x the argument (unused)
     * @param r {@code tan(x)}
     * @return {@code 1 + r²}
     */
    public static double tan(double x, double r) {
        return 1 + r * r;
    }

    /**
     * {@code d/dx asin(x) = 1 / √(1 - x²)}; {@code +∞} at {@code x = ±1} (vertical tangent), NaN for {@code |x| > 1}.
     * Wrap in {@link #chain}.
     *
     * @param x the argument
     * @param r {@code asin(x)} (unused)
     * @return {@code 1 / √(1 - x²)}
     */
    public static double asin(double x, double r) {
        return 1 / Math.sqrt(1 - x * x);
    }

    /**
     * {@code d/dx acos(x) = -1 / √(1 - x²)}; {@code -∞} at {@code x = ±1} (vertical tangent), NaN for
     * {@code |x| > 1}. Wrap in {@link #chain}.
     *
     * @param x the argument
     * @param r {@code acos(x)} (unused)
     * @return {@code -1 / √(1 - x²)}
     */
    public static double acos(double x, double r) {
        return -1 / Math.sqrt(1 - x * x);
    }

    /**
     * {@code d/dx atan(x) = 1 / (1 + x²)}.
     *
     * @param x the argument
     * @param r {@code atan(x)} (unused)
     * @return {@code 1 / (1 + x²)}
     */
    public static double atan(double x, double r) {
        return 1 / (1 + x * x);
    }

    /**
     * {@code d/dx sinh(x) = cosh(x)}.
     *
     * @param x the argument
     * @param r {@code sinh(x)} (unused)
     * @return {@code cosh(x)}
     */
    public static double sinh(double x, double r) {
        return Math.cosh(x);
    }

    /**
     * {@code d/dx cosh(x) = sinh(x)}.
     *
     * @param x the argument
     * @param r {@code cosh(x)} (unused)
     * @return {@code sinh(x)}
     */
    public static double cosh(double x, double r) {
        return Math.sinh(x);
    }

    /**
     * {@code d/dx tanh(x) = 1 - tanh²(x)}.
     *
     * @param x the argument (unused)
     * @param r {@code tanh(x)}
     * @return {@code 1 - r²}
     */
    public static double tanh(double x, double r) {
        return 1 - r * r;
    }

    /**
     * {@code d/dx exp(x) = exp(x)}.
     *
     * @param x the argument (unused)
     * @param r {@code exp(x)}
     * @return {@code r}
     */
    public static double exp(double x, double r) {
        return r;
    }

    /**
     * {@code d/dx expm1(x) = exp(x) = expm1(x) + 1}.
     *
     * @param x the argument (unused)
     * @param r {@code expm1(x)}
     * @return {@code r + 1}
     */
    public static double expm1(double x, double r) {
        return r + 1;
    }

    /**
     * {@code d/dx log(x) = 1 / x}; {@code +∞} at {@code x = 0} (either signed zero: the limit from the domain side),
     * NaN for {@code x < 0}. Wrap in {@link #chain}.
     *
     * @param x the argument
     * @param r {@code log(x)} (unused)
     * @return {@code 1 / x}
     */
    public static double log(double x, double r) {
        // 1 / -0.0 would be -∞, but log is defined on the positive side only.
        return x == 0 ? Double.POSITIVE_INFINITY : 1 / x;
    }

    /**
     * {@code d/dx log10(x) = 1 / (x · ln 10)}; {@code +∞} at {@code x = 0} (either signed zero), NaN for
     * {@code x < 0}. Wrap in {@link #chain}.
     *
     * @param x the argument
     * @param r {@code log10(x)} (unused)
     * @return {@code 1 / (x · ln 10)}
     */
    public static double log10(double x, double r) {
        // As in log: -0.0 must not flip the sign of the infinite derivative.
        return x == 0 ? Double.POSITIVE_INFINITY : 1 / (x * LN_10);
    }

    /**
     * {@code d/dx log1p(x) = 1 / (1 + x)}; {@code +∞} at {@code x = -1}, NaN for {@code x < -1}. Wrap in
     * {@link #chain}.
     *
     * @param x the argument
     * @param r {@code log1p(x)} (unused)
     * @return {@code 1 / (1 + x)}
     */
    public static double log1p(double x, double r) {
        return 1 / (1 + x);
    }

    /**
     * {@code d/dx sqrt(x) = 1 / (2 √x)}; {@code +∞} at {@code x = 0} (vertical tangent), NaN for {@code x < 0}.
     * Wrap in {@link #chain}.
     *
     * @param x the argument (unused)
     * @param r {@code sqrt(x)}
     * @return {@code 0.5 / r}
     */
    public static double sqrt(double x, double r) {
        // sqrt(-0.0) is -0.0, and 0.5 / -0.0 would be -∞: the one-sided derivative at 0 is +∞ for both zeros.
        return r == 0 ? Double.POSITIVE_INFINITY : 0.5 / r;
    }

    /**
     * {@code d/dx cbrt(x) = 1 / (3 ∛x²)}; {@code +∞} at {@code x = 0} (vertical tangent). Wrap in {@link #chain}.
     *
     * @param x the argument (unused)
     * @param r {@code cbrt(x)}
     * @return {@code 1 / (3 r²)}
     */
    public static double cbrt(double x, double r) {
        return 1 / (3 * r * r);
    }

    /**
     * {@code d/dx |x| = signum(x)}; 0 at {@code x = 0}, the mean of the one-sided derivatives -1 and 1.
     *
     * @param x the argument
     * @param r {@code |x|} (unused)
     * @return {@code signum(x)}
     */
    public static double abs(double x, double r) {
        // Math.signum(-0.0) is -0.0; the policy's 0 has no sign, so a zero derivative never prints as -0.0.
        return x == 0 ? 0 : Math.signum(x);
    }

    /**
     * {@code ∂/∂y atan2(y, x) = x / (x² + y²)}; 0 at the origin, the mean over all directions.
     *
     * @param y the first argument, the ordinate
     * @param x the second argument, the abscissa
     * @param r {@code atan2(y, x)} (unused)
     * @return {@code x / (x² + y²)}
     */
    public static double atan2Y(double y, double x, double r) {
        if (x == 0 && y == 0) {
            return 0;
        }
        return x / (x * x + y * y);
    }

    /**
     * {@code ∂/∂x atan2(y, x) = -y / (x² + y²)}; 0 at the origin, the mean over all directions.
     *
     * @param y the first argument, the ordinate
     * @param x the second argument, the abscissa
     * @param r {@code atan2(y, x)} (unused)
     * @return {@code -y / (x² + y²)}
     */
    public static double atan2X(double y, double x, double r) {
        if (x == 0 && y == 0) {
            return 0;
        }
        return -y / (x * x + y * y);
    }

    /**
     * {@code ∂/∂x pow(x, y) = y · x^(y-1)}. 0 when {@code y == 0}, also at {@code x = 0} (the function is the
     * constant 1); at {@code x = 0} with {@code 0 < y < 1} it is {@code +∞} (vertical tangent, as for {@code sqrt}).
     * Wrap in {@link #chain}.
     *
     * @param x the base
     * @param y the exponent
     * @param r {@code pow(x, y)} (unused: {@code y · r / x} would fail at {@code x = 0})
     * @return {@code y · x^(y-1)}
     */
    public static double powBase(double x, double y, double r) {
        // The exact cases first: y = 0 must not meet pow(0, -1) = ∞, and squares and identities are common and cheap.
        if (y == 0) {
            return 0;
        }
        if (y == 1) {
            return 1;
        }
        if (y == 2) {
            return 2 * x;
        }
        return y * Math.pow(x, y - 1);
    }

    /**
     * {@code ∂/∂y pow(x, y) = x^y · ln x}. 0 at {@code x == 0}, where the formula would give {@code 0 · -∞};
     * NaN for {@code x < 0}, where {@code x^y} is not a differentiable function of {@code y}. Wrap in {@link #chain}.
     *
     * @param x the base
     * @param y the exponent (unused)
     * @param r {@code pow(x, y)}
     * @return {@code r · ln x}
     */
    public static double powExponent(double x, double y, double r) {
        if (x == 0) {
            return 0;
        }
        return r * Math.log(x);
    }

    /**
     * {@code ∂/∂x hypot(x, y) = x / hypot(x, y)}; 0 at the origin, the mean over all directions.
     *
     * @param x the first argument
     * @param y the second argument (unused)
     * @param r {@code hypot(x, y)}
     * @return {@code x / r}
     */
    public static double hypotX(double x, double y, double r) {
        return r == 0 ? 0 : x / r;
    }

    /**
     * {@code ∂/∂y hypot(x, y) = y / hypot(x, y)}; 0 at the origin, the mean over all directions.
     *
     * @param x the first argument (unused)
     * @param y the second argument
     * @param r {@code hypot(x, y)}
     * @return {@code y / r}
     */
    public static double hypotY(double x, double y, double r) {
        return r == 0 ? 0 : y / r;
    }

    /**
     * {@code ∂/∂a min(a, b)}: 1 when {@code a < b}, 0 when {@code a > b}, 0.5 on a tie; NaN when either argument is.
     *
     * @param a the first argument
     * @param b the second argument
     * @param r {@code min(a, b)} (unused)
     * @return the share of the derivative that flows to {@code a}
     */
    public static double minFirst(double a, double b, double r) {
        return shareOfLarger(b, a);
    }

    /**
     * {@code ∂/∂b min(a, b)}: 1 when {@code b < a}, 0 when {@code b > a}, 0.5 on a tie; NaN when either argument is.
     *
     * @param a the first argument
     * @param b the second argument
     * @param r {@code min(a, b)} (unused)
     * @return the share of the derivative that flows to {@code b}
     */
    public static double minSecond(double a, double b, double r) {
        return shareOfLarger(a, b);
    }

    /**
     * {@code ∂/∂a max(a, b)}: 1 when {@code a > b}, 0 when {@code a < b}, 0.5 on a tie; NaN when either argument is.
     *
     * @param a the first argument
     * @param b the second argument
     * @param r {@code max(a, b)} (unused)
     * @return the share of the derivative that flows to {@code a}
     */
    public static double maxFirst(double a, double b, double r) {
        return shareOfLarger(a, b);
    }

    /**
     * {@code ∂/∂b max(a, b)}: 1 when {@code b > a}, 0 when {@code b < a}, 0.5 on a tie; NaN when either argument is.
     *
     * @param a the first argument
     * @param b the second argument
     * @param r {@code max(a, b)} (unused)
     * @return the share of the derivative that flows to {@code b}
     */
    public static double maxSecond(double a, double b, double r) {
        return shareOfLarger(b, a);
    }

    /**
     * The share of the derivative that flows to {@code candidate} when the larger of {@code candidate} and
     * {@code other} is chosen: 1 if it is strictly larger, 0 if strictly smaller, 0.5 on a tie, NaN if either is NaN
     * (as the result of {@code Math.max} then is). Each min/max partial is this with its arguments arranged: max
     * chooses the larger, min the one the other exceeds.
     */
    private static double shareOfLarger(double candidate, double other) {
        if (candidate > other) {
            return 1;
        }
        if (candidate < other) {
            return 0;
        }
        return candidate == other ? 0.5 : Double.NaN;
    }
}
