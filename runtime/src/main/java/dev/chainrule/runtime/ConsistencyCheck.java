package dev.chainrule.runtime;

import dev.chainrule.runtime.support.Checks;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

/**
 * Checks that a function's forward and reverse products describe the same Jacobian, without finite differences, so
 * the checks hold to rounding error rather than to a step's truncation error:
 *
 * <ul>
 *   <li>{@link #dotProduct}: the dot-product test {@code <J·v, w> = <v, Jᵀ·w>} on seeded random {@code v} and
 *       {@code w}, which ties {@code jvp} to {@code vjp} with {@code n + m} numbers per trial;</li>
 *   <li>{@link #forwardVersusReverse}: the whole Jacobian by vector forward mode ({@code jvps}) against reverse mode
 *       ({@code vjp}), entry by entry.</li>
 * </ul>
 *
 * <p>A hand-written derivative that passes {@link GradientCheck} at {@code 1e-6} should pass these near {@code 1e-12}.
 */
public final class ConsistencyCheck {

    /** How many random pairs {@link #dotProduct(DifferentiableFunction, double[])} tries. */
    public static final int TRIALS = 3;

    /** The seed of the random pairs {@link #dotProduct(DifferentiableFunction, double[])} tries. */
    public static final long SEED = 20240611L;

    private ConsistencyCheck() {
    }

    /**
     * The dot-product test's worst trial.
     *
     * <p>The discrepancy of a trial is {@code |<J·v, w> - <v, Jᵀ·w>|} divided by the larger of
     * {@code Σ |(J·v)_i w_i|} and {@code Σ |v_j (Jᵀ·w)_j|}: the size the rounding errors of the two sums scale with,
     * so that a near-zero dot product from cancellation is not mistaken for a disagreement. A NaN on either side makes
     * the discrepancy NaN, which counts as the worst possible.
     *
     * @param trials      how many random pairs were tried
     * @param discrepancy the worst relative discrepancy, 0 for a function with no inputs or no outputs
     * @param trial       the index of the worst trial, the first of equals
     * @param tangentSide {@code <J·v, w>} in that trial
     * @param adjointSide {@code <v, Jᵀ·w>} in that trial
     */
    public record DotProductReport(int trials, double discrepancy, int trial, double tangentSide,
                                   double adjointSide) {

        /**
         * Tells whether every trial agrees within a tolerance.
         *
         * @param tolerance the largest acceptable discrepancy; a few hundred {@code ε}, such as {@code 1e-12}, for a
         *                  correct function
         * @return {@code true} if the worst discrepancy is at most {@code tolerance} (never for a NaN one)
         */
        public boolean passes(double tolerance) {
            return discrepancy <= tolerance;
        }

        /**
         * Names the worst trial and both sides.
         *
         * @return for example {@code dot-product test over 3 random pairs: worst relative discrepancy 1.1e-16 in trial
         *         2, <J·v, w> = 0.4217, <v, Jᵀ·w> = 0.4217}
         */
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "dot-product test over %d random pairs: worst relative discrepancy %.2g"
                    + " in trial %d, <J·v, w> = %s, <v, Jᵀ·w> = %s", trials, discrepancy, trial, tangentSide,
                    adjointSide);
        }
    }

    /**
     * Runs the dot-product test with {@value #TRIALS} pairs drawn from the seed {@value #SEED}.
     *
     * @param f the function
     * @param x the point, length {@code f.inputDimension()}; read only
     * @return the worst trial
     * @throws IllegalArgumentException if {@code x} has the wrong length
     */
    public static DotProductReport dotProduct(DifferentiableFunction f, double[] x) {
        return dotProduct(f, x, TRIALS, SEED);
    }

    /**
     * Runs the dot-product test: for each trial, draws {@code v} and {@code w} with standard normal entries and
     * compares {@code <J·v, w>} (one {@code jvp}) with {@code <v, Jᵀ·w>} (one {@code vjp}).
     *
     * @param f      the function
     * @param x      the point, length {@code f.inputDimension()}; read only
     * @param trials how many pairs to try, at least 1
     * @param seed   the seed of the pairs, so that a failure can be reproduced
     * @return the worst trial
     * @throws IllegalArgumentException if {@code x} has the wrong length or {@code trials} is below 1
     */
    public static DotProductReport dotProduct(DifferentiableFunction f, double[] x, int trials, long seed) {
        Objects.requireNonNull(f, "f is null");
        int n = f.inputDimension();
        int m = f.outputDimension();
        Checks.length("x", x, n);
        if (trials < 1) {
            throw new IllegalArgumentException("trials is " + trials + ", expected at least 1");
        }
        Random random = new Random(seed);
        double[] v = new double[n];
        double[] w = new double[m];
        double[] y = new double[m];
        double[] yDot = new double[m];
        double[] xBar = new double[n];
        DotProductReport worst = new DotProductReport(trials, 0, -1, 0, 0);
        for (int t = 0; t < trials; t++) {
            fill(random, v);
            fill(random, w);
            f.jvp(x, v, y, yDot);
            f.vjp(x, w, y, xBar);
            double tangentSide = dot(yDot, w);
            double adjointSide = dot(v, xBar);
            double scale = Math.max(Math.max(absoluteDot(yDot, w), absoluteDot(v, xBar)), Double.MIN_NORMAL);
            double discrepancy = tangentSide == adjointSide ? 0 : Math.abs(tangentSide - adjointSide) / scale;
            // Double.compare orders NaN above everything, so a NaN trial wins and is never displaced.
            if (worst.trial() < 0 || Double.compare(discrepancy, worst.discrepancy()) > 0) {
                worst = new DotProductReport(trials, discrepancy, t, tangentSide, adjointSide);
            }
        }
        return worst;
    }

    /**
     * Compares the Jacobian assembled by vector forward mode with the one assembled by reverse mode.
     *
     * @param f the function
     * @param x the point, length {@code f.inputDimension()}; read only
     * @return the comparison, first {@code forward}, second {@code reverse}; correct products agree to a few
     *         {@code ε}
     * @throws IllegalArgumentException if {@code x} has the wrong length
     */
    public static JacobianComparison forwardVersusReverse(DifferentiableFunction f, double[] x) {
        double[][] forward = Jacobians.jacobian(f, x, Mode.FORWARD);
        return JacobianComparison.of("forward", forward, "reverse", Jacobians.jacobian(f, x, Mode.REVERSE));
    }

    private static void fill(Random random, double[] vector) {
        for (int i = 0; i < vector.length; i++) {
            vector[i] = random.nextGaussian();
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double absoluteDot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] * b[i]);
        }
        return sum;
    }
}
