package dev.chainrule.runtime.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chainrule.runtime.Dual;
import dev.chainrule.runtime.Rosenbrock;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScalarFunctionTest {

    /** {@code f(x) = x0·x1 + sin x0}, written the way the processor writes a view. */
    static final class ProductPlusSine extends ScalarFunction {
        ProductPlusSine() {
            super(2);
        }

        @Override
        protected double valueAt(double[] x) {
            return x[0] * x[1] + Math.sin(x[0]);
        }

        @Override
        protected Dual jvpAt(double[] x, double[] v) {
            double s = Math.sin(x[0]);
            return new Dual(x[0] * x[1] + s, x[1] * v[0] + x[0] * v[1] + Math.cos(x[0]) * v[0]);
        }

        @Override
        protected double vjpAt(double[] x, double w, double[] xBar) {
            double s = Math.sin(x[0]);
            xBar[0] += w * (x[1] + Math.cos(x[0]));
            xBar[1] += w * x[0];
            return x[0] * x[1] + s;
        }
    }

    private static final ScalarFunction F = new ProductPlusSine();
    private static final double[] X = {1, 2};
    private static final double F_OF_X = 2 + Math.sin(1);

    @Test
    void dimensionsAndDescription() {
        assertEquals(2, F.inputDimension());
        assertEquals(1, F.outputDimension());
        assertEquals(ProductPlusSine.class.getName() + "[R^2 -> R]", F.toString());
    }

    @Test
    void valueWritesTheResult() {
        double[] y = new double[1];
        F.value(X, y);
        assertEquals(F_OF_X, y[0]);
        assertArrayEquals(new double[] {F_OF_X}, F.value(X));
    }

    @Test
    void jvpWritesValueAndDirectionalDerivative() {
        double[] y = new double[1];
        double[] yDot = new double[1];
        F.jvp(X, new double[] {3, 4}, y, yDot);
        assertEquals(F_OF_X, y[0]);
        assertEquals((2 + Math.cos(1)) * 3 + 1 * 4, yDot[0], 1e-15);
    }

    @Test
    void vjpOverwritesWhatWasInTheAdjoint() {
        double[] y = new double[1];
        double[] xBar = {100, -100};
        F.vjp(X, new double[] {5}, y, xBar);
        assertEquals(F_OF_X, y[0]);
        assertArrayEquals(new double[] {5 * (2 + Math.cos(1)), 5}, xBar, 1e-15);
    }

    @Test
    void allocatingDefaultsAgreeWithTheWritingMethods() {
        assertArrayEquals(new double[] {(2 + Math.cos(1)) * 3 + 4}, F.jvp(X, new double[] {3, 4}), 1e-15);
        assertArrayEquals(new double[] {5 * (2 + Math.cos(1)), 5}, F.vjp(X, new double[] {5}), 1e-15);
    }

    static Stream<Arguments> wrongLengths() {
        double[] y = new double[1];
        return Stream.of(
                call("x has length 3, expected 2", f -> f.value(new double[3], y)),
                call("y has length 2, expected 1", f -> f.value(X, new double[2])),
                call("v has length 1, expected 2", f -> f.jvp(X, new double[1], y, new double[1])),
                call("yDot has length 0, expected 1", f -> f.jvp(X, new double[2], y, new double[0])),
                call("w has length 2, expected 1", f -> f.vjp(X, new double[2], y, new double[2])),
                call("xBar has length 3, expected 2", f -> f.vjp(X, new double[1], y, new double[3])),
                call("x has length 1, expected 2", f -> f.vjp(new double[1], new double[1], y, new double[2])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongLengths")
    void rejectsEveryArrayOfTheWrongLength(String message, Consumer<ScalarFunction> call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> call.accept(F));
        assertEquals(message, e.getMessage());
    }

    @Test
    void rejectsAMissingArrayByName() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> F.jvp(X, null, new double[1], new double[1]));
        assertEquals("v is null", e.getMessage());
    }

    @Test
    void rejectsANaNTangentSeed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> F.jvp(X, new double[] {0, Double.NaN}, new double[1], new double[1]));
        assertEquals("v[1] is NaN, but every entry of a seed must be finite", e.getMessage());
    }

    @Test
    void rejectsAnInfiniteAdjointSeed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> F.vjp(X, new double[] {Double.POSITIVE_INFINITY}, new double[1], new double[2]));
        assertEquals("w[0] is Infinity, but every entry of a seed must be finite", e.getMessage());
    }

    @Test
    void rejectsAnAdjointThatIsTheInput() {
        double[] x = X.clone();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> F.vjp(x, new double[] {1}, new double[1], x));
        assertEquals("xBar must not be the same array as x", e.getMessage());
        assertArrayEquals(X, x);
    }

    @Test
    void rejectsANegativeDimension() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Rosenbrock(-1));
        assertEquals("inputDimension is -1, expected at least 0", e.getMessage());
    }

    private static Arguments call(String message, Consumer<ScalarFunction> call) {
        return Arguments.of(message, call);
    }
}
