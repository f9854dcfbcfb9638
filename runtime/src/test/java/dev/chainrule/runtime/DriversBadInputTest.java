package dev.chainrule.runtime;

import dev.chainrule.runtime.support.VectorFunction;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the drivers do with bad input: NaN and infinite points are computed through as IEEE 754 says, never refused
 * and never crashing; arrays of the wrong length and functions whose shape changes are refused with a message.
 */
class DriversBadInputTest {

    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void aNaNInputReachesOnlyTheDerivativesThatReadIt() {
        // Rosenbrock's terms 1 and 2 do not read x0, so reverse mode keeps ∂f/∂x2 and ∂f/∂x3 finite.
        double[] finite = Gradients.gradient(new Rosenbrock(4), new double[] {0, 1, 0.5, 2});
        // A tangent sweep adds 2·a·aDot with a = NaN and aDot = 0 for every direction: NaN·0 is NaN.
        assertGradients(new double[] {NAN, 1, 0.5, 2}, new double[] {NAN, NAN, NAN, NAN},
                new double[] {NAN, NAN, finite[2], finite[3]});
    }

    @Test
    void anInfiniteInputGivesInfiniteDerivativesWhereTheCalculusDoes() {
        double[] finite = Gradients.gradient(new Rosenbrock(4), new double[] {0.5, 1, 0.5, 0});
        // Term 2 has b = x3 - x2² = ∞; directions that do not move b add 200·b·0 = NaN in forward mode.
        assertGradients(new double[] {0.5, 1, 0.5, INF}, new double[] {NAN, NAN, -INF, INF},
                new double[] {finite[0], finite[1], -INF, INF});
        assertEquals(INF, new Rosenbrock(4).value(new double[] {0.5, 1, 0.5, INF})[0]);
    }

    /** Forward and reverse give what IEEE arithmetic gives, and AUTO gives exactly one of them. */
    private static void assertGradients(double[] x, double[] forward, double[] reverse) {
        Rosenbrock f = new Rosenbrock(4);
        assertArrayEquals(forward, Gradients.gradient(f, x, Mode.FORWARD), "forward");
        assertArrayEquals(reverse, Gradients.gradient(f, x, Mode.REVERSE), "reverse");
        for (int k = 0; k < 20; k++) {
            double[] auto = Gradients.gradient(f, x, Mode.AUTO);
            assertTrue(Arrays.equals(auto, forward) || Arrays.equals(auto, reverse), Arrays.toString(auto));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void aNaNOutputOfAVectorFunctionDoesNotStopTheDriver(Mode mode) {
        double[][] jacobian = Jacobians.jacobian(ExampleFunction.correct(), new double[] {NAN, 2}, mode);
        assertEquals(3, jacobian.length);
        assertEquals(NAN, jacobian[2][0], "cos NaN");
        assertEquals(NAN, jacobian[0][0], "2·NaN");
    }

    @Test
    void hessiansAndChecksComputeThroughNaN() {
        Rosenbrock f = new Rosenbrock(4);
        double[][] finite = Hessians.hessian(f, new double[] {0, 1, 0.5, 2});
        double[][] hessian = Hessians.hessian(f, new double[] {NAN, 1, 0.5, 2});
        assertEquals(NAN, hessian[0][0]);
        assertEquals(finite[2][2], hessian[2][2]);
        assertEquals(finite[3][2], hessian[3][2]);
        assertEquals(finite[3][3], hessian[3][3]);

        GradientCheck.Report report = GradientCheck.check(f, new double[] {NAN, 1, 0.5, 2});
        assertFalse(report.passes(INF));
        assertTrue(report.toString().startsWith("worst relative error NaN at ∂y[0]/∂x[0]"), report::toString);
        assertFalse(GradientCheck.check(f, new double[] {0.5, 1, 0.5, INF}).passes(INF));

        ConsistencyCheck.DotProductReport dot = ConsistencyCheck.dotProduct(f, new double[] {NAN, 1, 0.5, 2});
        assertEquals(NAN, dot.discrepancy());
        assertFalse(dot.passes(INF));
        assertFalse(ConsistencyCheck.forwardVersusReverse(f, new double[] {NAN, 1, 0.5, 2}).passes(INF));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void rejectsAPointOfTheWrongLength(Mode mode) {
        assertEquals("x has length 5, expected 4", assertThrows(IllegalArgumentException.class,
                () -> Jacobians.jacobian(new Rosenbrock(4), new double[5], mode)).getMessage());
        assertEquals("x has length 3, expected 4", assertThrows(IllegalArgumentException.class,
                () -> Gradients.gradient(new Rosenbrock(4), new double[3], mode)).getMessage());
        assertThrows(NullPointerException.class, () -> Jacobians.jacobian(new Rosenbrock(4), null, mode));
    }

    @Test
    void checksRejectAPointOfTheWrongLength() {
        assertEquals("x has length 1, expected 2", assertThrows(IllegalArgumentException.class,
                () -> GradientCheck.check(ExampleFunction.correct(), new double[1])).getMessage());
        assertEquals("x has length 1, expected 2", assertThrows(IllegalArgumentException.class,
                () -> ConsistencyCheck.forwardVersusReverse(ExampleFunction.correct(), new double[1])).getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void aVectorFunctionWhoseOutputLengthChangesIsRefused(Mode mode) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Jacobians.jacobian(new GrowingOutput(), new double[] {1, 2}, mode));
        assertEquals("f returned 3 values, expected 2: the output length must not change between calls",
                e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void aFunctionWhoseDimensionsChangeIsRefused(Mode mode) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Jacobians.jacobian(new GrowingDimension(), new double[] {1, 2}, mode));
        assertEquals("GrowingDimension changed from R^2 -> R^2 to R^2 -> R^3 while its Jacobian was assembled",
                e.getMessage());
    }

    /** A view whose method returns two values on the first call and three after: not a function R² -> R². */
    private static final class GrowingOutput extends VectorFunction {

        private int calls;

        GrowingOutput() {
            super(2, 2);
        }

        @Override
        protected double[] valueAt(double[] x) {
            return new double[calls++ == 0 ? 2 : 3];
        }

        @Override
        protected DualVector jvpAt(double[] x, double[] v) {
            double[] value = valueAt(x);
            return new DualVector(value, new double[value.length]);
        }

        @Override
        protected double[] vjpAt(double[] x, double[] w, double[] xBar) {
            return valueAt(x);
        }
    }

    /** A hand-written function that reports one more output after it has been evaluated. */
    private static final class GrowingDimension implements DifferentiableFunction {

        private int outputs = 2;

        @Override
        public int inputDimension() {
            return 2;
        }

        @Override
        public int outputDimension() {
            return outputs;
        }

        @Override
        public void value(double[] x, double[] y) {
            outputs = 3;
        }

        @Override
        public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
            outputs = 3;
        }

        @Override
        public void vjp(double[] x, double[] w, double[] y, double[] xBar) {
            outputs = 3;
        }

        @Override
        public String toString() {
            return "GrowingDimension";
        }
    }
}
