package dev.chainrule.runtime.support;

import dev.chainrule.runtime.TwiceDifferentiableFunction;
import java.util.Arrays;

/**
 * Base class of the views generated for scalar methods whose Hessian-vector products the build generated too (forward
 * mode over reverse mode): a {@link ScalarFunction} that is also a {@link TwiceDifferentiableFunction}.
 *
 * <p>{@link #hvp} checks every array and seed once, here, then calls the kernel {@link #hvpAt} a subclass supplies.
 */
public abstract class SecondOrderScalarFunction extends ScalarFunction implements TwiceDifferentiableFunction {

    /**
     * Creates a view of a twice differentiable scalar function of {@code inputDimension} inputs.
     *
     * @param inputDimension the number of inputs {@code n}, at least 0
     * @throws IllegalArgumentException if {@code inputDimension} is negative
     */
    protected SecondOrderScalarFunction(int inputDimension) {
        super(inputDimension);
    }

    /**
     * Checks the arrays and the seeds, zero-fills {@code xBar} and {@code xBarDot}, then lets {@link #hvpAt}
     * accumulate into them.
     *
     * @param x       the point, length {@code n}
     * @param w       the cotangent seed, length 1, finite
     * @param v       the tangent seed, length {@code n}, every entry finite
     * @param y       receives {@code f(x)}, length 1
     * @param xBar    receives {@code w[0]·∇f(x)}, length {@code n}; must not alias another argument
     * @param xBarDot receives {@code w[0]·∇²f(x)·v}, length {@code n}; must not alias another argument
     */
    @Override
    public final void hvp(double[] x, double[] w, double[] v, double[] y, double[] xBar, double[] xBarDot) {
        int n = inputDimension();
        Checks.length("x", x, n);
        Checks.length("w", w, 1);
        Checks.length("v", v, n);
        Checks.length("y", y, 1);
        Checks.length("xBar", xBar, n);
        Checks.length("xBarDot", xBarDot, n);
        Checks.finiteSeed("w", w);
        Checks.finiteSeed("v", v);
        Checks.distinct("xBar", xBar, "x", x);
        Checks.distinct("xBar", xBar, "v", v);
        Checks.distinct("xBarDot", xBarDot, "x", x);
        Checks.distinct("xBarDot", xBarDot, "v", v);
        Checks.distinct("xBarDot", xBarDot, "xBar", xBar);
        // The generated kernel accumulates (xBar += ...), while this interface overwrites: zero first.
        Arrays.fill(xBar, 0);
        Arrays.fill(xBarDot, 0);
        y[0] = hvpAt(x, w[0], v, xBar, xBarDot);
    }

    /**
     * Computes {@code f(x)}, accumulates {@code w·∇f(x)} into {@code xBar} and {@code w·∇²f(x)·v} into
     * {@code xBarDot} (forward over reverse).
     *
     * @param x       the point, length {@code n} (already checked)
     * @param w       the cotangent seed, finite (already checked)
     * @param v       the tangent seed, length {@code n}, finite (already checked)
     * @param xBar    the adjoint of {@code x}, zero-filled by the caller; accumulate into it with {@code +=}
     * @param xBarDot the tangent of that adjoint, zero-filled by the caller; accumulate into it with {@code +=}
     * @return {@code f(x)}
     */
    protected abstract double hvpAt(double[] x, double w, double[] v, double[] xBar, double[] xBarDot);
}
