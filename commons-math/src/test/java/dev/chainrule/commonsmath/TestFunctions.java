package dev.chainrule.commonsmath;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/** The functions the adapters are tested on; the build generates {@code TestFunctionsDerivatives}. */
final class TestFunctions {

    /** The times the exponential model is observed at. */
    static final double[] TIMES = {0, 0.5, 1, 1.5, 2, 2.5, 3};

    private TestFunctions() {
    }

    /** {@code b0·exp(-b1·t)} at each of {@link #TIMES}. */
    @Differentiable
    static double[] exponential(double[] b) {
        double[] y = new double[TIMES.length];
        for (int i = 0; i < TIMES.length; i++) {
            y[i] = b[0] * Math.exp(-b[1] * TIMES[i]);
        }
        return y;
    }

    /** Beale's function, minimal (0) at {@code (3, 0.5)}. */
    @Differentiable
    static double beale(double[] x) {
        double a = 1.5 - x[0] + x[0] * x[1];
        double b = 2.25 - x[0] + x[0] * x[1] * x[1];
        double c = 2.625 - x[0] + x[0] * x[1] * x[1] * x[1];
        return a * a + b * b + c * c;
    }

    /**
     * A damped, driven pendulum {@code θ'' = -g·sin θ - c·θ' + a·cos t} over the state {@code (θ, θ')} and the
     * parameters {@code (g, c, a)}.
     */
    @Differentiable
    static double[] pendulum(double[] y, double[] p, @NoDerivative double t) {
        double[] yDot = new double[2];
        yDot[0] = y[1];
        yDot[1] = -p[0] * Math.sin(y[0]) - p[1] * y[1] + p[2] * Math.cos(t);
        return yDot;
    }
}
