package dev.chainrule.bench;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/**
 * The functions measured by {@link SeedBenchmark}, {@link RosenbrockBenchmark} and {@link NetworkBenchmark}, compiled
 * in this module so that the plain function and its generated derivatives meet the same compiler and the same JIT.
 */
public final class BenchFunctions {

    private BenchFunctions() {
    }

    /**
     * The seed's computational graph, {@code L = (a·b + c)²}: three inputs, one output.
     *
     * @param a the first factor
     * @param b the second factor
     * @param c the offset
     * @return {@code (a·b + c)²}
     */
    @Differentiable
    public static double graphLoss(double a, double b, double c) {
        double t1 = a * b;
        double t2 = t1 + c;
        return t2 * t2;
    }

    /**
     * The seed's first chain-rule example, {@code y = sin(x²)}: one input, one transcendental call.
     *
     * @param x the argument
     * @return {@code sin(x²)}
     */
    @Differentiable
    public static double sinOfSquare(double x) {
        double u = x * x;
        return Math.sin(u);
    }

    /**
     * The extended Rosenbrock function of DESIGN.md §1, {@code Σ (1 − x_i)² + 100 (x_{i+1} − x_i²)²}.
     *
     * @param x the point, length at least 1
     * @return the value
     */
    @Differentiable
    public static double rosenbrock(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length - 1; i++) {
            double a = 1 - x[i], b = x[i + 1] - x[i] * x[i];
            s += a * a + 100 * b * b;
        }
        return s;
    }

    /**
     * The seed's 2-layer network loss, {@code (1/B) Σ_s ‖W2·relu(W1·xs[s]) − ys[s]‖²}, the same code as the samples'
     * {@code NetworkFunctions.loss} (copied: the bench does not depend on the samples module).
     *
     * @param w1 the first layer, {@code hidden × inputs}
     * @param w2 the second layer, {@code outputs × hidden}
     * @param xs the inputs, {@code batch × inputs}; a constant
     * @param ys the targets, {@code batch × outputs}; a constant
     * @return the mean squared error over the batch
     */
    @Differentiable
    public static double networkLoss(double[][] w1, double[][] w2, @NoDerivative double[][] xs,
            @NoDerivative double[][] ys) {
        int hidden = w1.length;
        int inputs = w1[0].length;
        int outputs = w2.length;
        double[] a = new double[hidden];
        double total = 0;
        for (int s = 0; s < xs.length; s++) {
            for (int j = 0; j < hidden; j++) {
                double h = 0;
                for (int k = 0; k < inputs; k++) {
                    h += w1[j][k] * xs[s][k];
                }
                a[j] = h > 0 ? h : 0;
            }
            for (int i = 0; i < outputs; i++) {
                double yHat = 0;
                for (int j = 0; j < hidden; j++) {
                    yHat += w2[i][j] * a[j];
                }
                double d = yHat - ys[s][i];
                total += d * d;
            }
        }
        return total / xs.length;
    }
}
