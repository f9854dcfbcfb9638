package dev.chainrule.runtime;

import dev.chainrule.runtime.support.Checks;
import dev.chainrule.runtime.support.Costs;
import java.util.Arrays;

/**
 * A hand-written {@code f: Rⁿ -> Rᵐ}, {@code f(x) = tanh(A·x)} with a fixed matrix {@code A_ij = sin(i + 2j + 1)},
 * for drivers that need a function of any shape. Its Jacobian is {@code diag(1 - f²)·A}.
 *
 * <p>This class keeps {@link DifferentiableFunction#jvps}'s default and reports {@link Costs#UNKNOWN}, like a
 * function written by hand; {@link Vectorized} overrides {@code jvps} with a real vector sweep and reports the costs
 * it is given, like a generated view.
 */
class TanhLayer implements DifferentiableFunction {

    private final int n;
    private final int m;

    TanhLayer(int n, int m) {
        this.n = n;
        this.m = m;
    }

    @Override
    public int inputDimension() {
        return n;
    }

    @Override
    public int outputDimension() {
        return m;
    }

    @Override
    public void value(double[] x, double[] y) {
        Checks.length("x", x, n);
        Checks.length("y", y, m);
        for (int i = 0; i < m; i++) {
            y[i] = Math.tanh(row(i, x));
        }
    }

    @Override
    public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
        Checks.length("v", v, n);
        Checks.length("yDot", yDot, m);
        Checks.finiteSeed("v", v);
        value(x, y);
        for (int i = 0; i < m; i++) {
            yDot[i] = (1 - y[i] * y[i]) * row(i, v);
        }
    }

    @Override
    public void vjp(double[] x, double[] w, double[] y, double[] xBar) {
        Checks.length("w", w, m);
        Checks.length("xBar", xBar, n);
        Checks.finiteSeed("w", w);
        value(x, y);
        Arrays.fill(xBar, 0);
        for (int i = 0; i < m; i++) {
            double zBar = (1 - y[i] * y[i]) * w[i];
            for (int j = 0; j < n; j++) {
                xBar[j] += a(i, j) * zBar;
            }
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[R^" + n + " -> R^" + m + "]";
    }

    static double a(int i, int j) {
        return Math.sin(i + 2 * j + 1);
    }

    double row(int i, double[] x) {
        double z = 0;
        for (int j = 0; j < n; j++) {
            z += a(i, j) * x[j];
        }
        return z;
    }

    /** The same function with one vector sweep for all directions, as a generated view has, and build-time costs. */
    static class Vectorized extends TanhLayer {

        private final Costs costs;

        Vectorized(int n, int m, Costs costs) {
            super(n, m);
            this.costs = costs;
        }

        @Override
        public void jvps(double[] x, double[][] v, double[] y, double[][] yDot) {
            Checks.counts("yDot", yDot, "v", v);
            value(x, y);
            for (int d = 0; d < v.length; d++) {
                Checks.length("v[" + d + "]", v[d], inputDimension());
                Checks.length("yDot[" + d + "]", yDot[d], outputDimension());
                for (int i = 0; i < outputDimension(); i++) {
                    // The primal and its partial 1 - y² are shared by every direction.
                    yDot[d][i] = (1 - y[i] * y[i]) * row(i, v[d]);
                }
            }
        }

        @Override
        public Costs costs() {
            return costs;
        }
    }
}
