package dev.chainrule.bench;

import dev.chainrule.Differentiable;

/**
 * The functions only the bench measures; the seed's examples and the network come from the samples module
 * ({@code SeedFunctions}, {@code NetworkFunctions}) with their generated derivatives.
 */
public final class BenchFunctions {

    private BenchFunctions() {
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
}
