package dev.chainrule.hipparchus;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import dev.chainrule.runtime.support.Checks;
import java.util.Objects;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * The constraint function {@code c: R^n -> R^m} behind {@link EqualityConstraints} and {@link InequalityConstraints}:
 * its values and its Jacobian in the runtime's AUTO mode, handed over without copying.
 */
final class ConstraintFunction {

    private final DifferentiableFunction constraints;

    ConstraintFunction(DifferentiableFunction constraints) {
        this.constraints = Objects.requireNonNull(constraints, "constraints is null");
    }

    int inputDimension() {
        return constraints.inputDimension();
    }

    int outputDimension() {
        return constraints.outputDimension();
    }

    RealVector value(RealVector x) {
        return Wrapping.vector(constraints.value(checked(x)));
    }

    RealMatrix jacobian(RealVector x) {
        return Wrapping.matrix(Jacobians.jacobian(constraints, checked(x), Mode.AUTO));
    }

    /** Zero bounds, one per constraint. */
    RealVector zeros() {
        return Wrapping.vector(new double[constraints.outputDimension()]);
    }

    /** The bounds given, checked to hold one per constraint; copied. */
    RealVector bounds(double[] bounds) {
        Checks.length("bounds", bounds, constraints.outputDimension());
        return Wrapping.vector(bounds.clone());
    }

    private double[] checked(RealVector x) {
        double[] point = Wrapping.entries(x);
        Checks.length("x", point, constraints.inputDimension());
        return point;
    }
}
