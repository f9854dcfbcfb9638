package dev.chainrule.runtime;

/**
 * The Rosenbrock function {@code Σ (1 - x_i)² + 100 (x_{i+1} - x_i²)²} as a hand-written {@link ScalarFunction}, the
 * shape of view the processor generates.
 */
final class Rosenbrock extends ScalarFunction {

    Rosenbrock(int n) {
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
}
