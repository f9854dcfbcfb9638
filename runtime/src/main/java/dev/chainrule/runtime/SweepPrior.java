package dev.chainrule.runtime;

import dev.chainrule.runtime.support.Costs;

/**
 * What AUTO assumes one function's sweeps cost before it has timed any, in evaluations of the function ({@code f}).
 *
 * <p>From the build's operation counts ({@link Costs}) when the function has them: each sweep's count divided by the
 * plain function's. Otherwise from Griewank and Walther's bounds for the sweeps of a generic program (Evaluating
 * Derivatives, 2nd ed., chapter 4): a tangent sweep about {@value #TANGENT} f, an adjoint sweep about
 * {@value #ADJOINT} f, a vector tangent sweep about {@value #VECTOR_SHARED} f plus {@value #VECTOR_PER_DIRECTION} f
 * per direction, and a vector adjoint sweep about {@value #VECTOR_ADJOINT_SHARED} f plus
 * {@value #VECTOR_ADJOINT_PER_SEED} f per seed; the vector figures only where the function overrides {@code jvps}
 * or {@code vjps}, since the defaults make one sweep per direction or seed.
 *
 * @param jvp                one tangent sweep
 * @param vjp                one adjoint sweep
 * @param vectorShared       the part of a vector tangent sweep shared by its directions
 * @param vectorPerDirection the part of a vector tangent sweep repeated for each direction
 * @param vectorized         whether {@code jvps} shares work between directions; if not, {@code k} directions cost
 *                           {@code k} tangent sweeps
 * @param adjointShared      the part of a vector adjoint sweep shared by its seeds
 * @param adjointPerSeed     the part of a vector adjoint sweep repeated for each seed
 * @param adjointVectorized  whether {@code vjps} shares work between seeds
 * @param counted            whether the figures come from the build's operation counts
 */
record SweepPrior(double jvp, double vjp, double vectorShared, double vectorPerDirection, boolean vectorized,
                  double adjointShared, double adjointPerSeed, boolean adjointVectorized, boolean counted) {

    /** A tangent sweep, in {@code f}: the primal plus one derivative per operation. */
    static final double TANGENT = 2.5;

    /** An adjoint sweep, in {@code f}: the primal, the saves, and a backward sweep. */
    static final double ADJOINT = 4;

    /** The part of a vector tangent sweep all directions share, in {@code f}: the primal and the local partials. */
    static final double VECTOR_SHARED = 1.5;

    /** The part of a vector tangent sweep each direction adds, in {@code f}: one multiply-add per partial. */
    static final double VECTOR_PER_DIRECTION = 1;

    /** The part of a vector adjoint sweep all seeds share, in {@code f}: the forward sweep, the tape, the partials. */
    static final double VECTOR_ADJOINT_SHARED = 2.5;

    /** The part of a vector adjoint sweep each seed adds, in {@code f}: one multiply-add per partial. */
    static final double VECTOR_ADJOINT_PER_SEED = 1.5;

    /**
     * The prior for a function.
     *
     * @param costs          the function's {@link DifferentiableFunction#costs()}
     * @param overridesJvps  whether its class overrides {@code jvps} with a real vector sweep
     * @param overridesVjps  whether its class overrides {@code vjps} with a real vector sweep
     * @return the prior
     */
    static SweepPrior of(Costs costs, boolean overridesJvps, boolean overridesVjps) {
        if (!costs.isKnown()) {
            return new SweepPrior(TANGENT, ADJOINT, VECTOR_SHARED, VECTOR_PER_DIRECTION, overridesJvps,
                    VECTOR_ADJOINT_SHARED, VECTOR_ADJOINT_PER_SEED, overridesVjps, false);
        }
        double f = costs.valueOps();
        return new SweepPrior(costs.jvpOps() / f, costs.vjpOps() / f, costs.jvpsSharedOps() / f,
                costs.jvpsPerDirectionOps() / f, costs.jvpsPerDirectionOps() > 0, costs.vjpsSharedOps() / f,
                costs.vjpsPerSeedOps() / f, overridesVjps && costs.vjpsPerSeedOps() > 0, true);
    }

    private static int chunks(int n, int directions) {
        return n == 0 ? 0 : (n - 1) / directions + 1;
    }

    /**
     * The forward calls a Jacobian takes: one vector sweep per chunk of directions, or one tangent sweep per input.
     *
     * @param n          the number of inputs
     * @param directions the most directions per call
     * @return the number of sweeps
     */
    int forwardSweeps(int n, int directions) {
        return vectorized ? chunks(n, directions) : n;
    }

    /**
     * What a forward Jacobian costs, in {@code f}.
     *
     * @param n          the number of inputs
     * @param directions the most directions per call
     * @return the estimate
     */
    double forward(int n, int directions) {
        return vectorized ? chunks(n, directions) * vectorShared + n * vectorPerDirection : n * jvp;
    }

    /**
     * The reverse calls a Jacobian takes: one vector sweep per chunk of seeds, or one adjoint sweep per output.
     *
     * @param m     the number of outputs
     * @param seeds the most seeds per call
     * @return the number of sweeps
     */
    int reverseSweeps(int m, int seeds) {
        return vectorReverse(m) ? chunks(m, seeds) : m;
    }

    /**
     * What a reverse Jacobian costs, in {@code f}.
     *
     * @param m     the number of outputs
     * @param seeds the most seeds per call
     * @return the estimate
     */
    double reverse(int m, int seeds) {
        return vectorReverse(m) ? chunks(m, seeds) * adjointShared + m * adjointPerSeed : m * vjp;
    }

    /**
     * Whether a reverse Jacobian of {@code m} rows runs vector sweeps: where the function has them and there is more
     * than one row (one row is one plain adjoint sweep).
     *
     * @param m the number of outputs
     * @return whether the rows go through {@code vjps}
     */
    boolean vectorReverse(int m) {
        return adjointVectorized && m > 1;
    }
}
