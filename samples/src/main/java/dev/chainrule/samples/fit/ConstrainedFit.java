package dev.chainrule.samples.fit;

import dev.chainrule.hipparchus.InequalityConstraints;
import dev.chainrule.hipparchus.TwiceDifferentiableObjective;
import java.io.PrintStream;
import java.util.Locale;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.vector.constrained.LagrangeSolution;
import org.hipparchus.optim.nonlinear.vector.constrained.SQPOption;
import org.hipparchus.optim.nonlinear.vector.constrained.SQPOptimizerS;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;

/**
 * Misra1a ({@link Misra1a}) fitted with its asymptote capped, {@code b1 ≤ 230} (below the unconstrained 238.9), by
 * Hipparchus's SQP optimiser ({@link SQPOptimizerS}) from NIST's first start: the residual sum of squares
 * ({@link Misra1a#sumOfSquares}) with its exact gradient and Hessian ({@link TwiceDifferentiableObjective}), the cap
 * with its exact Jacobian ({@link InequalityConstraints} over {@link Misra1a#asymptoteAtMost}).
 *
 * <p>In Hipparchus 4.0.2 the SQP optimisers use the objective's Hessian only with
 * {@code SQPOption.setUseFunHessian(true)}, and then as the first matrix of their BFGS updates instead of the
 * identity. With parameters six orders of magnitude apart, that start is what makes the fit converge: the sample
 * runs it both ways and prints what the identity start gives.
 *
 * <p>The check is independent of SQP: the cap is active, so the optimum is {@code b1 = 230} and the {@code b2} that
 * minimises the residual sum of squares along that line, which Brent's derivative-free line search finds.
 * {@link #run} counts a failure if the SQP solution with the exact Hessian misses {@code b1 = 230} or that
 * minimum's value by more than {@link #TOLERANCE} relative, or its {@code b2} by more than {@code 100·TOLERANCE}
 * (the sum is flat near its minimum, so {@code b2} is known to fewer digits than the sum).
 */
public final class ConstrainedFit {

    /** The largest relative error accepted in {@code b1} and in the residual sum of squares. */
    public static final double TOLERANCE = 1e-7;

    /** The cap on the asymptote {@code b1}. */
    public static final double CAP = 230;

    private ConstrainedFit() {
    }

    /**
     * Runs the SQP fit.
     *
     * @param exactHessian whether the optimiser starts its BFGS updates from the exact Hessian rather than the
     *                     identity
     * @return the solution: {@code (b1, b2)}, the cap's multiplier, the residual sum of squares
     */
    public static LagrangeSolution fit(boolean exactHessian) {
        SQPOption options = new SQPOption();
        options.setUseFunHessian(exactHessian);
        options.setEps(1e-11);
        return new SQPOptimizerS().optimize(options,
                new ObjectiveFunction(TwiceDifferentiableObjective.of(Misra1aDerivatives.sumOfSquares(2))),
                InequalityConstraints.of(Misra1aDerivatives.asymptoteAtMost(2, 1, CAP)),
                new InitialGuess(Misra1a.start()), new MaxIter(1000), new MaxEval(100_000));
    }

    /**
     * The constrained optimum found without SQP: {@code b1 = CAP} and Brent's minimum of the residual sum of squares
     * over {@code b2}.
     *
     * @return {@code (b2, residual sum of squares)} at that minimum
     */
    public static double[] profileMinimum() {
        UnivariatePointValuePair minimum = new BrentOptimizer(1e-14, 1e-20).optimize(
                new UnivariateObjectiveFunction(b2 -> Misra1a.sumOfSquares(new double[] {CAP, b2})),
                new SearchInterval(1e-4, 1e-3), GoalType.MINIMIZE, new MaxEval(10_000));
        return new double[] {minimum.getPoint(), minimum.getValue()};
    }

    /**
     * Runs the example and prints it.
     *
     * @param out where to print
     * @return the number of failed checks (0 when all pass)
     */
    public static int run(PrintStream out) {
        out.println("9. Misra1a fitted with b1 <= 230 by Hipparchus SQPOptimizerS from (500, 1e-4): exact gradient, "
                + "Jacobian and Hessian");
        double[] profile = profileMinimum();
        out.printf(Locale.ROOT, "  Brent along b1 = 230      b1 = %.10e  b2 = %.10e  RSS %.10e%n", CAP, profile[0],
                profile[1]);
        LagrangeSolution solution = fit(true);
        double b1 = solution.getX().getEntry(0);
        double b2 = solution.getX().getEntry(1);
        double rss = solution.getValue();
        boolean ok = Math.abs(b1 - CAP) <= TOLERANCE * CAP
                && Math.abs(b2 - profile[0]) <= 100 * TOLERANCE * profile[0]
                && Math.abs(rss - profile[1]) <= TOLERANCE * profile[1];
        out.printf(Locale.ROOT, "  SQP, exact Hessian start  b1 = %.10e  b2 = %.10e  RSS %.10e  multiplier %.4e%s%n",
                b1, b2, rss, solution.getLambda().getEntry(0),
                ok ? "" : "  FAIL: not the constrained optimum within " + TOLERANCE);
        out.printf(Locale.ROOT, "  SQP, identity start       %s%n", withoutHessian());
        return ok ? 0 : 1;
    }

    private static String withoutHessian() {
        try {
            LagrangeSolution solution = fit(false);
            return String.format(Locale.ROOT, "b1 = %.10e  b2 = %.10e  RSS %.10e", solution.getX().getEntry(0),
                    solution.getX().getEntry(1), solution.getValue());
        } catch (RuntimeException e) {
            return "fails: " + e;
        }
    }
}
