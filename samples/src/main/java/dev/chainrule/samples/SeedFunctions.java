package dev.chainrule.samples;

import dev.chainrule.Differentiable;

/**
 * The worked examples of the seed text ("Chain Rule & Backpropagation"), written as plain Java. chainrule generates
 * {@code SeedFunctionsDerivatives} from them at build time; {@link ClosedForms} holds the seed's hand-derived
 * derivatives to compare against.
 */
public final class SeedFunctions {

    private SeedFunctions() {
    }

    /**
     * Section 1, example 1: {@code y = sin(x²)}, with {@code u = x²} the inner function.
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
     * Section 1, example 2: {@code y = exp(3x² + 2x)}.
     *
     * @param x the argument
     * @return {@code e^(3x² + 2x)}
     */
    @Differentiable
    public static double expOfQuadratic(double x) {
        double u = 3 * x * x + 2 * x;
        return Math.exp(u);
    }

    /**
     * Section 1, example 3, a triple composition: {@code y = ln(cos(√x))} with {@code v = √x} and {@code u = cos(v)}.
     * Defined where {@code cos(√x) > 0}, i.e. for {@code 0 ≤ x < (π/2)²}.
     *
     * @param x the argument
     * @return {@code ln(cos(√x))}
     */
    @Differentiable
    public static double logCosSqrt(double x) {
        double v = Math.sqrt(x);
        double u = Math.cos(v);
        return Math.log(u);
    }

    /**
     * Section 6, the computational graph {@code L = (a·b + c)²}, node by node as in the seed's forward pass.
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
}
