package dev.chainrule.runtime;

/**
 * The derivatives of the {@link Partials} formulas themselves, which forward mode needs to differentiate a reverse
 * sweep (Hessian-vector products: the tangent of code that calls {@code Partials}).
 *
 * <p>For a call {@code Partials.m(a₁, …, aₖ)}, the method {@code SecondPartials.mDaᵢ(a₁, …, aₖ)} returns the partial
 * derivative of that formula with respect to its parameter {@code aᵢ}, the other parameters held fixed. It takes the
 * same arguments as {@code Partials.m}, so generated code passes the same ones. The primitive's result {@code r} is
 * one of those independent parameters: the caller supplies its tangent {@code ṙ} separately. So
 * {@code Partials.exp(x, r) = r} has {@code expDr = 1} and no {@code x} partial, and the second derivative of a
 * primitive {@code f} is {@code f'' = fDx + fDr · f'}. Where {@code r} equals an expression of the arguments (as it
 * does in every call the generated code makes) a formula may return that value computed from {@code r}, e.g.
 * {@code sinDx = -sin(x) = -r}.
 *
 * <h2>The tangent of a call</h2>
 * The tangent of {@code p = Partials.m(a₁, …, aₖ)} is {@code ṗ = Σᵢ chain(ȧᵢ, mDaᵢ(a₁, …, aₖ))}, summed over the
 * parameters the table below lists for {@code m}; the other parameters contribute nothing, so no call is emitted for
 * them. Every product is made with {@link Partials#chain}: several second partials are infinite at the points where
 * the first partial is (a zero tangent through them must contribute 0, not NaN), and some tangents are infinite where
 * the second partial is 0 ({@code ṙ} of {@code cbrt} at 0 against {@link #cbrtDr}).
 *
 * <h2>The strong zero at second order</h2>
 * {@code chain(s, p)} is {@code s · p} with a strong zero, so its tangent is
 * {@code chain(ṡ, chainDseed(s, p)) + chain(ṗ, chainDpartial(s, p)) = chain(ṡ, p) + chain(ṗ, s)}. Made with
 * {@code chain}, both terms vanish whenever {@code chain} is identically 0 near the point: if the seed is 0 and stays
 * 0 ({@code s = ṡ = 0}), the partial and its tangent may be infinite or NaN and the tangent is still 0, and likewise
 * with the roles swapped. Plain products would give {@code 0 · ∞ = NaN} there, exactly where the first order rule
 * gave a strong zero. The two terms cannot be infinite with opposite signs unless both factors of {@code chain} are
 * non-zero, where {@code chain} is a plain product and such a sum is the honest answer.
 *
 * <h2>Policy at points where the second derivative does not exist</h2>
 * The same as {@link Partials}:
 * <ul>
 *   <li><b>Piecewise-constant partials</b> ({@code abs}, {@code min}, {@code max}, {@code remainderDivisor}) have
 *       derivative 0 on every piece and, by the kink rule (the mean of the one-sided derivatives), 0 at the jumps
 *       too: they have no second partials, and no methods here.</li>
 *   <li><b>Kinks</b>: the mean over the sides. {@code hypot} and {@code atan2} restricted to any line through the
 *       origin are a multiple of {@code |t|} (whose second derivative the kink rule makes 0) and a step, and their
 *       second partials, homogeneous of degree -1 and -2, average to 0 over the directions: every second partial of
 *       both is 0 at the origin. {@code cbrt}'s second derivative is {@code -∞} to the right of 0 and {@code +∞} to
 *       the left, an odd pair that averages out in the same way: {@link #cbrtDr} is 0 at 0.</li>
 *   <li><b>Vertical tangents</b>: the one-sided limit from the side where the primitive is defined, e.g.
 *       {@code sqrtDr} is {@code -∞} at 0 and {@code asinDx} is {@code +∞} at 1 and {@code -∞} at -1.</li>
 *   <li>Outside a primitive's domain the result is NaN, like the primitive's, wherever the first partial is NaN; where
 *       {@code Partials} returns a finite formula beyond the domain ({@code log} of a negative number), this is the
 *       derivative of that formula.</li>
 * </ul>
 *
 * <h2>The table</h2>
 * Which parameters of each {@code Partials} method have a second partial here (a method {@code m + "D" + name}); a
 * parameter not listed has partial 0 everywhere.
 * <table class="striped">
 *   <caption>Second partials of each Partials method</caption>
 *   <thead><tr><th scope="col">Partials method</th><th scope="col">parameters</th>
 *       <th scope="col">parameters with a second partial</th></tr></thead>
 *   <tbody>
 *     <tr><th scope="row">chain</th><td>seed partial</td><td>seed partial</td></tr>
 *     <tr><th scope="row">remainderDivisor</th><td>a b r</td><td>(none)</td></tr>
 *     <tr><th scope="row">sin</th><td>x r</td><td>x</td></tr>
 *     <tr><th scope="row">cos</th><td>x r</td><td>x</td></tr>
 *     <tr><th scope="row">tan</th><td>x r</td><td>r</td></tr>
 *     <tr><th scope="row">asin</th><td>x r</td><td>x</td></tr>
 *     <tr><th scope="row">acos</th><td>x r</td><td>x</td></tr>
 *     <tr><th scope="row">atan</th><td>x r</td><td>x</td></tr>
 *     <tr><th scope="row">sinh</th><td>x r</td><td>x</td></tr>
 *     <tr><th scope="row">cosh</th><td>x r</td><td>x</td></tr>
 *     <tr><th scope="row">tanh</th><td>x r</td><td>r</td></tr>
 *     <tr><th scope="row">exp</th><td>x r</td><td>r</td></tr>
 *     <tr><th scope="row">expm1</th><td>x r</td><td>r</td></tr>
 *     <tr><th scope="row">log</th><td>x r</td><td>x</td></tr>
 *     <tr><th scope="row">log10</th><td>x r</td><td>x</td></tr>
 *     <tr><th scope="row">log1p</th><td>x r</td><td>x</td></tr>
 *     <tr><th scope="row">sqrt</th><td>x r</td><td>r</td></tr>
 *     <tr><th scope="row">cbrt</th><td>x r</td><td>r</td></tr>
 *     <tr><th scope="row">abs</th><td>x r</td><td>(none)</td></tr>
 *     <tr><th scope="row">atan2Y</th><td>y x r</td><td>y x</td></tr>
 *     <tr><th scope="row">atan2X</th><td>y x r</td><td>y x</td></tr>
 *     <tr><th scope="row">powBase</th><td>x y r</td><td>x y</td></tr>
 *     <tr><th scope="row">powExponent</th><td>x y r</td><td>x r</td></tr>
 *     <tr><th scope="row">hypotX</th><td>x y r</td><td>x r</td></tr>
 *     <tr><th scope="row">hypotY</th><td>x y r</td><td>y r</td></tr>
 *     <tr><th scope="row">minFirst</th><td>a b r</td><td>(none)</td></tr>
 *     <tr><th scope="row">minSecond</th><td>a b r</td><td>(none)</td></tr>
 *     <tr><th scope="row">maxFirst</th><td>a b r</td><td>(none)</td></tr>
 *     <tr><th scope="row">maxSecond</th><td>a b r</td><td>(none)</td></tr>
 *   </tbody>
 * </table>
 */
