package dev.chainrule.runtime;

import dev.chainrule.runtime.support.Checks;
import dev.chainrule.runtime.support.Flat;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Compares a function's analytic Jacobian with central differences, to catch a wrong derivative rule or a
 * hand-written derivative that disagrees with its function: the seed's {@code numerical_gradient}, with a step scaled
 * to each coordinate, a relative error with a floor, and a report that names the worst entries.
 *
 * <p>{@link ConsistencyCheck} complements it without finite differences: it ties a function's forward and reverse
 * products to each other.
 */
public final class GradientCheck {

    /**
     * The step scale that balances the truncation error of central differences ({@code O(h²)}) against their
     * rounding error ({@code O(ε/h)}): {@code h = ∛ε}.
     */
    private static final double STEP = Math.cbrt(Math.ulp(1.0));

    /** The rounding a function's value may carry, in units in the last place, allowed for in the differences. */
    private static final double ROUNDING_ULPS = 64;

    private GradientCheck() {
    }

    /**
     * The analytic Jacobian compared with central differences: the worst entry, and the worst few in
     * {@link #comparison()}.
     *
     * <p>The error of an entry is {@code |analytic - numeric| / max(1, |analytic|, |numeric|)}: relative for large
     * entries, absolute below 1 so that entries near zero do not blow up. A NaN error (a NaN entry on either side, or
     * an infinite one on one side) counts as the worst possible. For a function with no inputs or no outputs the
     * indices are -1 and the error 0.
     *
     * @param comparison the entry-by-entry comparison, first analytic, second numeric
     */
    public record Report(JacobianComparison comparison) {

        /**
         * Checks that the comparison is present.
         *
         * @throws NullPointerException if it is {@code null}
         */
        public Report {
            Objects.requireNonNull(comparison, "comparison is null");
        }

        /**
         * Returns the largest error over all entries.
         *
         * @return the error of the worst entry; 0 if there are none, NaN if an entry's error is NaN
         */
        public double worstRelativeError() {
            return comparison.worstError();
        }

        /**
         * Returns the row of the worst entry.
         *
         * @return its output index {@code i}, or -1 for an empty Jacobian
         */
        public int worstOutput() {
            return worst() == null ? -1 : worst().output();
        }

        /**
         * Returns the column of the worst entry.
         *
         * @return its input index {@code j}, or -1 for an empty Jacobian
         */
        public int worstInput() {
            return worst() == null ? -1 : worst().input();
        }

        /**
         * Returns the analytic value of the worst entry.
         *
         * @return {@code ∂f_i/∂x_j} as the function's derivatives computed it, or 0 for an empty Jacobian
         */
        public double analytic() {
            return worst() == null ? 0 : worst().first();
        }

        /**
         * Returns the central-difference estimate of the worst entry.
         *
         * @return the estimate of {@code ∂f_i/∂x_j}, or 0 for an empty Jacobian
         */
        public double numeric() {
            return worst() == null ? 0 : worst().second();
        }

        /**
         * Tells whether every entry agrees within a tolerance. Central differences with the default step are good to
         * about {@code 1e-6} on well-scaled functions.
         *
         * @param tolerance the largest acceptable error
         * @return {@code true} if the worst error is at most {@code tolerance} (never for a NaN error)
         */
        public boolean passes(double tolerance) {
            return comparison.passes(tolerance);
        }

        /**
         * Names the worst entry with both of its values, then lists the {@value JacobianComparison#WORST} worst.
         *
         * @return for example {@code worst relative error 0.5 at ∂y[2]/∂x[0]: analytic 1.08..., numeric 0.54...}
         *         followed by one line per entry
         */
        @Override
        public String toString() {
            return comparison.toString();
        }

        private JacobianComparison.Entry worst() {
            return comparison.worst().isEmpty() ? null : comparison.worst().get(0);
        }
    }

    /**
     * Compares the analytic Jacobian ({@link Jacobians#jacobian(DifferentiableFunction, double[])}, mode
     * {@link Mode#AUTO}) with {@link #centralDifferences}.
     *
     * @param f the function
     * @param x the point, length {@code f.inputDimension()}; read only
     * @return the worst entries
     * @throws IllegalArgumentException if {@code x} has the wrong length
     */
    public static Report check(DifferentiableFunction f, double[] x) {
        double[][] analytic = Jacobians.jacobian(f, x);
        Estimate numeric = estimate(f::value, f.inputDimension(), f.outputDimension(), x);
        return new Report(JacobianComparison.of("analytic", analytic, "numeric", numeric.jacobian(), numeric.noise()));
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
        return centralDifferences(f::value, f.inputDimension(), f.outputDimension(), x);
    }

    /**
     * Estimates the Jacobian of any map {@code Rⁿ -> Rᵐ} by central differences, as
     * {@link #centralDifferences(DifferentiableFunction, double[])} does.
     *
     * @param values writes the map's value at its first argument into its second
     * @param n      the number of inputs
     * @param m      the number of outputs
     * @param x      the point, length {@code n}; read only
     * @return the {@code m × n} numerical Jacobian
     * @throws IllegalArgumentException if {@code x} has the wrong length
     */
    static double[][] centralDifferences(BiConsumer<double[], double[]> values, int n, int m, double[] x) {
        return estimate(values, n, m, x).jacobian();
    }

    /**
     * Central differences and, for each entry, the rounding noise they may carry: each value is rounded to its last
     * bit (and carries the function's own rounding, allowed for as 64 ulps), and the difference of two such values
     * over the step width is only that exact. A large {@code f} with a small partial (Brown's badly scaled function)
     * otherwise looks like a wrong derivative.
     */
    private record Estimate(double[][] jacobian, double[][] noise) {
    }

    private static Estimate estimate(BiConsumer<double[], double[]> values, int n, int m, double[] x) {
        Checks.length("x", x, n);
        double[][] jacobian = Flat.matrix(m, n);
        double[][] noise = Flat.matrix(m, n);
        double[] shifted = x.clone();
        double[] yPlus = new double[m];
        double[] yMinus = new double[m];
        for (int j = 0; j < n; j++) {
            double h = STEP * Math.max(1, Math.abs(x[j]));
            double up = x[j] + h;
            double down = x[j] - h;
            shifted[j] = up;
            values.accept(shifted, yPlus);
            shifted[j] = down;
            values.accept(shifted, yMinus);
            shifted[j] = x[j];
            // Divide by the distance between the points actually evaluated, not by 2h: x ± h is rounded.
            double width = up - down;
            for (int i = 0; i < m; i++) {
                jacobian[i][j] = (yPlus[i] - yMinus[i]) / width;
                noise[i][j] = ROUNDING_ULPS * Math.ulp(Math.max(Math.abs(yPlus[i]), Math.abs(yMinus[i]))) / width;
            }
        }
        return new Estimate(jacobian, noise);
    }
}
