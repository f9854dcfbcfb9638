package dev.chainrule.hipparchus;

import dev.chainrule.adapters.Views;
import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Gradients;
import dev.chainrule.runtime.support.Checks;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunctionGradient;

/**
 * A scalar objective with its exact gradient (one reverse sweep), as the optimisation data the gradient-based
 * optimisers take:
 *
 * <pre>{@code
 * GradientObjective objective = GradientObjective.of(ObjectivesDerivatives.rosenbrock(2));
 * PointValuePair optimum = new NonLinearConjugateGradientOptimizer(Formula.POLAK_RIBIERE,
 *         new SimpleValueChecker(1e-12, 1e-12)).optimize(objective.objectiveFunction(),
 *         objective.objectiveFunctionGradient(), GoalType.MINIMIZE, new InitialGuess(start), new MaxEval(10_000));
 * }</pre>
 *
 * <p>Immutable; as thread-safe as the view.
 */
public final class GradientObjective {

    private final DifferentiableFunction objective;

    private GradientObjective(DifferentiableFunction objective) {
        this.objective = Views.scalar(objective, "objective");
    }

    /**
     * Wraps a scalar objective.
     *
     * @param objective the objective, {@code R^n -> R}
     * @return the adapter
     * @throws NullPointerException     if {@code objective} is null
     * @throws IllegalArgumentException if it has more than one output
     */
    public static GradientObjective of(DifferentiableFunction objective) {
        return new GradientObjective(objective);
    }

    /**
     * Evaluates the objective.
     *
     * @param x the point, length {@code n}; read only
     * @return {@code f(x)}
     * @throws IllegalArgumentException if {@code x} has the wrong length
     */
    public double value(double[] x) {
        Checks.length("x", x, objective.inputDimension());
        return objective.value(x)[0];
    }

    /**
     * Computes the gradient with one reverse sweep.
     *
     * @param x the point, length {@code n}; read only
     * @return {@code ∇f(x)}, a new array
     * @throws IllegalArgumentException if {@code x} has the wrong length
     */
    public double[] gradient(double[] x) {
        return Gradients.gradient(objective, x);
    }

    /**
     * The objective as optimisation data.
     *
     * @return {@link #value(double[])} as an {@link ObjectiveFunction}
     */
    public ObjectiveFunction objectiveFunction() {
        return new ObjectiveFunction(this::value);
    }

    /**
     * The gradient as optimisation data.
     *
     * @return {@link #gradient(double[])} as an {@link ObjectiveFunctionGradient}
     */
    public ObjectiveFunctionGradient objectiveFunctionGradient() {
        return new ObjectiveFunctionGradient(this::gradient);
    }
}
