package dev.chainrule.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.DualVector;
import dev.chainrule.runtime.Mode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed's Jacobian example: every mode gives the seed's matrix, and AUTO picks forward for R² → R³. */
class JacobianExampleTest {

    @Test
    void everyModeGivesTheSeedsJacobianAtOneTwo() {
        double[][] expected = JacobianExample.closedForm(new double[] {1, 2});
        Map<Mode, double[][]> jacobians = JacobianExample.jacobians();
        assertEquals(3, jacobians.size());
        for (Map.Entry<Mode, double[][]> e : jacobians.entrySet()) {
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(expected[i], e.getValue()[i], JacobianExample.TOLERANCE, e.getKey() + " row " + i);
            }
            assertEquals("[[2.00, 1.00], [2.00, 1.00], [0.54, 0.00]]", JacobianExample.format(e.getValue()),
                    e.getKey().toString());
        }
    }

    @Test
    void generatedJvpAndVjpAreAColumnAndARow() {
        double[] x = {1, 2};
        DualVector column = JacobianFunctionsDerivatives.fJvp(x, new double[] {0, 1});
        assertArrayEquals(JacobianFunctions.f(x), column.value());
        assertArrayEquals(new double[] {1, 1, 0}, column.tangent());
        double[] xBar = {10, 20};
        double[] value = JacobianFunctionsDerivatives.fVjp(x, new double[] {0, 0, 1}, xBar);
        assertArrayEquals(JacobianFunctions.f(x), value);
        assertArrayEquals(new double[] {10 + Math.cos(1), 20}, xBar, 1e-15, "accumulates row 2 into xBar");
    }

    @Test
    void autoChoosesForwardAndSaysWhy() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int failures = JacobianExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertEquals(0, failures, printed);
        // One vector-forward sweep of 2 directions against one vector-reverse sweep of 3 seeds.
        assertTrue(printed.contains("AUTO chose FORWARD: ceil(n/8) = 1 vector-forward sweep (est. "), printed);
        assertTrue(printed.contains(" beats ceil(m/8) = 1 vector-reverse sweep (est. "), printed);
    }
}
