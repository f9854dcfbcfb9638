package dev.chainrule.runtime;

import dev.chainrule.runtime.support.ScalarFunction;
import java.util.Arrays;

/**
 * The Rosenbrock function {@code Σ (1 - x_i)² + 100 (x_{i+1} - x_i²)²} as a hand-written {@link ScalarFunction}, the
 * shape of view the processor generates, with its Hessian-vector product written out from the analytic Hessian.
 */
public final class Rosenbrock extends ScalarFunction implements TwiceDifferentiableFunction {

    public Rosenbrock(int n) {
        super(n);
    }

    @Override
    protected double valueAt(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length - 1; i++) {
            double a = 1 - x[i];
            double b = x[i + 1] - x[i] * x[i];
            s += a * a + 100 * b * b;
        }
        return s;
    }

    @Override
    protected Dual jvpAt(double[] x, double[] v) {
        double s = 0;
        double sDot = 0;
        for (int i = 0; i < x.length - 1; i++) {
            double a = 1 - x[i];
            double aDot = -v[i];
            double b = x[i + 1] - x[i] * x[i];
            double bDot = v[i + 1] - 2 * x[i] * v[i];
            s += a * a + 100 * b * b;
            sDot += 2 * a * aDot + 200 * b * bDot;
        }
        return new Dual(s, sDot);
    }

    @Override
    protected double vjpAt(double[] x, double w, double[] xBar) {
        double s = 0;
        for (int i = 0; i < x.length - 1; i++) {
            double a = 1 - x[i];
            double b = x[i + 1] - x[i] * x[i];
            s += a * a + 100 * b * b;
            double aBar = 2 * a * w;
            double bBar = 200 * b * w;
            xBar[i] += -aBar - 2 * x[i] * bBar;
            xBar[i + 1] += bBar;
        }
        return s;
    }

    @Override
    public void hvp(double[] x, double[] w, double[] v, double[] y, double[] xBar, double[] xBarDot) {
        vjp(x, w, y, xBar);
        Arrays.fill(xBarDot, 0);
        for (int i = 0; i < x.length - 1; i++) {
            double b = x[i + 1] - x[i] * x[i];
            // Term i's Hessian: ∂²/∂x_i² = 2 - 400 b + 800 x_i², ∂²/∂x_i∂x_{i+1} = -400 x_i, ∂²/∂x_{i+1}² = 200.
            xBarDot[i] += w[0] * ((2 - 400 * b + 800 * x[i] * x[i]) * v[i] - 400 * x[i] * v[i + 1]);
            xBarDot[i + 1] += w[0] * (-400 * x[i] * v[i] + 200 * v[i + 1]);
        }
    }
}
