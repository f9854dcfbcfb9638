package com.example.fit;

import dev.chainrule.Differentiable;

/** Test functions of unconstrained optimisation. */
public final class Objectives {

    private Objectives() {
    }

    /**
     * The extended Rosenbrock function, {@code Σ (1 − x_i)² + 100 (x_{i+1} − x_i²)²}: one input per coordinate, one
     * output, so a gradient is one reverse sweep or {@code n} forward directions.
     *
     * @param x the point, at least two coordinates
     * @return the function's value at {@code x}
     */
    @Differentiable
    public static double rosenbrock(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length - 1; i++) {
            double a = 1 - x[i];
            double b = x[i + 1] - x[i] * x[i];
            s += a * a + 100 * b * b;
        }
        return s;
    }
}