public final class SecondPartials {

    private static final double LN_10 = Math.log(10);

    private SecondPartials() {
    }

    /**
     * {@code ∂/∂seed chain(seed, partial) = partial}. Multiply by the seed's tangent with {@link Partials#chain}.
     *
     * @param seed    the tangent or adjoint flowing through the primitive (unused)
     * @param partial the primitive's partial derivative
     * @return {@code partial}
     */
    public static double chainDseed(double seed, double partial) {
        return partial;
    }

    /**
     * {@code ∂/∂partial chain(seed, partial) = seed}. Multiply by the partial's tangent with {@link Partials#chain}.
     *
     * @param seed    the tangent or adjoint flowing through the primitive
     * @param partial the primitive's partial derivative (unused)
     * @return {@code seed}
     */
    public static double chainDpartial(double seed, double partial) {
        return seed;
    }

    /**
     * {@code d/dx cos(x) = -sin(x)}, the derivative of {@link Partials#sin}.
     *
     * @param x the argument (unused)
     * @param r {@code sin(x)}
     * @return {@code -r}
     */
    public static double sinDx(double x, double r) {
        return -r;
    }

    /**
     * {@code d/dx (-sin(x)) = -cos(x)}, the derivative of {@link Partials#cos}.
     *
     * @param x the argument (unused)
     * @param r {@code cos(x)}
     * @return {@code -r}
     */
    public static double cosDx(double x, double r) {
        return -r;
    }

