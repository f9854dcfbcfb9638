package dev.chainrule.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class JacobiansTest {

    private static final DifferentiableFunction F = ExampleFunction.correct();
    private static final double[] X = {1, 2};
    private static final double[][] EXPECTED = {{2, 1}, {2, 1}, {Math.cos(1), 0}};

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void everyModeGivesTheHandComputedJacobian(Mode mode) {
        double[][] jacobian = Jacobians.jacobian(F, X, mode);
        assertEquals(EXPECTED.length, jacobian.length);
        for (int i = 0; i < EXPECTED.length; i++) {
            assertArrayEquals(EXPECTED[i], jacobian[i], "row " + i);
        }
    }

    @Test
    void forwardAndReverseAgreeExactlyAndAutoIsTheDefault() {
        double[][] forward = Jacobians.jacobian(F, X, Mode.FORWARD);
        assertArrayEquals(forward, Jacobians.jacobian(F, X, Mode.REVERSE));
        assertArrayEquals(forward, Jacobians.jacobian(F, X));
    }

    @Test
    void productsPassTheDotProductTest() {
        // <J·v, w> = <v, Jᵀ·w> ties the forward and reverse products of one function together.
        Random random = new Random(7);
        for (int k = 0; k < 20; k++) {
            double[] x = {random.nextGaussian(), random.nextGaussian()};
            double[] v = {random.nextGaussian(), random.nextGaussian()};
            double[] w = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
            assertEquals(dot(F.jvp(x, v), w), dot(v, F.vjp(x, w)), 1e-12);
        }
    }

    @Test
    void aScalarFunctionHasASingleRow() {
        double[][] jacobian = Jacobians.jacobian(new Rosenbrock(3), new double[] {0, 0, 0});
        assertArrayEquals(new double[][] {{-2, -2, 0}}, jacobian);
    }

    @Test
    void leavesThePointUnchanged() {
        double[] x = X.clone();
        Jacobians.jacobian(F, x, Mode.FORWARD);
        Jacobians.jacobian(F, x, Mode.REVERSE);
        assertArrayEquals(X, x);
    }

    @Test
    void rejectsAPointOfTheWrongLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Jacobians.jacobian(F, new double[3]));
        assertEquals("x has length 3, expected 2", e.getMessage());
    }

    @ParameterizedTest(name = "n = {0}, m = {1} -> {2}")
    @CsvSource({"1, 1, FORWARD", "2, 3, FORWARD", "3, 2, REVERSE", "1000, 1, REVERSE", "1, 1000, FORWARD",
                "0, 0, FORWARD"})
    void choosesTheModeWithFewerSweeps(int n, int m, Mode expected) {
        assertEquals(expected, Jacobians.choose(n, m));
    }

    @Test
    void chooseRejectsNegativeDimensions() {
        assertThrows(IllegalArgumentException.class, () -> Jacobians.choose(-1, 2));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
