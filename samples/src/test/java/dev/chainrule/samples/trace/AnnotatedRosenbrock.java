package dev.chainrule.samples.trace;

import dev.chainrule.Differentiable;

/** Rosenbrock's function as the processor sees it, to compare its generated gradient with the traced one. */
public final class AnnotatedRosenbrock {

    private AnnotatedRosenbrock() {
    }

    /**
     * {@code Σ (1 − x_i)² + 100 (x_{i+1} − x_i²)²}.
     *
     * @param x the point
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