    /**
     * {@code ∂/∂r (1 + r²) = 2r}, the derivative of {@link Partials#tan}, so {@code tan'' = 2r · (1 + r²)}.
     *
     * @param x the argument (unused)
     * @param r {@code tan(x)}
     * @return {@code 2r}
     */
    public static double tanDr(double x, double r) {
        return 2 * r;
    }

    /**
     * {@code d/dx (1 - x²)^(-1/2) = x / (1 - x²)^(3/2)}, the derivative of {@link Partials#asin}; {@code +∞} at
     * {@code x = 1} and {@code -∞} at {@code x = -1} (vertical tangents), NaN for {@code |x| > 1}.
     *
     * @param x the argument
     * @param r {@code asin(x)} (unused)
     * @return {@code x / (1 - x²)^(3/2)}
     */
    public static double asinDx(double x, double r) {
        return inverseSineCurvature(x);
    }

    /**
     * {@code d/dx (-(1 - x²)^(-1/2)) = -x / (1 - x²)^(3/2)}, the derivative of {@link Partials#acos}; {@code -∞} at
     * {@code x = 1} and {@code +∞} at {@code x = -1} (vertical tangents), NaN for {@code |x| > 1}.
     *
     * @param x the argument
     * @param r {@code acos(x)} (unused)
     * @return {@code -x / (1 - x²)^(3/2)}
     */
    public static double acosDx(double x, double r) {
        return -inverseSineCurvature(x);
    }

    /**
     * {@code d/dx 1 / (1 + x²) = -2x / (1 + x²)²}, the derivative of {@link Partials#atan}.
     *
     * @param x the argument
     * @param r {@code atan(x)} (unused)
     * @return {@code -2x / (1 + x²)²}
     */
    public static double atanDx(double x, double r) {
        // Dividing twice keeps (1 + x²)² from overflowing while the quotient is still representable.
        double denominator = 1 + x * x;
        return -2 * x / denominator / denominator;
    }

    /**
     * {@code d/dx cosh(x) = sinh(x)}, the derivative of {@link Partials#sinh}.
     *
     * @param x the argument (unused)
     * @param r {@code sinh(x)}
     * @return {@code r}
     */
    public static double sinhDx(double x, double r) {
        return r;
    }

    /**
     * {@code d/dx sinh(x) = cosh(x)}, the derivative of {@link Partials#cosh}.
     *
     * @param x the argument (unused)
     * @param r {@code cosh(x)}
     * @return {@code r}
     */
    public static double coshDx(double x, double r) {
        return r;
    }

    /**
     * {@code ∂/∂r (1 - r²) = -2r}, the derivative of {@link Partials#tanh}, so {@code tanh'' = -2r · (1 - r²)}.
     *
     * @param x the argument (unused)
     * @param r {@code tanh(x)}
     * @return {@code -2r}
     */
    public static double tanhDr(double x, double r) {
        return -2 * r;
    }

    /**
     * {@code ∂/∂r r = 1}, the derivative of {@link Partials#exp}, so {@code exp'' = 1 · r}.
     *
     * @param x the argument (unused)
     * @param r {@code exp(x)} (unused)
     * @return 1
     */
    public static double expDr(double x, double r) {
        return 1;
    }

    /**
     * {@code ∂/∂r (r + 1) = 1}, the derivative of {@link Partials#expm1}, so {@code expm1'' = 1 · (r + 1)}.
     *
     * @param x the argument (unused)
     * @param r {@code expm1(x)} (unused)
     * @return 1
     */
    public static double expm1Dr(double x, double r) {
        return 1;
    }

