package dev.chainrule.samples.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chainrule.hipparchus.OdeJacobians;
import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class LotkaVolterraSensitivityTest {

    @Test
    void variationalSensitivitiesMatchDifferencesOfTheIntegratedSolution() {
        double[][] exact = LotkaVolterraSensitivity.sensitivities();
        double[][] numeric = LotkaVolterraSensitivity.centralDifferences();
        for (int k = 0; k < exact.length; k++) {
            assertArrayEquals(numeric[k], exact[k], 1e-5, LotkaVolterra.NAMES[k]);
        }
        assertEquals(0, LotkaVolterraSensitivity.run(new PrintStream(OutputStream.nullOutputStream())));
    }

    @Test
    void theLocalJacobiansAreTheClosedForm() {
        double[] p = LotkaVolterraSensitivity.PARAMETERS;
        double[] y = {2, 3};
        OdeJacobians ode = LotkaVolterraSensitivity.ode(p);
        double[][] byState = ode.computeMainStateJacobian(0, y, null);
        assertArrayEquals(new double[] {p[0] - p[1] * y[1], -p[1] * y[0]}, byState[0], 1e-15);
        assertArrayEquals(new double[] {p[2] * y[1], p[2] * y[0] - p[3]}, byState[1], 1e-15);
        assertArrayEquals(new double[] {y[0], 0}, ode.computeParameterJacobian(0, y, null, "alpha"), 0);
        assertArrayEquals(new double[] {-y[0] * y[1], 0}, ode.computeParameterJacobian(0, y, null, "beta"), 0);
        assertArrayEquals(new double[] {0, y[0] * y[1]}, ode.computeParameterJacobian(0, y, null, "delta"), 0);
        assertArrayEquals(new double[] {0, -y[1]}, ode.computeParameterJacobian(0, y, null, "gamma"), 0);
    }
}
