package dev.chainrule.runtime;

/**
 * What AUTO assumes one function's sweeps cost before it has timed any, in evaluations of the function ({@code f}).
 *
 * <p>From the build's operation counts ({@link Costs}) when the function has them: each sweep's count divided by the
 * plain function's. Otherwise from Griewank and Walther's bounds for the sweeps of a generic program (Evaluating
 * Derivatives, 2nd ed., chapter 4): a tangent sweep about {@value #TANGENT} f, an adjoint sweep about
 * {@value #ADJOINT} f, and a vector tangent sweep about {@value #VECTOR_SHARED} f plus {@value #VECTOR_PER_DIRECTION}
 * f per direction, the last only if the function overrides
 * {@link DifferentiableFunction#jvps(double[], double[][], double[], double[][])}, since the default makes one tangent
 * sweep per direction.
 *
 * @param jvp                one tangent sweep
 * @param vjp                one adjoint sweep
 * @param vectorShared       the part of a vector tangent sweep shared by its directions
 * @param vectorPerDirection the part of a vector tangent sweep repeated for each direction
 * @param vectorized         whether {@code jvps} shares work between directions; if not, {@code k} directions cost
 *                           {@code k} tangent sweeps
 * @param counted            whether the figures come from the build's operation counts
 */
record SweepPrior(double jvp, double vjp, double vectorShared, double vectorPerDirection, boolean vectorized,
                  boolean counted) {

    /** A tangent sweep, in {@code f}: the primal plus one derivative per operation. */
    static final double TANGENT = 2.5;

    /** An adjoint sweep, in {@code f}: the primal, the saves, and a backward sweep. */
    static final double ADJOINT = 4;

    /** The part of a vector tangent sweep all directions share, in {@code f}: the primal and the local partials. */
    static final double VECTOR_SHARED = 1.5;

    /** The part of a vector tangent sweep each direction adds, in {@code f}: one multiply-add per partial. */
    static final double VECTOR_PER_DIRECTION = 1;

    /**
     * The prior for a function.
     *
     * @param costs         the function's {@link DifferentiableFunction#costs()}
     * @param overridesJvps whether its class overrides {@code jvps}
     * @return the counted ratios if {@code costs} is known, otherwise the textbook ones
     */
    static SweepPrior of(Costs costs, boolean overridesJvps) {
        if (!costs.isKnown()) {
            return new SweepPrior(TANGENT, ADJOINT, VECTOR_SHARED, VECTOR_PER_DIRECTION, overridesJvps, false);
        }
        double f = costs.valueOps();
        return new SweepPrior(costs.jvpOps() / f, costs.vjpOps() / f, costs.jvpsSharedOps() / f,
                costs.jvpsPerDirectionOps() / f, costs.jvpsPerDirectionOps() > 0, true);
    }

    /**
     * The number of forward calls a Jacobian of {@code n} columns takes.
     *
     * @param n          the number of inputs
     * @param directions the most directions one call takes
     * @return {@code ceil(n / directions)}
     */
    private static int chunks(int n, int directions) {
        return n == 0 ? 0 : (n - 1) / directions + 1;
    }

    /**
     * The number of forward calls a Jacobian of {@code n} columns takes with this function.
     *
     * @param n          the number of inputs
     * @param directions the most directions one call takes
     * @return {@code ceil(n / directions)} vector sweeps, or {@code n} tangent sweeps if {@code jvps} does not share
     *         work between directions
     */
    int forwardSweeps(int n, int directions) {
        return vectorized ? chunks(n, directions) : n;
    }

    /**
     * A forward Jacobian: {@code n} directions in calls of {@code jvps} of up to {@code directions} each.
     *
     * @param n          the number of inputs
     * @param directions the most directions one call takes
     * @return its cost in {@code f}
     */
    double forward(int n, int directions) {
        return vectorized ? chunks(n, directions) * vectorShared + n * vectorPerDirection : n * jvp;
    }

    /**
     * A reverse Jacobian: one adjoint sweep per output.
     *
     * @param m the number of outputs
     * @return its cost in {@code f}
     */
    double reverse(int m) {
        return m * vjp;
    }
}
