package dev.chainrule.hipparchus;

import dev.chainrule.adapters.Views;
import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Gradients;
import dev.chainrule.runtime.Hessians;
import dev.chainrule.runtime.support.Checks;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.constrained.SQPOption;
import org.hipparchus.optim.nonlinear.vector.constrained.TwiceDifferentiableFunction;

/**
 * A scalar objective with its exact gradient (one reverse sweep) and Hessian ({@code n} forward-over-reverse
 * Hessian-vector products), as the {@link TwiceDifferentiableFunction} Hipparchus's SQP optimisers minimise:
 *
 * <pre>{@code
 * SQPOption options = new SQPOption();
 * options.setUseFunHessian(true);
 * LagrangeSolution solution = new SQPOptimizerS().optimize(options,
 *         new ObjectiveFunction(TwiceDifferentiableObjective.of(Misra1aDerivatives.sumOfSquares(2))),
 *         InequalityConstraints.of(Misra1aDerivatives.asymptoteAtMost(2, 1, 230)),
 *         new InitialGuess(new double[] {500, 1e-4}));
 * }</pre>
 *
 * <p>The optimisers always need the gradient; they call {@link #hessian(RealVector)} only with
 * {@link SQPOption#setUseFunHessian(boolean) setUseFunHessian(true)}, and in Hipparchus 4.0.2 only at the starting
 * point, as the first matrix of their BFGS updates (identity otherwise). The view must implement chainrule's
 * {@link dev.chainrule.runtime.TwiceDifferentiableFunction}, as the generated view of a {@code @Differentiable}
 * method does when the build generates its Hessian-vector product.
 *
 * <p>Immutable; as thread-safe as the view.
 */
public final class TwiceDifferentiableObjective extends TwiceDifferentiableFunction {

    private final DifferentiableFunction objective;

    private TwiceDifferentiableObjective(DifferentiableFunction objective) {
        this.objective = objective;
    }

    /**
     * Wraps a scalar objective with second derivatives.
     *
     * @param objective the objective, {@code R^n -> R}, a {@link dev.chainrule.runtime.TwiceDifferentiableFunction}
     * @return the adapter
     * @throws NullPointerException     if {@code objective} is null
     * @throws IllegalArgumentException if it has more than one output or no second derivatives
     */
    public static TwiceDifferentiableObjective of(DifferentiableFunction objective) {
        Views.scalar(objective, "objective");
        if (!(objective instanceof dev.chainrule.runtime.TwiceDifferentiableFunction)) {
            throw new IllegalArgumentException("the objective needs second derivatives, but " + objective
                    + " is not a dev.chainrule.runtime.TwiceDifferentiableFunction: use the view the build generates"
                    + " for a @Differentiable method that has a Hessian-vector product, or GradientObjective for"
                    + " first derivatives only");
        }
        return new TwiceDifferentiableObjective(objective);
    }

    /**
     * Returns the number of variables.
     *
     * @return {@code n}
     */
    @Override
    public int dim() {
        return objective.inputDimension();
    }

    /**
     * Evaluates the objective.
     *
     * @param x the point, dimension {@code n}
     * @return {@code f(x)}
     * @throws IllegalArgumentException if {@code x} has the wrong dimension
     */
    @Override
    public double value(RealVector x) {
        double[] point = Wrapping.entries(x);
        Checks.length("x", point, dim());
        return objective.value(point)[0];
    }

    /**
     * Computes the gradient with one reverse sweep.
     *
     * @param x the point, dimension {@code n}
     * @return {@code ∇f(x)}, over a new array
     * @throws IllegalArgumentException if {@code x} has the wrong dimension
     */
    @Override
    public RealVector gradient(RealVector x) {
        return Wrapping.vector(Gradients.gradient(objective, Wrapping.entries(x)));
    }

    /**
     * Computes the Hessian with {@code n} Hessian-vector products.
     *
     * @param x the point, dimension {@code n}
     * @return {@code ∇²f(x)}, over a new {@code n × n} array
     * @throws IllegalArgumentException if {@code x} has the wrong dimension
     */
    @Override
    public RealMatrix hessian(RealVector x) {
        return Wrapping.matrix(Hessians.hessian(objective, Wrapping.entries(x)));
    }
}
