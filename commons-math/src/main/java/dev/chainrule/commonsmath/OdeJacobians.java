package dev.chainrule.commonsmath;

import dev.chainrule.adapters.OdeRightHandSide;
import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.support.Checks;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;
import org.apache.commons.math3.ode.JacobianMatrices;
import org.apache.commons.math3.ode.MainStateJacobianProvider;
import org.apache.commons.math3.ode.ParameterJacobianProvider;
import org.apache.commons.math3.ode.UnknownParameterException;

/**
 * An ODE {@code dy/dt = f(t, y, p)} with its exact Jacobians with respect to the state and to each named parameter,
 * for {@link JacobianMatrices}; without them, {@code JacobianMatrices} differentiates the ODE by finite-difference
 * steps the user has to choose.
 *
 * <p>The right-hand side is a view over the state followed by the parameters, {@code (y, p) -> dy/dt}, such as the
 * one the build generates for {@code @Differentiable static double[] rhs(double[] y, double[] p)}:
 *
 * <pre>{@code
 * OdeJacobians ode = OdeJacobians.autonomous(LotkaVolterraDerivatives.rhs(2, 4, 2),
 *         List.of("alpha", "beta", "delta", "gamma"), new double[] {1.5, 1.0, 1.0, 3.0});
 * JacobianMatrices jacobians = new JacobianMatrices(ode, "alpha", "beta", "delta", "gamma");
 * jacobians.addParameterJacobianProvider(ode);
 * ExpandableStatefulODE expandable = new ExpandableStatefulODE(ode);
 * jacobians.registerVariationalEquations(expandable);
 * expandable.setTime(0);
 * expandable.setPrimaryState(new double[] {10, 5});
 * integrator.integrate(expandable, 10);
 * double[] dYdAlpha = new double[2];
 * jacobians.getCurrentParameterJacobian("alpha", dYdAlpha);
 * }</pre>
 *
 * <p>A right-hand side that depends on time binds it as a constant ({@code @NoDerivative double t}) and is given as
 * the view at each time, {@link #of(DoubleFunction, List, double[]) of(t -> RhsDerivatives.rhs(2, 4, 2, t), ...)}.
 * The parameters keep the values given here: to integrate with others, make another instance.
 *
 * <p>The Jacobians are written into the arrays {@code JacobianMatrices} passes in. The state Jacobian takes one vector
 * tangent sweep with {@code n} directions, each parameter's column one tangent sweep. Immutable; as thread-safe as
 * the views.
 */
public final class OdeJacobians implements MainStateJacobianProvider, ParameterJacobianProvider {

    private final OdeRightHandSide rightHandSide;

    private OdeJacobians(OdeRightHandSide rightHandSide) {
        this.rightHandSide = rightHandSide;
    }

    /**
     * Wraps an autonomous right-hand side.
     *
     * @param rightHandSide the view {@code (y, p) -> dy/dt}, {@code R^(n + k) -> R^n}
     * @param names         the parameters' names, {@code k} of them, distinct, in the order of {@code p}
     * @param values        the parameters' values, length {@code k}; copied
     * @return the ODE
     * @throws NullPointerException     if an argument or a name is null
     * @throws IllegalArgumentException if the names are not distinct, the values do not match them, or the view's
     *                                  dimensions do not fit them
     */
    public static OdeJacobians autonomous(DifferentiableFunction rightHandSide, List<String> names, double[] values) {
        Objects.requireNonNull(rightHandSide, "rightHandSide is null");
        return of(t -> rightHandSide, names, values);
    }

    /**
     * Wraps a right-hand side that depends on time.
     *
     * @param rightHandSide the view at time {@code t}, {@code (y, p) -> dy/dt}, {@code R^(n + k) -> R^n}; asked once
     *                      per evaluation, and at time 0 now to learn {@code n}
     * @param names         the parameters' names, {@code k} of them, distinct, in the order of {@code p}
     * @param values        the parameters' values, length {@code k}; copied
     * @return the ODE
     * @throws NullPointerException     if an argument or a name is null
     * @throws IllegalArgumentException if the names are not distinct, the values do not match them, or the view's
     *                                  dimensions do not fit them
     */
    public static OdeJacobians of(DoubleFunction<DifferentiableFunction> rightHandSide, List<String> names,
            double[] values) {
        return new OdeJacobians(OdeRightHandSide.of(rightHandSide, names, values));
    }

    /**
     * Returns the dimension of the state.
     *
     * @return {@code n}
     */
    @Override
    public int getDimension() {
        return rightHandSide.dimension();
    }

    /**
     * Evaluates the right-hand side.
     *
     * @param t    the time
     * @param y    the state, length {@code n}; read only
     * @param yDot receives {@code dy/dt}, length {@code n}
     */
    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot) {
        double[] derivatives = rightHandSide.derivatives(t, y);
        Checks.length("yDot", yDot, derivatives.length);
        System.arraycopy(derivatives, 0, yDot, 0, derivatives.length);
    }

    /**
     * Computes {@code ∂f/∂y} into the caller's matrix.
     *
     * @param t    the time
     * @param y    the state, length {@code n}; read only
     * @param yDot the derivative at {@code (t, y)}; unused
     * @param dFdY receives the {@code n × n} Jacobian
     */
    @Override
    public void computeMainStateJacobian(double t, double[] y, double[] yDot, double[][] dFdY) {
        rightHandSide.stateJacobian(t, y, dFdY);
    }

    /**
     * Computes {@code ∂f/∂p} for one parameter into the caller's array.
     *
     * @param t         the time
     * @param y         the state, length {@code n}; read only
     * @param yDot      the derivative at {@code (t, y)}; unused
     * @param paramName the parameter's name
     * @param dFdP      receives the column {@code ∂f/∂p}, length {@code n}
     * @throws UnknownParameterException if {@code paramName} is not one of the names
     */
    @Override
    public void computeParameterJacobian(double t, double[] y, double[] yDot, String paramName, double[] dFdP) {
        int index = rightHandSide.indexOf(paramName);
        if (index < 0) {
            throw new UnknownParameterException(paramName);
        }
        Checks.length("dFdP", dFdP, rightHandSide.dimension());
        double[] column = rightHandSide.parameterColumn(t, y, index);
        System.arraycopy(column, 0, dFdP, 0, column.length);
    }

    /**
     * Returns the parameters' names.
     *
     * @return the names, in the order of {@code p}; unmodifiable
     */
    @Override
    public Collection<String> getParametersNames() {
        return rightHandSide.names();
    }

    /**
     * Says whether a parameter is one of this ODE's.
     *
     * @param name a name
     * @return whether it is one of {@link #getParametersNames()}
     */
    @Override
    public boolean isSupported(String name) {
        return rightHandSide.indexOf(name) >= 0;
    }
}
