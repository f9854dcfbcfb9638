package dev.chainrule.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.TwiceDifferentiableFunction;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The harness catches what it is for: a hand-written {@code f(x) = (x₀·x₁, sin x₀)} passes every check, and each
 * kind of wrong derivative fails the checks meant to see it. Without this a harness that compared nothing would
 * pass the whole corpus too.
 */
class ChecksTest {

    /** Where the hand-written function is wrong. */
    private enum Fault {
        NONE, VALUE, JVP_ONLY, BOTH_MODES, HVP
    }

    private static final double[] X = {0.7, -1.3};

    @Test
    void aRightFunctionPassesEveryCheck() {
        Point p = point(Fault.NONE);
        assertEquals(List.of(), Checks.values(p));
        assertEquals(List.of(), Checks.modes(p));
        assertEquals(List.of(), Checks.dotProduct(p, new Random(1)));
        assertEquals(List.of(), Checks.differences(p));
        assertEquals(List.of(), Checks.hessianVector(p, new Random(2)));
    }

    @Test
    void aValueOneUlpOffFailsTheBitForBitCheck() {
        assertFalse(Checks.values(point(Fault.VALUE)).isEmpty());
    }

    @Test
    void aTangentThatDisagreesWithTheAdjointFailsModesAndDotProduct() {
        Point p = point(Fault.JVP_ONLY);
        assertFalse(Checks.modes(p).isEmpty());
        assertFalse(Checks.dotProduct(p, new Random(1)).isEmpty());
    }

    @Test
    void aDerivativeWrongTheSameWayInBothModesFailsOnlyTheDifferences() {
        Point p = point(Fault.BOTH_MODES);
        assertEquals(List.of(), Checks.modes(p));
        assertEquals(List.of(), Checks.dotProduct(p, new Random(1)));
        assertFalse(Checks.differences(p).isEmpty());
    }

    @Test
    void aWrongHessianVectorProductFailsItsCheck() {
        assertFalse(Checks.hessianVector(point(Fault.HVP), new Random(2)).isEmpty());
    }

    @Test
    void differencesAreAccurateWhereSmoothAndFlagAKinkWithinTheStep() {
        Differences.Estimate smooth = Differences.jacobian(x -> new double[] {Math.exp(x[0])}, new double[] {0.3});
        assertEquals(Math.exp(0.3), smooth.value()[0][0], 1e-10);
        assertTrue(smooth.error()[0][0] < 1e-10);
        Differences.Estimate kink = Differences.jacobian(x -> new double[] {Math.abs(x[0])}, new double[] {1e-5});
        assertTrue(kink.error()[0][0] > Point.SMOOTH, "error " + kink.error()[0][0]);
    }

    private static Point point(Fault fault) {
        Toy toy = new Toy(fault);
        Function<double[], double[]> plain = x -> new double[] {x[0] * x[1], Math.sin(x[0])};
        return new Point(new Object[] {X}, X, plain.apply(X), toy, Differences.jacobian(plain, X));
    }

    /** {@code (x₀·x₁, sin x₀)} with its derivatives written by hand, wrong where asked. */
    private record Toy(Fault fault) implements TwiceDifferentiableFunction {

        @Override
        public int inputDimension() {
            return 2;
        }

        @Override
        public int outputDimension() {
            return 2;
        }

        @Override
        public void value(double[] x, double[] y) {
            y[0] = x[0] * x[1];
            y[1] = Math.sin(x[0]);
            if (fault == Fault.VALUE) {
                y[1] = Math.nextUp(y[1]);
            }
        }

        @Override
        public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
            value(x, y);
            yDot[0] = v[0] * x[1] + (fault == Fault.JVP_ONLY ? 0 : x[0] * v[1]);
            yDot[1] = cosine(x) * v[0];
        }

        @Override
        public void vjp(double[] x, double[] w, double[] y, double[] xBar) {
            value(x, y);
            xBar[0] = w[0] * x[1] + w[1] * cosine(x);
            xBar[1] = w[0] * x[0];
        }

        @Override
        public void hvp(double[] x, double[] w, double[] v, double[] y, double[] xBar, double[] xBarDot) {
            vjp(x, w, y, xBar);
            xBarDot[0] = w[0] * v[1] - w[1] * Math.sin(x[0]) * v[0] * (fault == Fault.HVP ? 2 : 1);
            xBarDot[1] = w[0] * v[0];
        }

        /** The derivative of {@code sin x₀}, off by a tenth in both modes when asked. */
        private double cosine(double[] x) {
            return Math.cos(x[0]) * (fault == Fault.BOTH_MODES ? 1.1 : 1);
        }
    }
}
