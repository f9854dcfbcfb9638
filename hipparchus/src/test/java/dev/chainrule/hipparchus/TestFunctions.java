package dev.chainrule.hipparchus;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/** The functions the adapters are tested on; the build generates {@code TestFunctionsDerivatives}. */
final class TestFunctions {

    private TestFunctions() {
    }

    /** Rosenbrock's function as two residuals, zero at {@code (1, 1)}. */
    @Differentiable
    static double[] rosenbrockResiduals(double[] x) {
        double[] r = new double[2];
        r[0] = 10 * (x[1] - x[0] * x[0]);
        r[1] = 1 - x[0];
        return r;
    }

    /** Rosenbrock's function, minimal (0) at {@code (1, 1)}. */
    @Differentiable
    static double rosenbrock(double[] x) {
        double a = 1 - x[0];
        double b = x[1] - x[0] * x[0];
        return a * a + 100 * b * b;
    }

    /**
     * A forced, damped oscillator {@code y'' = -k·y - c·y' + a·sin(t)} as a first-order right-hand side over the
     * state {@code (y, y')} and the parameters {@code (k, c, a)}.
     */
    @Differentiable
    static double[] oscillator(double[] y, double[] p, @NoDerivative double t) {
        double[] yDot = new double[2];
        yDot[0] = y[1];
        yDot[1] = -p[0] * y[0] - p[1] * y[1] + p[2] * Math.sin(t);
        return yDot;
    }

    /** Exponential decay {@code dy/dt = -k·y}: {@code y(t) = y0·exp(-k·t)}. */
    @Differentiable
    static double[] decay(double[] y, double[] k) {
        double[] yDot = new double[1];
        yDot[0] = -k[0] * y[0];
        return yDot;
    }

    /** {@code x0² + x1²}. */
    @Differentiable
    static double[] squaredRadius(double[] x) {
        double[] r = new double[1];
        r[0] = x[0] * x[0] + x[1] * x[1];
        return r;
    }

    /** {@code 1 - x0² - x1²}: non-negative on the unit disc. */
    @Differentiable
    static double[] insideUnitDisc(double[] x) {
        double[] r = new double[1];
        r[0] = 1 - x[0] * x[0] - x[1] * x[1];
        return r;
    }

    /** {@code (x0 - 2)² + (x1 - 1)²}: on the unit disc, minimal at {@code (2, 1)/√5}. */
    @Differentiable
    static double distanceToTwoOne(double[] x) {
        double a = x[0] - 2;
        double b = x[1] - 1;
        return a * a + b * b;
    }
}