    /**
     * {@code d/dx (1 / x) = -1 / x²}, the derivative of {@link Partials#log}; {@code -∞} at {@code x = 0} (either
     * signed zero: the limit from the domain side).
     *
     * @param x the argument
     * @param r {@code log(x)} (unused)
     * @return {@code -1 / x²}
     */
    public static double logDx(double x, double r) {
        return -1 / (x * x);
    }

    /**
     * {@code d/dx 1 / (x · ln 10) = -1 / (x² · ln 10)}, the derivative of {@link Partials#log10}; {@code -∞} at
     * {@code x = 0} (either signed zero).
     *
     * @param x the argument
     * @param r {@code log10(x)} (unused)
     * @return {@code -1 / (x² · ln 10)}
     */
    public static double log10Dx(double x, double r) {
        return -1 / (x * x * LN_10);
    }

    /**
     * {@code d/dx 1 / (1 + x) = -1 / (1 + x)²}, the derivative of {@link Partials#log1p}; {@code -∞} at
     * {@code x = -1}.
     *
     * @param x the argument
     * @param r {@code log1p(x)} (unused)
     * @return {@code -1 / (1 + x)²}
     */
    public static double log1pDx(double x, double r) {
        double shifted = 1 + x;
        return -1 / (shifted * shifted);
    }

    /**
     * {@code ∂/∂r (0.5 / r) = -0.5 / r²}, the derivative of {@link Partials#sqrt}, so
     * {@code sqrt'' = -0.5 / r² · 0.5 / r = -1 / (4 x^(3/2))}; {@code -∞} at {@code r = 0} (either signed zero: the
     * limit from the domain side), NaN for {@code x < 0} (where {@code r} is NaN).
     *
     * @param x the argument (unused)
     * @param r {@code sqrt(x)}
     * @return {@code -0.5 / r²}
     */
    public static double sqrtDr(double x, double r) {
        return -0.5 / (r * r);
    }

    /**
     * {@code ∂/∂r 1 / (3 r²) = -2 / (3 r³)}, the derivative of {@link Partials#cbrt}, so
     * {@code cbrt'' = -2 / (9 r⁵)}. 0 at {@code r = 0}: the second derivative is {@code -∞} on the right and
     * {@code +∞} on the left, and the mean of the sides cancels, as for {@code hypot} at the origin.
     *
     * @param x the argument (unused)
     * @param r {@code cbrt(x)}
     * @return {@code -2 / (3 r³)}, or 0 when {@code r == 0}
     */
    public static double cbrtDr(double x, double r) {
        if (r == 0) {
            return 0;
        }
        return -2 / (3 * r * r * r);
    }

    /**
     * {@code ∂/∂y (x / (x² + y²)) = -2xy / (x² + y²)²}, the derivative of {@link Partials#atan2Y} along its own
     * argument, so {@code ∂²atan2/∂y²}; 0 at the origin, the mean over all directions.
     *
     * @param y the first argument, the ordinate
     * @param x the second argument, the abscissa
     * @param r {@code atan2(y, x)} (unused)
     * @return {@code -2xy / (x² + y²)²}
     */
    public static double atan2YDy(double y, double x, double r) {
        if (x == 0 && y == 0) {
            return 0;
        }
        double squaredRadius = x * x + y * y;
        return -2 * x * y / squaredRadius / squaredRadius;
    }

    /**
     * {@code ∂/∂x (x / (x² + y²)) = (y² - x²) / (x² + y²)²}, the derivative of {@link Partials#atan2Y} along the
     * abscissa, so {@code ∂²atan2/∂x∂y}; 0 at the origin, the mean over all directions.
     *
     * @param y the first argument, the ordinate
     * @param x the second argument, the abscissa
     * @param r {@code atan2(y, x)} (unused)
     * @return {@code (y² - x²) / (x² + y²)²}
     */
    public static double atan2YDx(double y, double x, double r) {
        if (x == 0 && y == 0) {
            return 0;
        }
        double squaredRadius = x * x + y * y;
        // (y - x)(y + x) rather than y² - x²: no cancellation of two rounded squares near the diagonals.
        return (y - x) * (y + x) / squaredRadius / squaredRadius;
    }

