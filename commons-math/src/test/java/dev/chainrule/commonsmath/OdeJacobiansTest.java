package dev.chainrule.commonsmath;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.commons.math3.ode.ExpandableStatefulODE;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.JacobianMatrices;
import org.apache.commons.math3.ode.UnknownParameterException;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;

class OdeJacobiansTest {

    private static final double[] PARAMETERS = {9.81, 0.4, 1.2};
    private static final double[] START = {0.9, 0.0};
    private static final double END = 5;

    private static OdeJacobians pendulum() {
        return OdeJacobians.of(t -> TestFunctionsDerivatives.pendulum(2, 3, 2, t), PendulumWithParameters.NAMES,
                PARAMETERS);
    }

    @Test
    void jacobiansMatchCommonsMathFiniteDifferencesAtEachTime() {
        OdeJacobians ode = pendulum();
        double[] y = {0.8, -0.4};
        for (double t : new double[] {0, 0.7, 2.5}) {
            double[] yDot = new double[2];
            ode.computeDerivatives(t, y, yDot);
            assertArrayEquals(TestFunctions.pendulum(y, PARAMETERS, t), yDot, 0);
            double[][] dFdY = new double[2][2];
            ode.computeMainStateJacobian(t, y, yDot, dFdY);
            double[][] byState = LibraryDifferences.jacobian(s -> TestFunctions.pendulum(s, PARAMETERS, t), y, 2,
                    1e-3);
            assertEquals(0, LibraryDifferences.maxDifference(byState, dFdY), 1e-10);
            double[][] byParameters = LibraryDifferences.jacobian(p -> TestFunctions.pendulum(y, p, t), PARAMETERS, 2,
                    1e-3);
            for (int k = 0; k < 3; k++) {
                double[] dFdP = new double[2];
                ode.computeParameterJacobian(t, y, yDot, PendulumWithParameters.NAMES.get(k), dFdP);
                assertEquals(byParameters[0][k], dFdP[0], 1e-10);
                assertEquals(byParameters[1][k], dFdP[1], 1e-10);
            }
        }
    }

    @Test
    void integratedSensitivitiesAgreeWithCommonsMathFiniteDifferenceRoute() {
        OdeJacobians exact = pendulum();
        JacobianMatrices withExact = new JacobianMatrices(exact, "g", "c", "a");
        withExact.addParameterJacobianProvider(exact);
        PendulumWithParameters plain = new PendulumWithParameters(PARAMETERS);
        JacobianMatrices withDifferences = new JacobianMatrices(plain, new double[] {1e-7, 1e-7}, "g", "c", "a");
        withDifferences.setParameterizedODE(plain);
        for (String name : PendulumWithParameters.NAMES) {
            withDifferences.setParameterStep(name, 1e-7);
        }
        double[][][] exactSensitivities = integrate(exact, withExact);
        double[][][] numericSensitivities = integrate(plain, withDifferences);
        for (int part = 0; part < 2; part++) {
            assertEquals(0, LibraryDifferences.maxDifference(exactSensitivities[part], numericSensitivities[part]),
                    1e-5, part == 0 ? "dy/dy0" : "dy/dp");
        }
    }

    /** Integrates to {@code END}: {@code [dy/dy0, dy/dp]}, the second as rows of one column per parameter. */
    private static double[][][] integrate(FirstOrderDifferentialEquations ode, JacobianMatrices jacobians) {
        ExpandableStatefulODE expandable = new ExpandableStatefulODE(ode);
        jacobians.registerVariationalEquations(expandable);
        expandable.setTime(0);
        expandable.setPrimaryState(START.clone());
        new DormandPrince853Integrator(1e-10, 1, 1e-12, 1e-12).integrate(expandable, END);
        double[][] byState = new double[2][2];
        jacobians.getCurrentMainSetJacobian(byState);
        double[][] byParameters = new double[2][3];
        for (int k = 0; k < 3; k++) {
            double[] column = new double[2];
            jacobians.getCurrentParameterJacobian(PendulumWithParameters.NAMES.get(k), column);
            byParameters[0][k] = column[0];
            byParameters[1][k] = column[1];
        }
        return new double[][][] {byState, byParameters};
    }

    @Test
    void argumentsAreChecked() {
        assertEquals("the parameters' names must be distinct, but they are [g, g, a]",
                assertThrows(IllegalArgumentException.class,
                        () -> OdeJacobians.of(t -> TestFunctionsDerivatives.pendulum(2, 3, 2, t),
                                List.of("g", "g", "a"), PARAMETERS)).getMessage());
        assertEquals("values has length 1, expected 3", assertThrows(IllegalArgumentException.class,
                () -> OdeJacobians.of(t -> TestFunctionsDerivatives.pendulum(2, 3, 2, t),
                        PendulumWithParameters.NAMES, new double[1])).getMessage());
        assertEquals("the right-hand side at t = 0.0 maps R^5 -> R^2, but an ODE of 2 states and 1 parameters needs "
                + "R^3 -> R^2 (the state, then the parameters)", assertThrows(IllegalArgumentException.class,
                () -> OdeJacobians.autonomous(TestFunctionsDerivatives.pendulum(2, 3, 2, 0), List.of("g"),
                        new double[1])).getMessage());
        OdeJacobians ode = pendulum();
        assertEquals("dFdY has 1 rows, expected 2", assertThrows(IllegalArgumentException.class,
                () -> ode.computeMainStateJacobian(0, new double[2], null, new double[1][2])).getMessage());
        assertEquals("dFdP has length 3, expected 2", assertThrows(IllegalArgumentException.class,
                () -> ode.computeParameterJacobian(0, new double[2], null, "g", new double[3])).getMessage());
        assertThrows(UnknownParameterException.class,
                () -> ode.computeParameterJacobian(0, new double[2], null, "omega", new double[2]));
    }
}
