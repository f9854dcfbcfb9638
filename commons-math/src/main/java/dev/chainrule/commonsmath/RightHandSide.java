package dev.chainrule.commonsmath;

import dev.chainrule.runtime.Checks;
import dev.chainrule.runtime.DifferentiableFunction;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * An ODE's right-hand side {@code (y, p) -> dy/dt} at fixed parameter values: its value and its Jacobian's columns
 * by tangent sweeps, the state's {@code n} in one vector sweep and each parameter's on its own, so that
 * {@link OdeJacobians} pays only for the columns the variational equation asks for.
 */
final class RightHandSide {

    private final DoubleFunction<DifferentiableFunction> viewAt;
    private final double[] parameters;
    private final int dimension;

    /**
     * @param viewAt     the view at a time, {@code R^(n + k) -> R^n}
     * @param parameters the {@code k} parameter values; kept, not copied
     */
    RightHandSide(DoubleFunction<DifferentiableFunction> viewAt, double[] parameters) {
        this.viewAt = Objects.requireNonNull(viewAt, "rightHandSide is null");
        this.parameters = parameters;
        DifferentiableFunction first = present(viewAt.apply(0), 0);
        if (first.outputDimension() < 1) {
            throw new IllegalArgumentException("the right-hand side must have an output per state, but " + first
                    + " has none");
        }
        this.dimension = first.outputDimension();
        fits(first, 0);
    }

    int dimension() {
        return dimension;
    }

    double[] derivatives(double t, double[] y) {
        return view(t).value(point(y));
    }

    /** Writes {@code ∂f/∂y} into {@code into}, an {@code n × n} matrix. */
    void stateJacobian(double t, double[] y, double[][] into) {
        double[] x = point(y);
        double[][] directions = new double[dimension][x.length];
        double[][] columns = new double[dimension][dimension];
        for (int j = 0; j < dimension; j++) {
            directions[j][j] = 1;
        }
        view(t).jvps(x, directions, new double[dimension], columns);
        for (int i = 0; i < dimension; i++) {
            for (int j = 0; j < dimension; j++) {
                into[i][j] = columns[j][i];
            }
        }
    }

    /** {@code ∂f/∂p_index}, a new array. */
    double[] parameterColumn(double t, double[] y, int index) {
        double[] x = point(y);
        double[] direction = new double[x.length];
        direction[dimension + index] = 1;
        return view(t).jvp(x, direction);
    }

    /** The view at {@code t}, checked against the state and parameter counts. */
    private DifferentiableFunction view(double t) {
        return fits(present(viewAt.apply(t), t), t);
    }

    private DifferentiableFunction fits(DifferentiableFunction view, double t) {
        if (view.outputDimension() != dimension || view.inputDimension() != dimension + parameters.length) {
            throw new IllegalArgumentException("the right-hand side at t = " + t + " maps R^" + view.inputDimension()
                    + " -> R^" + view.outputDimension() + ", but an ODE of " + dimension + " states and "
                    + parameters.length + " parameters needs R^" + (dimension + parameters.length) + " -> R^"
                    + dimension + " (the state, then the parameters)");
        }
        return view;
    }

    private static DifferentiableFunction present(DifferentiableFunction view, double t) {
        if (view == null) {
            throw new NullPointerException("rightHandSide gave no view at t = " + t);
        }
        return view;
    }

    private double[] point(double[] y) {
        Checks.length("y", y, dimension);
        double[] x = new double[dimension + parameters.length];
        System.arraycopy(y, 0, x, 0, dimension);
        System.arraycopy(parameters, 0, x, dimension, parameters.length);
        return x;
    }
}
