package dev.chainrule.bench;

import dev.chainrule.Differentiable;

/**
 * The functions measured by {@link SeedBenchmark}: two of the seed's worked examples, compiled in this module so that
 * the plain function and its generated derivatives meet the same compiler and the same JIT.
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
}