    /**
     * {@code ∂/∂y (-y / (x² + y²)) = (y² - x²) / (x² + y²)²}, the derivative of {@link Partials#atan2X} along the
     * ordinate: the mixed second partial, equal to {@link #atan2YDx}; 0 at the origin.
     *
     * @param y the first argument, the ordinate
     * @param x the second argument, the abscissa
     * @param r {@code atan2(y, x)} (unused)
     * @return {@code (y² - x²) / (x² + y²)²}
     */
    public static double atan2XDy(double y, double x, double r) {
        return atan2YDx(y, x, r);
    }

    /**
     * {@code ∂/∂x (-y / (x² + y²)) = 2xy / (x² + y²)²}, the derivative of {@link Partials#atan2X} along its own
     * argument, so {@code ∂²atan2/∂x²}, the negation of {@link #atan2YDy}; 0 at the origin.
     *
     * @param y the first argument, the ordinate
     * @param x the second argument, the abscissa
     * @param r {@code atan2(y, x)} (unused)
     * @return {@code 2xy / (x² + y²)²}
     */
    public static double atan2XDx(double y, double x, double r) {
        return -atan2YDy(y, x, r);
    }

    /**
     * {@code ∂/∂x (y · x^(y-1)) = y (y - 1) · x^(y-2)}, the derivative of {@link Partials#powBase} along the base, so
     * {@code ∂²pow/∂x²}. 0 when {@code y} is 0 or 1, also at {@code x = 0} (the first partial is the constant 0 or
     * 1); 2 when {@code y == 2}. At {@code x = 0} it is the one-sided limit: {@code +∞} for {@code 1 < y < 2},
     * {@code -∞} for {@code 0 < y < 1}, 0 for {@code y > 2}.
     *
     * @param x the base
     * @param y the exponent
     * @param r {@code pow(x, y)} (unused, as in {@link Partials#powBase})
     * @return {@code y (y - 1) · x^(y-2)}
     */
    public static double powBaseDx(double x, double y, double r) {
        // The cases Partials.powBase makes exact: there 0 · pow(0, negative) = 0 · ∞ must not turn into NaN.
        if (y == 0 || y == 1) {
            return 0;
        }
        if (y == 2) {
            return 2;
        }
        return y * (y - 1) * Math.pow(x, y - 2);
    }

    /**
     * {@code ∂/∂y (y · x^(y-1)) = x^(y-1) · (1 + y ln x)}, the derivative of {@link Partials#powBase} along the
     * exponent, so {@code ∂²pow/∂x∂y}. At {@code x = 0}: 0 for {@code y > 1}, where the first partial is 0 for every
     * exponent nearby; otherwise the limit as {@code x → 0⁺} ({@code -∞} for {@code 0 < y ≤ 1}, {@code +∞} for
     * {@code y ≤ 0}). NaN for {@code x < 0}, where, as in {@link Partials#powExponent}, {@code x^y} is not a
     * differentiable function of {@code y}.
     *
     * @param x the base
     * @param y the exponent
     * @param r {@code pow(x, y)} (unused: {@code r / x} would fail at {@code x = 0})
     * @return {@code x^(y-1) · (1 + y ln x)}
     */
    public static double powBaseDy(double x, double y, double r) {
        if (x < 0) {
            return Double.NaN;
        }
        if (x == 0 && y > 1) {
            return 0;
        }
        // -0.0 is the edge of the positive domain too; pow(-0.0, odd negative integer) would flip the sign.
        double base = Math.abs(x);
        // chain: y = 0 at x = 0 must give 1 + 0, not 1 + 0 · -∞.
        return Math.pow(base, y - 1) * (1 + Partials.chain(y, Math.log(base)));
    }

