package dev.chainrule.runtime;

import java.util.Objects;

/**
 * Gradients of scalar functions ({@code m = 1}).
 */
public final class Gradients {

    private Gradients() {
    }

    /**
     * Computes the gradient with one reverse sweep.
     *
     * @param f a scalar function
     * @param x the point, length {@code f.inputDimension()}
     * @return {@code ∇f(x)}, a new array of length {@code n}
     * @throws IllegalArgumentException if {@code f} is not scalar or {@code x} has the wrong length
     */
    public static double[] gradient(DifferentiableFunction f, double[] x) {
        return gradient(f, x, Mode.REVERSE);
    }

    /**
     * Computes the gradient in the given mode: {@link Mode#REVERSE} takes one sweep, {@link Mode#FORWARD} takes
     * {@code n}, which is useful to cross-check the two.
     *
     * @param f    a scalar function
     * @param x    the point, length {@code f.inputDimension()}
     * @param mode how to compute it; {@link Mode#AUTO} lets
     *             {@link Jacobians#jacobian(DifferentiableFunction, double[], Mode)} pick
     * @return {@code ∇f(x)}, a new array of length {@code n}
     * @throws IllegalArgumentException if {@code f} is not scalar or {@code x} has the wrong length
     */
    public static double[] gradient(DifferentiableFunction f, double[] x, Mode mode) {
        Objects.requireNonNull(f, "f is null");
        if (f.outputDimension() != 1) {
            throw new IllegalArgumentException("a gradient needs a scalar function, but " + f + " has "
                    + f.outputDimension() + " outputs; use Jacobians.jacobian");
        }
        // The Jacobian of a scalar function is its gradient as a single row.
        return Jacobians.jacobian(f, x, mode)[0];
    }
}
