package dev.chainrule.hipparchus;

import dev.chainrule.runtime.DifferentiableFunction;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.constrained.InequalityConstraint;

/**
 * Inequality constraints {@code c(x) ≥ b} for Hipparchus's SQP optimisers, with {@code c}'s exact Jacobian
 * ({@link dev.chainrule.runtime.Jacobians} in AUTO mode):
 *
 * <pre>{@code
 * new SQPOptimizerS().optimize(objective, InequalityConstraints.of(ShapesDerivatives.insideCircle(2, 1)), guess)
 * }</pre>
 *
 * <p>Immutable; as thread-safe as the view.
 */
public final class InequalityConstraints extends InequalityConstraint {

    private final ConstraintFunction constraints;

    private InequalityConstraints(ConstraintFunction constraints, RealVector lowerBounds) {
        super(lowerBounds);
        this.constraints = constraints;
    }

    /**
     * Constraints {@code c(x) ≥ 0}.
     *
     * @param constraints {@code c}, {@code R^n -> R^m}
     * @return the constraints
     * @throws NullPointerException if {@code constraints} is null
     */
    public static InequalityConstraints of(DifferentiableFunction constraints) {
        ConstraintFunction c = new ConstraintFunction(constraints);
        return new InequalityConstraints(c, c.zeros());
    }

    /**
     * Constraints {@code c(x) ≥ lowerBounds}.
     *
     * @param constraints {@code c}, {@code R^n -> R^m}
     * @param lowerBounds {@code b}, length {@code m}; copied
     * @return the constraints
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code lowerBounds} does not have {@code m} entries
     */
    public static InequalityConstraints of(DifferentiableFunction constraints, double[] lowerBounds) {
        ConstraintFunction c = new ConstraintFunction(constraints);
        return new InequalityConstraints(c, c.bounds(lowerBounds));
    }

    /**
     * Returns the number of variables.
     *
     * @return {@code n}
     */
    @Override
    public int dim() {
        return constraints.inputDimension();
    }

    /**
     * Evaluates the constraint function.
     *
     * @param x the point, dimension {@code n}
     * @return {@code c(x)}, dimension {@code m}
     * @throws IllegalArgumentException if {@code x} has the wrong dimension
     */
    @Override
    public RealVector value(RealVector x) {
        return constraints.value(x);
    }

    /**
     * Computes the constraint function's Jacobian.
     *
     * @param x the point, dimension {@code n}
     * @return the {@code m × n} Jacobian of {@code c}
     * @throws IllegalArgumentException if {@code x} has the wrong dimension
     */
    @Override
    public RealMatrix jacobian(RealVector x) {
        return constraints.jacobian(x);
    }
}
