package dev.chainrule.runtime.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.DualVector;
import dev.chainrule.runtime.GradientCheck;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VectorFunctionTest {

    /**
     * {@code f(x) = [x0² + x1, x0·x1, sin x0]}, Jacobian {@code [[2 x0, 1], [x1, x0], [cos x0, 0]]}, written the way
     * the processor writes a view: each kernel returns a fresh array.
     */
    static final class Example extends VectorFunction {
        Example() {
            super(2, 3);
        }

        @Override
        protected double[] valueAt(double[] x) {
            return new double[] {x[0] * x[0] + x[1], x[0] * x[1], Math.sin(x[0])};
        }

        @Override
        protected DualVector jvpAt(double[] x, double[] v) {
            double s = Math.sin(x[0]);
            return new DualVector(
                    new double[] {x[0] * x[0] + x[1], x[0] * x[1], s},
                    new double[] {2 * x[0] * v[0] + v[1], x[1] * v[0] + x[0] * v[1], Math.cos(x[0]) * v[0]});
        }

        @Override
        protected double[] vjpAt(double[] x, double[] w, double[] xBar) {
            double s = Math.sin(x[0]);
            xBar[0] += w[0] * 2 * x[0] + w[1] * x[1] + w[2] * Math.cos(x[0]);
            xBar[1] += w[0] + w[1] * x[0];
            return new double[] {x[0] * x[0] + x[1], x[0] * x[1], s};
        }
    }

    /** Returns {@code length} values from every kernel, whatever its dimensions say. */
    static final class WrongLength extends VectorFunction {
        private final int length;

        WrongLength(int length) {
            super(1, 3);
            this.length = length;
        }

        @Override
        protected double[] valueAt(double[] x) {
            return length < 0 ? null : new double[length];
        }

        @Override
        protected DualVector jvpAt(double[] x, double[] v) {
            return new DualVector(new double[length], new double[length]);
        }

        @Override
        protected double[] vjpAt(double[] x, double[] w, double[] xBar) {
            return new double[length];
        }
    }

    private static final VectorFunction F = new Example();
    private static final double[] X = {1, 2};
    private static final double[] F_OF_X = {3, 2, Math.sin(1)};
    private static final double[][] J = {{2, 1}, {2, 1}, {Math.cos(1), 0}};

    @Test
    void dimensionsAndDescription() {
        assertEquals(2, F.inputDimension());
        assertEquals(3, F.outputDimension());
        assertEquals(Example.class.getName() + "[R^2 -> R^3]", F.toString());
    }

    @Test
    void valueCopiesTheResultIntoY() {
        double[] y = {9, 9, 9};
        F.value(X, y);
        assertArrayEquals(F_OF_X, y);
        assertArrayEquals(F_OF_X, F.value(X));
    }

    @Test
    void jvpWritesValueAndJacobianVectorProduct() {
        double[] y = new double[3];
        double[] yDot = new double[3];
        F.jvp(X, new double[] {3, 4}, y, yDot);
        assertArrayEquals(F_OF_X, y);
        assertArrayEquals(new double[] {2 * 3 + 4, 2 * 3 + 1 * 4, Math.cos(1) * 3}, yDot, 1e-15);
    }

    @Test
    void vjpOverwritesWhatWasInTheAdjoint() {
        double[] y = new double[3];
        double[] xBar = {100, -100};
        F.vjp(X, new double[] {5, 6, 7}, y, xBar);
        assertArrayEquals(F_OF_X, y);
        assertArrayEquals(new double[] {5 * 2 + 6 * 2 + 7 * Math.cos(1), 5 + 6}, xBar, 1e-15);
    }

    @Test
    void bothModesAssembleTheSameJacobianAndPassTheGradientCheck() {
        double[][] forward = Jacobians.jacobian(F, X, Mode.FORWARD);
        double[][] reverse = Jacobians.jacobian(F, X, Mode.REVERSE);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(J[i], forward[i], 1e-15);
            assertArrayEquals(J[i], reverse[i], 1e-15);
        }
        GradientCheck.Report report = GradientCheck.check(F, X);
        assertTrue(report.passes(1e-6), report::toString);
    }

    @Test
    void aFunctionWithoutOutputsHasAnEmptyJacobian() {
        VectorFunction none = new VectorFunction(2, 0) {
            @Override
            protected double[] valueAt(double[] x) {
                return new double[0];
            }

            @Override
            protected DualVector jvpAt(double[] x, double[] v) {
                return new DualVector(new double[0], new double[0]);
            }

            @Override
            protected double[] vjpAt(double[] x, double[] w, double[] xBar) {
                return new double[0];
            }
        };
        assertEquals(0, none.value(X).length);
        assertArrayEquals(new double[] {0, 0}, none.vjp(X, new double[0]));
        assertEquals(0, Jacobians.jacobian(none, X).length);
    }

    static Stream<Arguments> wrongLengths() {
        double[] y = new double[3];
        return Stream.of(
                call("x has length 3, expected 2", f -> f.value(new double[3], y)),
                call("y has length 2, expected 3", f -> f.value(X, new double[2])),
                call("v has length 1, expected 2", f -> f.jvp(X, new double[1], y, new double[3])),
                call("y has length 1, expected 3", f -> f.jvp(X, new double[2], new double[1], new double[3])),
                call("yDot has length 0, expected 3", f -> f.jvp(X, new double[2], y, new double[0])),
                call("w has length 2, expected 3", f -> f.vjp(X, new double[2], y, new double[2])),
                call("y has length 4, expected 3", f -> f.vjp(X, new double[3], new double[4], new double[2])),
                call("xBar has length 3, expected 2", f -> f.vjp(X, new double[3], y, new double[3])),
                call("x has length 1, expected 2", f -> f.vjp(new double[1], new double[3], y, new double[2])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongLengths")
    void rejectsEveryArrayOfTheWrongLength(String message, Consumer<VectorFunction> call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> call.accept(F));
        assertEquals(message, e.getMessage());
    }

    static Stream<Arguments> kernels() {
        return Stream.of(
                call("valueAt", f -> f.value(new double[1], new double[3])),
                call("jvpAt", f -> f.jvp(new double[1], new double[1], new double[3], new double[3])),
                call("vjpAt", f -> f.vjp(new double[1], new double[3], new double[3], new double[1])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void rejectsAKernelWhoseOutputLengthChanged(String kernel, Consumer<VectorFunction> call) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> call.accept(new WrongLength(4)));
        assertEquals("f returned 4 values, expected 3: the output length must not change between calls",
                e.getMessage());
    }

    @Test
    void rejectsAKernelThatReturnsNull() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new WrongLength(-1).value(new double[1], new double[3]));
        assertEquals("f returned null, expected 3 values", e.getMessage());
    }

    @Test
    void rejectsAMissingArrayByName() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> F.vjp(X, null, new double[3], new double[2]));
        assertEquals("w is null", e.getMessage());
    }

    @Test
    void rejectsNonFiniteSeeds() {
        assertEquals("v[1] is NaN, but every entry of a seed must be finite",
                assertThrows(IllegalArgumentException.class,
                        () -> F.jvp(X, new double[] {0, Double.NaN}, new double[3], new double[3])).getMessage());
        assertEquals("w[2] is Infinity, but every entry of a seed must be finite",
                assertThrows(IllegalArgumentException.class,
                        () -> F.vjp(X, new double[] {0, 0, Double.POSITIVE_INFINITY}, new double[3], new double[2]))
                        .getMessage());
    }

    @Test
    void rejectsOutputsThatAliasTheArraysTheyWouldDestroy() {
        double[] x = X.clone();
        assertEquals("xBar must not be the same array as x", assertThrows(IllegalArgumentException.class,
                () -> F.vjp(x, new double[3], new double[3], x)).getMessage());
        assertArrayEquals(X, x);

        double[] y = new double[3];
        assertEquals("yDot must not be the same array as y", assertThrows(IllegalArgumentException.class,
                () -> F.jvp(X, new double[2], y, y)).getMessage());

        // With n = m the adjoint could be the seed or the value; both would be silently overwritten.
        VectorFunction square = new Square();
        double[] w = {1, 2};
        assertEquals("xBar must not be the same array as w", assertThrows(IllegalArgumentException.class,
                () -> square.vjp(new double[2], w, new double[2], w)).getMessage());
        double[] shared = new double[2];
        assertEquals("y must not be the same array as xBar", assertThrows(IllegalArgumentException.class,
                () -> square.vjp(new double[2], new double[2], shared, shared)).getMessage());
        assertArrayEquals(new double[] {1, 2}, w);
    }

    @Test
    void rejectsNegativeDimensions() {
        assertEquals("inputDimension is -1, expected at least 0",
                assertThrows(IllegalArgumentException.class, () -> new Square(-1, 2)).getMessage());
        assertEquals("outputDimension is -2, expected at least 0",
                assertThrows(IllegalArgumentException.class, () -> new Square(2, -2)).getMessage());
    }

    /** {@code f(x) = x²} entry by entry, to have {@code n = m}. */
    static final class Square extends VectorFunction {
        Square() {
            this(2, 2);
        }

        Square(int n, int m) {
            super(n, m);
        }

        @Override
        protected double[] valueAt(double[] x) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = x[i] * x[i];
            }
            return y;
        }

        @Override
        protected DualVector jvpAt(double[] x, double[] v) {
            double[] yDot = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                yDot[i] = 2 * x[i] * v[i];
            }
            return new DualVector(valueAt(x), yDot);
        }

        @Override
        protected double[] vjpAt(double[] x, double[] w, double[] xBar) {
            for (int i = 0; i < x.length; i++) {
                xBar[i] += 2 * x[i] * w[i];
            }
            return valueAt(x);
        }
    }

    private static Arguments call(String message, Consumer<VectorFunction> call) {
        return Arguments.of(message, call);
    }
}
