package dev.chainrule.samples.fit;

import dev.chainrule.hipparchus.LeastSquaresModel;
import dev.chainrule.runtime.Mode;
import java.io.PrintStream;
import java.util.Locale;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer.Optimum;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.MultivariateJacobianFunction;

/**
 * NIST's Misra1a ({@link Misra1a}) fitted by Hipparchus's Levenberg–Marquardt optimiser from NIST's first start
 * {@code (500, 1e-4)}, twice: with the generated Jacobian ({@link LeastSquaresModel} over the view of
 * {@link Misra1a#model}), and with the forward-difference Jacobian a user writes without it
 * ({@link ForwardDifferenceModel}). It prints each fit's iterations, evaluations, time per fit and agreement with
 * the certified values (as NIST's log relative error, the number of correct significant digits).
 *
 * <p>{@link #run} counts a failure for each fit that misses a certified parameter by more than {@link #TOLERANCE}
 * relative, or the certified residual sum of squares by more than {@link #TOLERANCE}.
 */
public final class Misra1aFit {

    /** The largest relative error accepted in each certified parameter and in the residual sum of squares. */
    public static final double TOLERANCE = 1e-6;

    /**
     * Fits timed per round, after a warm-up in which the JIT compiles the fit; the time reported is the best round's
     * mean. The figures are indicative (one JVM, a shared machine): bench/'s {@code LeastSquaresFitBenchmark} measures
     * the same fits with JMH.
     */
    private static final int FITS_PER_ROUND = 200;
    private static final int WARM_UP_FITS = 1000;
    private static final int ROUNDS = 5;

    private Misra1aFit() {
    }

    /**
     * The model with the generated Jacobian: two inputs, so forward mode (one vector tangent sweep).
     *
     * @return the adapter over {@code Misra1aDerivatives.model(2, 14)}
     */
    public static MultivariateJacobianFunction exactJacobian() {
        return LeastSquaresModel.of(Misra1aDerivatives.model(2, Misra1a.X.length), Mode.FORWARD);
    }

    /**
     * The model with forward differences, as a user without derivatives writes it.
     *
     * @return the adapter over the plain {@link Misra1a#model}
     */
    public static MultivariateJacobianFunction forwardDifferences() {
        return new ForwardDifferenceModel(Misra1a::model);
    }

    /**
     * Fits Misra1a from NIST's first start with Hipparchus's default Levenberg–Marquardt settings.
     *
     * @param model the model and its Jacobian
     * @return the optimum
     */
    public static Optimum fit(MultivariateJacobianFunction model) {
        return new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                .model(model)
                .target(Misra1a.observations())
                .start(Misra1a.start())
                .maxEvaluations(10_000)
                .maxIterations(10_000)
                .build());
    }

    /**
     * NIST's log relative error: the number of significant digits two values share.
     *
     * @param estimate  the computed value
     * @param certified the certified value
     * @return {@code -log10(|estimate - certified| / |certified|)}, at most 15
     */
    public static double correctDigits(double estimate, double certified) {
        double relative = Math.abs(estimate - certified) / Math.abs(certified);
        return relative == 0 ? 15 : Math.min(15, -Math.log10(relative));
    }

    /**
     * The mean time of one fit, the best of a few rounds, after a warm-up.
     *
     * @param model the model and its Jacobian
     * @return nanoseconds per fit
     */
    public static double nanosPerFit(MultivariateJacobianFunction model) {
        for (int k = 0; k < WARM_UP_FITS; k++) {
            fit(model);
        }
        double best = Double.POSITIVE_INFINITY;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (int k = 0; k < FITS_PER_ROUND; k++) {
                fit(model);
            }
            best = Math.min(best, (System.nanoTime() - start) / (double) FITS_PER_ROUND);
        }
        return best;
    }

    /**
     * Runs both fits and prints them.
     *
     * @param out where to print
     * @return the number of failed checks (0 when all pass)
     */
    public static int run(PrintStream out) {
        out.println("7. Levenberg-Marquardt fit of NIST Misra1a, y = b1*(1 - exp(-b2*x)), from (500, 1e-4)     "
                + "certified b1 = 2.3894212918E+02, b2 = 5.5015643181E-04");
        int failures = 0;
        double exactNanos = 0;
        String[] names = {"exact J (chainrule)", "forward differences"};
        MultivariateJacobianFunction[] models = {exactJacobian(), forwardDifferences()};
        for (int k = 0; k < models.length; k++) {
            Optimum optimum = fit(models[k]);
            double[] b = optimum.getPoint().toArray();
            double rss = optimum.getCost() * optimum.getCost();
            boolean ok = agrees(b[0], Misra1a.CERTIFIED[0]) && agrees(b[1], Misra1a.CERTIFIED[1])
                    && agrees(rss, Misra1a.CERTIFIED_RSS);
            failures += ok ? 0 : 1;
            double nanos = nanosPerFit(models[k]);
            exactNanos = k == 0 ? nanos : exactNanos;
            out.printf(Locale.ROOT, "  %-20s b1 = %.10e  b2 = %.10e  digits %4.1f %4.1f  RSS %.10e  "
                    + "%3d iterations %3d evaluations  %7.1f us/fit%s%s%n", names[k], b[0], b[1],
                    correctDigits(b[0], Misra1a.CERTIFIED[0]), correctDigits(b[1], Misra1a.CERTIFIED[1]), rss,
                    optimum.getIterations(), optimum.getEvaluations(), nanos / 1e3,
                    k == 0 ? "" : String.format(Locale.ROOT, " (%.2fx the exact fit's time)", nanos / exactNanos),
                    ok ? "" : "  FAIL: off the certified values by more than " + TOLERANCE);
        }
        out.println("  (an evaluation is the model and its Jacobian: exact = 1 value + 1 vector tangent sweep of 2 "
                + "directions; forward differences = 3 values)");
        return failures;
    }

    private static boolean agrees(double estimate, double certified) {
        return Math.abs(estimate - certified) <= TOLERANCE * Math.abs(certified);
    }
}
