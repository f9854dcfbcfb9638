package dev.chainrule.hipparchus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.ode.ExpandableODE;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.VariationalEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;

class OdeJacobiansTest {

    private static final double[] PARAMETERS = {4.0, 0.3, 1.5};
    private static final List<String> NAMES = List.of("k", "c", "a");

    private static OdeJacobians oscillator() {
        return OdeJacobians.of(t -> TestFunctionsDerivatives.oscillator(2, 3, 2, t), NAMES, PARAMETERS);
    }

    @Test
    void derivativesAndJacobiansMatchHipparchusFiniteDifferencesAtEachTime() {
        OdeJacobians ode = oscillator();
        double[] y = {0.8, -0.4};
        for (double t : new double[] {0, 0.7, 2.5}) {
            assertArrayEquals(TestFunctions.oscillator(y, PARAMETERS, t), ode.computeDerivatives(t, y), 0);
            double[][] byState = LibraryDifferences.jacobian(s -> TestFunctions.oscillator(s, PARAMETERS, t), y, 2,
                    1e-3);
            assertEquals(0, LibraryDifferences.maxDifference(byState, ode.computeMainStateJacobian(t, y, null)),
                    1e-10);
            double[][] byParameters = LibraryDifferences.jacobian(p -> TestFunctions.oscillator(y, p, t), PARAMETERS,
                    2, 1e-3);
            for (int k = 0; k < NAMES.size(); k++) {
                double[] column = ode.computeParameterJacobian(t, y, null, NAMES.get(k));
                for (int i = 0; i < 2; i++) {
                    assertEquals(byParameters[i][k], column[i], 1e-10, NAMES.get(k) + " row " + i + " at t = " + t);
                }
            }
        }
    }

    @Test
    void variationalEquationGivesTheClosedFormSensitivitiesOfDecay() {
        double k = 0.7;
        double y0 = 3;
        double end = 2;
        OdeJacobians ode = OdeJacobians.autonomous(TestFunctionsDerivatives.decay(1, 1, 1), List.of("k"),
                new double[] {k});
        ExpandableODE expandable = new ExpandableODE(ode);
        VariationalEquation variational = new VariationalEquation(expandable, ode);
        ODEState start = variational.setUpInitialState(new ODEState(0, new double[] {y0}));
        ODEStateAndDerivative state = new DormandPrince853Integrator(1e-10, 1, 1e-13, 1e-13)
                .integrate(expandable, start, end);
        double decayed = Math.exp(-k * end);
        assertEquals(y0 * decayed, state.getPrimaryState()[0], 1e-12);
        assertEquals(decayed, variational.extractMainSetJacobian(state)[0][0], 1e-12);
        assertEquals(-end * y0 * decayed, variational.extractParameterJacobian(state, "k")[0], 1e-12);
    }

    @Test
    void namesAndValuesAreKeptAsGiven() {
        double[] values = PARAMETERS.clone();
        OdeJacobians ode = OdeJacobians.of(t -> TestFunctionsDerivatives.oscillator(2, 3, 2, t), NAMES, values);
        values[0] = 100;
        assertArrayEquals(TestFunctions.oscillator(new double[] {1, 1}, PARAMETERS, 0),
                ode.computeDerivatives(0, new double[] {1, 1}), 0);
        assertEquals(NAMES, ode.getParametersNames());
        assertEquals(2, ode.getDimension());
        assertTrue(ode.isSupported("c"));
        assertFalse(ode.isSupported("d"));
        assertThrows(UnsupportedOperationException.class, () -> ode.getParametersNames().add("d"));
    }

    @Test
    void argumentsAreChecked() {
        assertEquals("names is null", assertThrows(NullPointerException.class,
                () -> OdeJacobians.of(t -> TestFunctionsDerivatives.decay(1, 1, 1), null, new double[1]))
                .getMessage());
        assertEquals("names[1] is null", assertThrows(NullPointerException.class,
                () -> OdeJacobians.of(t -> TestFunctionsDerivatives.oscillator(2, 3, 2, t),
                        Arrays.asList("k", null, "a"), PARAMETERS)).getMessage());
        assertEquals("the parameters' names must be distinct, but they are [k, c, k]",
                assertThrows(IllegalArgumentException.class,
                        () -> OdeJacobians.of(t -> TestFunctionsDerivatives.oscillator(2, 3, 2, t),
                                List.of("k", "c", "k"), PARAMETERS)).getMessage());
        assertEquals("values has length 2, expected 3", assertThrows(IllegalArgumentException.class,
                () -> OdeJacobians.of(t -> TestFunctionsDerivatives.oscillator(2, 3, 2, t), NAMES,
                        new double[2])).getMessage());
        assertEquals("rightHandSide is null", assertThrows(NullPointerException.class,
                () -> OdeJacobians.autonomous(null, NAMES, PARAMETERS)).getMessage());
        assertEquals("rightHandSide gave no view at t = 0.0", assertThrows(NullPointerException.class,
                () -> OdeJacobians.of(t -> null, NAMES, PARAMETERS)).getMessage());
        assertEquals("the right-hand side at t = 0.0 maps R^2 -> R^1, but an ODE of 1 states and 2 parameters needs "
                + "R^3 -> R^1 (the state, then the parameters)", assertThrows(IllegalArgumentException.class,
                () -> OdeJacobians.autonomous(TestFunctionsDerivatives.decay(1, 1, 1), List.of("k", "j"),
                        new double[2])).getMessage());
        OdeJacobians ode = oscillator();
        assertEquals("y has length 3, expected 2", assertThrows(IllegalArgumentException.class,
                () -> ode.computeDerivatives(0, new double[3])).getMessage());
        assertThrows(MathIllegalArgumentException.class,
                () -> ode.computeParameterJacobian(0, new double[2], null, "omega"));
    }

    @Test
    void aViewThatChangesShapeOverTimeIsRefused() {
        OdeJacobians ode = OdeJacobians.of(t -> t < 1 ? TestFunctionsDerivatives.decay(1, 1, 1)
                : TestFunctionsDerivatives.oscillator(2, 3, 2, t), List.of("k"), new double[] {1});
        assertEquals("the right-hand side at t = 2.0 maps R^5 -> R^2, but an ODE of 1 states and 1 parameters needs "
                + "R^2 -> R^1 (the state, then the parameters)", assertThrows(IllegalArgumentException.class,
                () -> ode.computeDerivatives(2, new double[1])).getMessage());
    }
}
