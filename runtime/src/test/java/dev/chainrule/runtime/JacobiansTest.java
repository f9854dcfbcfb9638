package dev.chainrule.runtime;

import dev.chainrule.runtime.support.Costs;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest(name = "{0} directions per sweep")
    @ValueSource(ints = {1, 2, 3, 4, 7, 8, 9, 100})
    void everyChunkSizeGivesTheSameForwardJacobian(int directions) {
        TanhLayer plain = new TanhLayer(9, 4);
        TanhLayer vectorized = new TanhLayer.Vectorized(9, 4, Costs.UNKNOWN);
        double[] x = gaussians(new Random(3), 9);
        double[][] expected = closedForm(plain, x);
        double[][] byColumns = Jacobians.jacobian(plain, x, Mode.FORWARD, directions);
        double[][] byVectorColumns = Jacobians.jacobian(vectorized, x, Mode.FORWARD, directions);
        double[][] byRows = Jacobians.jacobian(vectorized, x, Mode.REVERSE, directions);
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(expected[i], byColumns[i], 1e-15, "jvp, row " + i);
            assertArrayEquals(expected[i], byVectorColumns[i], 1e-15, "jvps, row " + i);
            assertArrayEquals(expected[i], byRows[i], 1e-15, "vjp, row " + i);
        }
    }

    @Test
    void forwardCallsJvpsWithChunksOfTheRequestedWidth() {
        List<Integer> widths = new ArrayList<>();
        DifferentiableFunction recording = new TanhLayer.Vectorized(10, 2, Costs.UNKNOWN) {
            @Override
            public void jvps(double[] x, double[][] v, double[] y, double[][] yDot) {
                widths.add(v.length);
                super.jvps(x, v, y, yDot);
            }
        };
        Jacobians.jacobian(recording, new double[10], Mode.FORWARD, 4);
        assertEquals(List.of(4, 4, 2), widths);
        widths.clear();
        Jacobians.jacobian(recording, new double[10], Mode.FORWARD);
        assertEquals(List.of(8, 2), widths);
    }

    @Test
    void emptyJacobiansTakeNoSweep() {
        for (Mode mode : Mode.values()) {
            assertEquals(0, Jacobians.jacobian(new TanhLayer(3, 0), new double[3], mode).length, mode::name);
            double[][] noColumns = Jacobians.jacobian(new TanhLayer(0, 2), new double[0], mode);
            assertArrayEquals(new double[2][0], noColumns, mode.name());
        }
    }

    @Test
    void rejectsFewerThanOneDirectionPerSweep() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Jacobians.jacobian(F, X, Mode.FORWARD, 0));
        assertEquals("directionsPerSweep is 0, expected at least 1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Jacobians.explain(F, -1));
    }

    @SuppressWarnings("deprecation")
    @ParameterizedTest(name = "n = {0}, m = {1} -> {2}")
    @CsvSource({"1, 1, FORWARD", "2, 3, FORWARD", "3, 2, REVERSE", "1000, 1, REVERSE", "1, 1000, FORWARD",
                "0, 0, FORWARD"})
    void choosesTheModeWithFewerSweeps(int n, int m, Mode expected) {
        assertEquals(expected, Jacobians.choose(n, m));
    }

    @SuppressWarnings("deprecation")
    @Test
    void chooseRejectsNegativeDimensions() {
        assertThrows(IllegalArgumentException.class, () -> Jacobians.choose(-1, 2));
    }

    /** {@code J = diag(1 - y²)·A} for {@link TanhLayer}. */
    static double[][] closedForm(TanhLayer f, double[] x) {
        double[] y = f.value(x);
        double[][] jacobian = new double[y.length][x.length];
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < x.length; j++) {
                jacobian[i][j] = (1 - y[i] * y[i]) * TanhLayer.a(i, j);
            }
        }
        return jacobian;
    }

    static double[] gaussians(Random random, int n) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = random.nextGaussian();
        }
        return v;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