    /**
     * {@code ∂/∂x (r · ln x) = r / x}, the derivative of {@link Partials#powExponent} along the base, with {@code r}
     * held fixed. At {@code x = 0} it is the one-sided limit {@code r · (+∞)} with a strong zero: 0 when {@code r == 0}
     * (a positive exponent), {@code +∞} when {@code r} is 1 or {@code +∞}. NaN for {@code x < 0}, where
     * {@code powExponent} is.
     *
     * @param x the base
     * @param y the exponent (unused)
     * @param r {@code pow(x, y)}
     * @return {@code r / x}
     */
    public static double powExponentDx(double x, double y, double r) {
        if (x < 0) {
            return Double.NaN;
        }
        // As in Partials.log: either signed zero is the edge of the positive domain, slope +∞.
        return x == 0 ? Partials.chain(r, Double.POSITIVE_INFINITY) : r / x;
    }

    /**
     * {@code ∂/∂r (r · ln x) = ln x}, the derivative of {@link Partials#powExponent} along the result, so
     * {@code ∂²pow/∂y² = ln x · r ln x}. At {@code x = 0} it is {@code -∞}, the limit from the domain side: the
     * value 0 {@code powExponent} returns there for every {@code r} is a policy, and this limit is what makes
     * {@code ∂²pow/∂y∂x} at {@code x = 0} agree with {@link #powBaseDy} ({@code -∞} at {@code y = 1}); a zero
     * tangent of {@code r} still meets it through {@link Partials#chain}. NaN for {@code x < 0}.
     *
     * @param x the base
     * @param y the exponent (unused)
     * @param r {@code pow(x, y)} (unused)
     * @return {@code ln x}
     */
    public static double powExponentDr(double x, double y, double r) {
        return Math.log(x);
    }

    /**
     * {@code ∂/∂x (x / r) = 1 / r}, the derivative of {@link Partials#hypotX} along its own argument with {@code r}
     * held fixed; 0 at the origin ({@code r == 0}), where {@code hypot} along every line is a multiple of
     * {@code |t|}, whose second derivative the kink rule makes 0.
     *
     * @param x the first argument (unused)
     * @param y the second argument (unused)
     * @param r {@code hypot(x, y)}
     * @return {@code 1 / r}
     */
    public static double hypotXDx(double x, double y, double r) {
        return r == 0 ? 0 : 1 / r;
    }

    /**
     * {@code ∂/∂r (x / r) = -x / r²}, the derivative of {@link Partials#hypotX} along the result, so
     * {@code ∂²hypot/∂x² = 1 / r - x / r² · x / r = y² / r³}; 0 at the origin, as {@link #hypotXDx}.
     *
     * @param x the first argument
     * @param y the second argument (unused)
     * @param r {@code hypot(x, y)}
     * @return {@code -x / r²}
     */
    public static double hypotXDr(double x, double y, double r) {
        // Dividing twice keeps r² from overflowing while the quotient is still representable.
        return r == 0 ? 0 : -(x / r) / r;
    }

    /**
     * {@code ∂/∂y (y / r) = 1 / r}, the derivative of {@link Partials#hypotY} along its own argument, the mirror of
     * {@link #hypotXDx}; 0 at the origin.
     *
     * @param x the first argument (unused)
     * @param y the second argument (unused)
     * @param r {@code hypot(x, y)}
     * @return {@code 1 / r}
     */
    public static double hypotYDy(double x, double y, double r) {
        return hypotXDx(y, x, r);
    }

    /**
     * {@code ∂/∂r (y / r) = -y / r²}, the derivative of {@link Partials#hypotY} along the result, the mirror of
     * {@link #hypotXDr}; 0 at the origin.
     *
     * @param x the first argument (unused)
     * @param y the second argument
     * @param r {@code hypot(x, y)}
     * @return {@code -y / r²}
     */
    public static double hypotYDr(double x, double y, double r) {
        return hypotXDr(y, x, r);
    }

    /** {@code x / (1 - x²)^(3/2)}: the second derivative of {@code asin}, and of {@code acos} negated. */
    private static double inverseSineCurvature(double x) {
        double complement = 1 - x * x;
        return x / (complement * Math.sqrt(complement));
    }
}
