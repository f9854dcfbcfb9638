package dev.chainrule.runtime;

import dev.chainrule.runtime.support.Checks;
import dev.chainrule.runtime.support.Flat;
import java.util.Objects;

/**
 * Second derivatives from a {@link TwiceDifferentiableFunction}'s Hessian-vector products (forward mode over reverse
 * mode): a product costs a small multiple of a gradient, and a whole Hessian {@code n} of them.
 *
 * <p>For a scalar function these are products with {@code ∇²f}; for a function with {@code m} outputs, with the
 * Hessian of the weighted sum {@code wᵀf}, {@code Σᵢ wᵢ ∇²fᵢ}. Every method is stateless and safe to call from many
 * threads at once.
 */
public final class Hessians {

    private Hessians() {
    }

    /**
     * Computes a Hessian-vector product of a scalar function.
     *
     * @param f a scalar function implementing {@link TwiceDifferentiableFunction}
     * @param x the point, length {@code n}; read only
     * @param v the direction, length {@code n}, every entry finite; read only
     * @return {@code ∇²f(x)·v}, a new array of length {@code n}
     * @throws IllegalArgumentException if {@code f} is not scalar or has no second derivatives, or an array has the
     *                                  wrong length or {@code v} a non-finite entry
     */
    public static double[] hvp(DifferentiableFunction f, double[] x, double[] v) {
        // twice(f) first, so that a function without second derivatives hears that before its shape.
        return hvp(twice(f), x, scalarWeight(f), v);
    }

    /**
     * Computes a Hessian-vector product of the weighted sum of a function's outputs.
     *
     * @param f a function implementing {@link TwiceDifferentiableFunction}
     * @param x the point, length {@code n}; read only
     * @param w the weights, length {@code m}, every entry finite; read only
     * @param v the direction, length {@code n}, every entry finite; read only
     * @return {@code Σᵢ wᵢ ∇²fᵢ(x)·v}, a new array of length {@code n}
     * @throws IllegalArgumentException if {@code f} has no second derivatives, or an array has the wrong length or
     *                                  {@code w} or {@code v} a non-finite entry
     */
    public static double[] hvp(DifferentiableFunction f, double[] x, double[] w, double[] v) {
        TwiceDifferentiableFunction g = twice(f);
        int n = g.inputDimension();
        int m = g.outputDimension();
        Checks.length("x", x, n);
        checkSeed("w", w, m);
        checkSeed("v", v, n);
        double[] product = new double[n];
        g.hvp(x, w, v, new double[m], new double[n], product);
        return product;
    }

    /**
     * Computes the Hessian of a scalar function with {@code n} Hessian-vector products.
     *
     * @param f a scalar function implementing {@link TwiceDifferentiableFunction}
     * @param x the point, length {@code n}; read only
     * @return {@code ∇²f(x)}, a new {@code n × n} matrix
     * @throws IllegalArgumentException if {@code f} is not scalar or has no second derivatives, or {@code x} has the
     *                                  wrong length
     * @see #hessian(DifferentiableFunction, double[], double[])
     */
    public static double[][] hessian(DifferentiableFunction f, double[] x) {
        return hessian(twice(f), x, scalarWeight(f));
    }

    /**
     * Computes the Hessian of the weighted sum of a function's outputs, {@code Σᵢ wᵢ ∇²fᵢ(x)}, with {@code n}
     * Hessian-vector products, one per unit vector {@code e_j}.
     *
     * <p>Row {@code j} of the result is the product with {@code e_j}, that is column {@code j} of the Hessian. The
     * Hessian of a twice continuously differentiable function is symmetric, so rows and columns agree up to rounding;
     * at a point where the function is not (a kink of {@code abs}, a branch), they may differ, and the rows are what
     * forward-over-reverse computed. The result is not symmetrized.
     *
     * @param f a function implementing {@link TwiceDifferentiableFunction}
     * @param x the point, length {@code n}; read only
     * @param w the weights, length {@code m}, every entry finite; read only
     * @return the {@code n × n} Hessian of {@code wᵀf} at {@code x}
     * @throws IllegalArgumentException if {@code f} has no second derivatives, or an array has the wrong length or
     *                                  {@code w} a non-finite entry
     */
    public static double[][] hessian(DifferentiableFunction f, double[] x, double[] w) {
        TwiceDifferentiableFunction g = twice(f);
        int n = g.inputDimension();
        int m = g.outputDimension();
        Checks.length("x", x, n);
        checkSeed("w", w, m);
        double[][] hessian = Flat.matrix(n, n);
        double[] v = new double[n];
        double[] y = new double[m];
        double[] xBar = new double[n];
        for (int j = 0; j < n; j++) {
            v[j] = 1;
            // hvp overwrites its outputs, so row j is written in place.
            g.hvp(x, w, v, y, xBar, hessian[j]);
            v[j] = 0;
        }
        return hessian;
    }

    /**
     * Compares the Hessian of a scalar function with central differences of its gradient (one reverse sweep per
     * point, {@code 2n} points), to check a function's second derivatives as {@link GradientCheck} checks its first.
     *
     * @param f a scalar function implementing {@link TwiceDifferentiableFunction}
     * @param x the point, length {@code n}; read only
     * @return the comparison, first {@code hessian}, second {@code numeric}; central differences are good to about
     *         {@code 1e-6} on well-scaled functions
     * @throws IllegalArgumentException if {@code f} is not scalar or has no second derivatives, or {@code x} has the
     *                                  wrong length
     */
    public static JacobianComparison check(DifferentiableFunction f, double[] x) {
        double[][] hessian = hessian(f, x);
        int n = f.inputDimension();
        double[][] numeric = GradientCheck.centralDifferences(
                (point, gradient) -> System.arraycopy(Gradients.gradient(f, point), 0, gradient, 0, n), n, n, x);
        return JacobianComparison.of("hessian", hessian, "numeric", numeric);
    }

    private static void checkSeed(String name, double[] seed, int length) {
        Checks.length(name, seed, length);
        Checks.finiteSeed(name, seed);
    }

    private static TwiceDifferentiableFunction twice(DifferentiableFunction f) {
        Objects.requireNonNull(f, "f is null");
        if (f instanceof TwiceDifferentiableFunction g) {
            return g;
        }
        throw new IllegalArgumentException("second derivatives need a TwiceDifferentiableFunction, but " + f
                + " is not one; the build generates Hessian-vector products for @Differentiable methods, so use their"
                + " generated view, or implement TwiceDifferentiableFunction.hvp for a function written by hand");
    }

    private static double[] scalarWeight(DifferentiableFunction f) {
        Objects.requireNonNull(f, "f is null");
        if (f.outputDimension() != 1) {
            throw new IllegalArgumentException("a Hessian without weights needs a scalar function, but " + f + " has "
                    + f.outputDimension() + " outputs; pass weights w to get the Hessian of wᵀf");
        }
        return new double[] {1};
    }
}
