package dev.chainrule.hipparchus;

import dev.chainrule.adapters.OdeRightHandSide;
import dev.chainrule.runtime.DifferentiableFunction;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.ode.LocalizedODEFormats;
import org.hipparchus.ode.ODEJacobiansProvider;
import org.hipparchus.ode.VariationalEquation;

/**
 * An ODE {@code dy/dt = f(t, y, p)} with its exact Jacobians with respect to the state and to each named parameter,
 * for {@link VariationalEquation}; without them, the variational equation needs finite-difference steps for both.
 *
 * <p>The right-hand side is a view over the state followed by the parameters, {@code (y, p) -> dy/dt}, such as the
 * one the build generates for {@code @Differentiable static double[] rhs(double[] y, double[] p)}:
 *
 * <pre>{@code
 * OdeJacobians ode = OdeJacobians.autonomous(LotkaVolterraDerivatives.rhs(2, 4, 2),
 *         List.of("alpha", "beta", "delta", "gamma"), new double[] {1.5, 1.0, 1.0, 3.0});
 * ExpandableODE expandable = new ExpandableODE(ode);
 * VariationalEquation variational = new VariationalEquation(expandable, ode);
 * ODEState start = variational.setUpInitialState(new ODEState(0, new double[] {10, 5}));
 * ODEStateAndDerivative end = integrator.integrate(expandable, start, 10);
 * double[] dYdAlpha = variational.extractParameterJacobian(end, "alpha");
 * }</pre>
 *
 * <p>A right-hand side that depends on time binds it as a constant ({@code @NoDerivative double t}) and is given as
 * the view at each time, {@link #of(DoubleFunction, List, double[]) of(t -> RhsDerivatives.rhs(2, 4, 2, t), ...)}.
 * The parameters keep the values given here: to integrate with others, make another instance.
 *
 * <p>The state Jacobian takes one vector tangent sweep with {@code n} directions, each parameter's column one tangent
 * sweep. Immutable; as thread-safe as the views.
 */
public final class OdeJacobians implements ODEJacobiansProvider {

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
     * @param t the time
     * @param y the state, length {@code n}; read only
     * @return {@code dy/dt}, a new array
     */
    @Override
    public double[] computeDerivatives(double t, double[] y) {
        return rightHandSide.derivatives(t, y);
    }

    /**
     * Computes {@code ∂f/∂y}.
     *
     * @param t    the time
     * @param y    the state, length {@code n}; read only
     * @param yDot the derivative at {@code (t, y)}; unused
     * @return the {@code n × n} Jacobian, a new matrix
     */
    @Override
    public double[][] computeMainStateJacobian(double t, double[] y, double[] yDot) {
        int n = rightHandSide.dimension();
        double[][] jacobian = new double[n][n];
        rightHandSide.stateJacobian(t, y, jacobian);
        return jacobian;
    }

    /**
     * Computes {@code ∂f/∂p} for one parameter.
     *
     * @param t         the time
     * @param y         the state, length {@code n}; read only
     * @param yDot      the derivative at {@code (t, y)}; unused
     * @param paramName the parameter's name
     * @return the column {@code ∂f/∂p}, length {@code n}, a new array
     * @throws MathIllegalArgumentException if {@code paramName} is not one of the names
     */
    @Override
    public double[] computeParameterJacobian(double t, double[] y, double[] yDot, String paramName) {
        int index = rightHandSide.indexOf(paramName);
        if (index < 0) {
            throw new MathIllegalArgumentException(LocalizedODEFormats.UNKNOWN_PARAMETER, paramName);
        }
        return rightHandSide.parameterColumn(t, y, index);
    }

    /**
     * Returns the parameters' names.
     *
     * @return the names, in the order of {@code p}; unmodifiable
     */
    @Override
    public List<String> getParametersNames() {
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
