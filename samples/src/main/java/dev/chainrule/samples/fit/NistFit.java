package dev.chainrule.samples.fit;

import dev.chainrule.hipparchus.LeastSquaresModel;
import dev.chainrule.runtime.Mode;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer.Optimum;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.MultivariateJacobianFunction;

/**
 * NIST's Misra1a and Lanczos3 ({@link NistProblem}) fitted by Hipparchus's Levenberg–Marquardt optimiser from NIST's
 * first start, each twice: with the generated Jacobian ({@link LeastSquaresModel} over the model's view), and with the
 * forward-difference Jacobian a user writes without it ({@link ForwardDifferenceModel}). It prints each fit's
 * iterations, evaluations, time per fit and agreement with the certified values, as NIST's log relative error (the
 * number of correct significant digits, the fewest over the parameters).
 *
 * <p>{@link #run} counts a failure for each problem whose fit with the exact Jacobian misses a certified parameter or
 * the certified residual sum of squares by more than {@link #TOLERANCE} relative. The forward-difference fits are
 * reported, not checked: on Lanczos3 they miss.
 */
public final class NistFit {

    /** The largest relative error accepted in each certified parameter and in the residual sum of squares. */
    public static final double TOLERANCE = 1e-6;

    /**
     * How long a problem's fits run, the two Jacobians in turn, before timing (the JIT compiles them meanwhile; the
     * generated vector tangent method is large and compiles late on a busy machine), and how long each timed round
     * lasts; the time reported is the best round's mean. The figures are indicative (one JVM, a shared machine):
     * bench/'s {@code LeastSquaresFitBenchmark} measures the same fits with JMH.
     */
    private static final long WARM_UP_NANOS = 1_500_000_000L;
    private static final long ROUND_NANOS = 50_000_000L;
    private static final int ROUNDS = 5;

    private NistFit() {
    }

    /**
     * The model with the generated Jacobian: few parameters, so forward mode (vector tangent sweeps).
     *
     * @param problem the problem
     * @return the adapter over its view
     */
    public static MultivariateJacobianFunction exactJacobian(NistProblem problem) {
        return LeastSquaresModel.of(problem.view(), Mode.FORWARD);
    }

    /**
     * The model with forward differences, as a user without derivatives writes it.
     *
     * @param problem the problem
     * @return the adapter over its plain model
     */
    public static MultivariateJacobianFunction forwardDifferences(NistProblem problem) {
        return new ForwardDifferenceModel(problem.plain());
    }

    /**
     * Fits a problem from NIST's first start with Hipparchus's default Levenberg–Marquardt settings.
     *
     * @param problem the problem
     * @param model   its model and Jacobian
     * @return the optimum
     */
    public static Optimum fit(NistProblem problem, MultivariateJacobianFunction model) {
        return new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                .model(model)
                .target(problem.observations())
                .start(problem.start())
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
     * The fewest correct digits over the parameters.
     *
     * @param problem  the problem
     * @param estimate the fitted parameters
     * @return the smallest {@link #correctDigits} over them
     */
    public static double fewestCorrectDigits(NistProblem problem, double[] estimate) {
        double fewest = 15;
        for (int j = 0; j < estimate.length; j++) {
            fewest = Math.min(fewest, correctDigits(estimate[j], problem.certified()[j]));
        }
        return fewest;
    }

    /**
     * Whether a fit meets the certified parameters and residual sum of squares within {@link #TOLERANCE}.
     *
     * @param problem the problem
     * @param optimum the fit
     * @return whether every certified value is met
     */
    public static boolean meetsCertifiedValues(NistProblem problem, Optimum optimum) {
        double[] b = optimum.getPoint().toArray();
        boolean ok = agrees(optimum.getCost() * optimum.getCost(), problem.certifiedRss());
        for (int j = 0; j < b.length; j++) {
            ok &= agrees(b[j], problem.certified()[j]);
        }
        return ok;
    }

    /**
     * The mean time of one fit with each model, the best of a few rounds, after a warm-up; the models take turns
     * throughout, so that the machine's load falls on both alike.
     *
     * @param problem the problem
     * @param models  its models and Jacobians
     * @return nanoseconds per fit, one per model
     */
    public static double[] nanosPerFit(NistProblem problem, MultivariateJacobianFunction... models) {
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUpEnd) {
            for (MultivariateJacobianFunction model : models) {
                fit(problem, model);
            }
        }
        double[] best = new double[models.length];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        for (int round = 0; round < ROUNDS; round++) {
            for (int k = 0; k < models.length; k++) {
                long start = System.nanoTime();
                long elapsed;
                int fits = 0;
                do {
                    fit(problem, models[k]);
                    fits++;
                    elapsed = System.nanoTime() - start;
                } while (elapsed < ROUND_NANOS);
                best[k] = Math.min(best[k], elapsed / (double) fits);
            }
        }
        return best;
    }

    /**
     * Runs both fits of both problems and prints them.
     *
     * @param out where to print
     * @return the number of failed checks (0 when all pass)
     */
    public static int run(PrintStream out) {
        out.println("7. Levenberg-Marquardt fits of NIST StRD problems from NIST's start 1: the exact Jacobian "
                + "(chainrule) against forward differences");
        int failures = 0;
        for (NistProblem problem : List.of(NistProblem.misra1a(), NistProblem.lanczos3())) {
            out.printf(Locale.ROOT, "  %s, %s, %d parameters, %d observations%n", problem.name(), problem.formula(),
                    problem.start().length, problem.observations().length);
            Optimum exact = fit(problem, exactJacobian(problem));
            boolean ok = meetsCertifiedValues(problem, exact);
            failures += ok ? 0 : 1;
            Optimum differences = fit(problem, forwardDifferences(problem));
            double[] nanos = nanosPerFit(problem, exactJacobian(problem), forwardDifferences(problem));
            print(out, "exact J", problem, exact, nanos[0], "",
                    ok ? "" : "  FAIL: off the certified values by more than " + TOLERANCE);
            print(out, "forward diff.", problem, differences, nanos[1],
                    String.format(Locale.ROOT, " (%.2fx exact)", nanos[1] / nanos[0]),
                    meetsCertifiedValues(problem, differences) ? ""
                            : "  misses the certified values by more than " + TOLERANCE);
        }
        out.println("  (an evaluation is the model and its Jacobian: exact = the model + vector tangent sweeps in blocks "
                + "of 4 directions; forward differences = the model p + 1 times)");
        return failures;
    }

    private static void print(PrintStream out, String name, NistProblem problem, Optimum optimum, double nanos,
            String ratio, String verdict) {
        out.printf(Locale.ROOT, "    %-13s %3d iterations %3d evaluations  correct digits %4.1f  RSS %.10e  "
                + "%8.1f us/fit%s%s%n", name, optimum.getIterations(), optimum.getEvaluations(),
                fewestCorrectDigits(problem, optimum.getPoint().toArray()), optimum.getCost() * optimum.getCost(),
                nanos / 1e3, ratio, verdict);
    }

    private static boolean agrees(double estimate, double certified) {
        return Math.abs(estimate - certified) <= TOLERANCE * Math.abs(certified);
    }
}
