package dev.chainrule.commonsmath;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import dev.chainrule.runtime.support.Checks;
import java.util.Objects;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.ValueAndJacobianFunction;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * A least-squares model {@code R^n -> R^m} with its exact Jacobian, for {@link LeastSquaresBuilder#model(
 * org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction)}:
 *
 * <pre>{@code
 * LeastSquaresProblem problem = new LeastSquaresBuilder()
 *         .model(LeastSquaresModel.of(Misra1aDerivatives.model(2, 14)))
 *         .target(Misra1a.Y)
 *         .start(new double[] {500, 1e-4})
 *         .maxEvaluations(1000).maxIterations(1000)
 *         .build();
 * Optimum optimum = new LevenbergMarquardtOptimizer().optimize(problem);
 * }</pre>
 *
 * <p>The values are {@code f.value(x)}, the Jacobian {@link Jacobians#jacobian(DifferentiableFunction, double[], Mode)}
 * in the given mode; both reach Commons Math in the arrays chainrule computed them in, wrapped without copying. A
 * Jacobian therefore costs one evaluation of {@code f} more than the driver's sweeps. It implements
 * {@link ValueAndJacobianFunction} too, so that a problem built with {@code lazyEvaluation(true)} computes the
 * Jacobian only at the points the optimiser asks it for.
 *
 * <p>Immutable; as thread-safe as {@code f}.
 */
public final class LeastSquaresModel implements ValueAndJacobianFunction {

    private final DifferentiableFunction model;
    private final Mode mode;

    private LeastSquaresModel(DifferentiableFunction model, Mode mode) {
        this.model = Objects.requireNonNull(model, "model is null");
        this.mode = Objects.requireNonNull(mode, "mode is null");
    }

    /**
     * Wraps a model whose Jacobian {@link Mode#AUTO} assembles.
     *
     * @param model the model, {@code R^n -> R^m}: its outputs are compared with the problem's target
     * @return the adapter
     * @throws NullPointerException if {@code model} is null
     */
    public static LeastSquaresModel of(DifferentiableFunction model) {
        return of(model, Mode.AUTO);
    }

    /**
     * Wraps a model whose Jacobian is assembled in the given mode.
     *
     * @param model the model, {@code R^n -> R^m}
     * @param mode  how to assemble the Jacobian: {@link Mode#FORWARD} suits few parameters (the usual fit),
     *              {@link Mode#REVERSE} few observations
     * @return the adapter
     * @throws NullPointerException if an argument is null
     */
    public static LeastSquaresModel of(DifferentiableFunction model, Mode mode) {
        return new LeastSquaresModel(model, mode);
    }

    /**
     * Evaluates the model and its Jacobian.
     *
     * @param point the parameters, dimension {@code n}
     * @return the values ({@code m}) and the {@code m × n} Jacobian
     * @throws IllegalArgumentException if {@code point} has the wrong dimension
     */
    @Override
    public Pair<RealVector, RealMatrix> value(RealVector point) {
        double[] x = Wrapping.entries(point);
        return new Pair<>(computeValue(x), computeJacobian(x));
    }

    /**
     * Evaluates the model.
     *
     * @param params the parameters, length {@code n}; read only
     * @return the {@code m} values
     * @throws IllegalArgumentException if {@code params} has the wrong length
     */
    @Override
    public RealVector computeValue(double[] params) {
        Checks.length("params", params, model.inputDimension());
        return Wrapping.vector(model.value(params));
    }

    /**
     * Computes the model's Jacobian.
     *
     * @param params the parameters, length {@code n}; read only
     * @return the {@code m × n} Jacobian, {@code J[i][j] = ∂f_i/∂params_j}
     * @throws IllegalArgumentException if {@code params} has the wrong length
     */
    @Override
    public RealMatrix computeJacobian(double[] params) {
        Checks.length("params", params, model.inputDimension());
        return Wrapping.matrix(Jacobians.jacobian(model, params, mode));
    }
}
