package dev.chainrule.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JacobianComparisonTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void errorIsRelativeAboveOneAndAbsoluteBelow() {
        JacobianComparison c = JacobianComparison.of("a", new double[][] {{200, 0.001}}, "b",
                new double[][] {{202, 0.002}});
        assertEquals(2 / 202.0, c.worst().get(0).error(), 1e-15);
        assertEquals(0.001, c.worst().get(1).error(), 1e-15);
    }

    @Test
    void equalInfinitiesAgreeAndOneSidedOnesDoNot() {
        assertTrue(JacobianComparison.of("a", new double[][] {{INF, -INF}}, "b", new double[][] {{INF, -INF}})
                .passes(0));
        JacobianComparison oneSided = JacobianComparison.of("a", new double[][] {{INF, 1}}, "b",
                new double[][] {{1, 1}});
        assertEquals(Double.NaN, oneSided.worstError());
        assertFalse(oneSided.passes(INF));
    }

    @Test
    void keepsTheFiveWorstOfMany() {
        double[][] a = new double[10][10];
        double[][] b = new double[10][10];
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                b[i][j] = (i * 10 + j) / 1000.0;
            }
        }
        JacobianComparison c = JacobianComparison.of("zero", a, "ramp", b);
        assertEquals(100, c.entries());
        assertEquals(JacobianComparison.WORST, c.worst().size());
        for (int k = 0; k < JacobianComparison.WORST; k++) {
            assertEquals((99 - k) / 1000.0, c.worst().get(k).error(), 1e-15);
        }
    }

    @Test
    void rejectsJacobiansOfDifferentShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JacobianComparison.of("forward", new double[2][3], "reverse", new double[2][2]));
        assertEquals("reverse[0] has length 2, but forward[0] has length 3", e.getMessage());
    }
}
