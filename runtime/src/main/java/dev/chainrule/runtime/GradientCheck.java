package dev.chainrule.runtime;

import java.util.Objects;

/**
 * Compares a function's analytic Jacobian with central differences, to catch a wrong derivative rule or a
 * hand-written derivative that disagrees with its function.
 */
public final class GradientCheck {

    /**
     * The step scale that balances the truncation error of central differences ({@code O(h²)}) against their
     * rounding error ({@code O(ε/h)}): {@code h = ∛ε}.
     */
    private static final double STEP = Math.cbrt(Math.ulp(1.0));

    private GradientCheck() {
    }

    /**
     * The worst disagreement between the analytic and the numerical Jacobian.
     *
     * <p>The error of an entry is {@code |analytic - numeric| / max(1, |analytic|, |numeric|)}: relative for large
     * entries, absolute below 1 so that entries near zero do not blow up. A NaN error (a NaN or infinite entry on
     * either side) counts as the worst possible. For a function with no inputs or no outputs the indices are -1 and
     * the error 0.
     *
     * @param worstRelativeError the largest error over all entries
     * @param worstOutput        the row {@code i} of that entry (output index)
     * @param worstInput         the column {@code j} of that entry (input index)
     * @param analytic           the analytic entry {@code ∂f_i/∂x_j}
     * @param numeric            the central-difference estimate of it
     */
    public record Report(double worstRelativeError, int worstOutput, int worstInput, double analytic,
                         double numeric) {

        /**
         * Tells whether every entry agrees within a tolerance. Central differences with the default step are good to
         * about {@code 1e-6} on well-scaled functions.
         *
         * @param tolerance the largest acceptable error
         * @return {@code true} if the worst error is at most {@code tolerance} (never for a NaN error)
         */
        public boolean passes(double tolerance) {
            return worstRelativeError <= tolerance;
        }

        /**
         * Names the worst entry and both of its values.
         *
         * @return for example {@code worst relative error 0.5 at ∂y[2]/∂x[0]: analytic 1.0, numeric 0.5}
         */
        @Override
        public String toString() {
            if (worstOutput < 0) {
                return "no entries to compare (empty Jacobian)";
            }
            return "worst relative error " + worstRelativeError + " at ∂y[" + worstOutput + "]/∂x[" + worstInput
                    + "]: analytic " + analytic + ", numeric " + numeric;
        }
    }

    /**
     * Compares the analytic Jacobian ({@link Jacobians#jacobian(DifferentiableFunction, double[])}, mode
     * {@link Mode#AUTO}) with {@link #centralDifferences}.
     *
     * @param f the function
     * @param x the point, length {@code f.inputDimension()}
     * @return the worst entry
     * @throws IllegalArgumentException if {@code x} has the wrong length
     */
    public static Report check(DifferentiableFunction f, double[] x) {
        double[][] analytic = Jacobians.jacobian(f, x);
        double[][] numeric = centralDifferences(f, x);
        Report worst = new Report(0, -1, -1, 0, 0);
        for (int i = 0; i < analytic.length; i++) {
            for (int j = 0; j < analytic[i].length; j++) {
                double a = analytic[i][j];
                double n = numeric[i][j];
                double error = Math.abs(a - n) / Math.max(1, Math.max(Math.abs(a), Math.abs(n)));
                // Double.compare orders NaN above everything, so a NaN entry wins and is never displaced.
                if (worst.worstOutput() < 0 || Double.compare(error, worst.worstRelativeError()) > 0) {
                    worst = new Report(error, i, j, a, n);
                }
            }
        }
        return worst;
    }

    /**
     * Estimates the Jacobian by central differences, {@code (f(x + h_j e_j) - f(x - h_j e_j)) / (2 h_j)}, with the
     * step {@code h_j = ∛ε · max(1, |x_j|)} scaled to each coordinate.
     *
     * @param f the function
     * @param x the point, length {@code f.inputDimension()}; read only
     * @return the {@code m × n} numerical Jacobian
     * @throws IllegalArgumentException if {@code x} has the wrong length
     */
    public static double[][] centralDifferences(DifferentiableFunction f, double[] x) {
        Objects.requireNonNull(f, "f is null");
        int n = f.inputDimension();
        int m = f.outputDimension();
        Checks.length("x", x, n);
        double[][] jacobian = new double[m][n];
        double[] shifted = x.clone();
        double[] yPlus = new double[m];
        double[] yMinus = new double[m];
        for (int j = 0; j < n; j++) {
            double h = STEP * Math.max(1, Math.abs(x[j]));
            double up = x[j] + h;
            double down = x[j] - h;
            shifted[j] = up;
            f.value(shifted, yPlus);
            shifted[j] = down;
            f.value(shifted, yMinus);
            shifted[j] = x[j];
            // Divide by the distance between the points actually evaluated, not by 2h: x ± h is rounded.
            double width = up - down;
            for (int i = 0; i < m; i++) {
                jacobian[i][j] = (yPlus[i] - yMinus[i]) / width;
            }
        }
        return jacobian;
    }
}
