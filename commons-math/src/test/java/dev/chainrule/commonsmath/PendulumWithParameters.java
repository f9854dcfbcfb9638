package dev.chainrule.commonsmath;

import java.util.Collection;
import java.util.List;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.ParameterizedODE;
import org.apache.commons.math3.ode.UnknownParameterException;

/**
 * The pendulum ({@link TestFunctions#pendulum}) as Commons Math's finite-difference route to the Jacobians needs it:
 * a plain ODE whose parameters {@code JacobianMatrices} shifts and restores.
 */
final class PendulumWithParameters implements FirstOrderDifferentialEquations, ParameterizedODE {

    static final List<String> NAMES = List.of("g", "c", "a");

    private final double[] parameters;

    PendulumWithParameters(double[] parameters) {
        this.parameters = parameters.clone();
    }

    @Override
    public int getDimension() {
        return 2;
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot) {
        System.arraycopy(TestFunctions.pendulum(y, parameters, t), 0, yDot, 0, 2);
    }

    @Override
    public Collection<String> getParametersNames() {
        return NAMES;
    }

    @Override
    public boolean isSupported(String name) {
        return NAMES.contains(name);
    }

    @Override
    public double getParameter(String name) {
        return parameters[index(name)];
    }

    @Override
    public void setParameter(String name, double value) {
        parameters[index(name)] = value;
    }

    private static int index(String name) {
        int index = NAMES.indexOf(name);
        if (index < 0) {
            throw new UnknownParameterException(name);
        }
        return index;
    }
}
