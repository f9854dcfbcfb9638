package dev.chainrule.runtime;

/**
 * A {@link DifferentiableFunction} whose second derivatives are available too, as Hessian-vector products computed by
 * forward mode over reverse mode: the tangent, along {@code v}, of the reverse sweep that computes {@code Jᵀ·w}.
 *
 * <p>For a scalar function ({@code m = 1}, {@code w = [1]}) the result is {@code ∇²f(x)·v}. In general it is
 * {@code Σᵢ wᵢ ∇²fᵢ(x)·v}, the Hessian of the weighted sum {@code wᵀf} times {@code v}.
 */
public interface TwiceDifferentiableFunction extends DifferentiableFunction {

    /**
     * Evaluates the function, a vector-Jacobian product and its directional derivative (forward over reverse).
     *
     * @param x       the point, length {@code n}; read only
     * @param w       the cotangent seed, length {@code m}, every entry finite; read only
     * @param v       the tangent seed, length {@code n}, every entry finite; read only
     * @param y       receives {@code f(x)}, length {@code m}; overwritten
     * @param xBar    receives {@code J(x)ᵀ·w}, length {@code n}; overwritten
     * @param xBarDot receives {@code Σᵢ wᵢ ∇²fᵢ(x)·v}, length {@code n}; overwritten
     */
    void hvp(double[] x, double[] w, double[] v, double[] y, double[] xBar, double[] xBarDot);
}
