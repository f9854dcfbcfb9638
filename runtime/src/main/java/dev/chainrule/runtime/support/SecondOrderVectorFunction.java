package dev.chainrule.runtime.support;

import dev.chainrule.runtime.TwiceDifferentiableFunction;
import java.util.Arrays;

/**
 * Base class of the views generated for methods with a {@code double[]} result whose Hessian-vector products the build
 * generated too: a {@link VectorFunction} that is also a {@link TwiceDifferentiableFunction}.
 */
public abstract class SecondOrderVectorFunction extends VectorFunction implements TwiceDifferentiableFunction {

    /**
     * Creates a view of a twice differentiable function of {@code inputDimension} inputs and {@code outputDimension}
     * outputs.
     *
     * @param inputDimension  the number of inputs {@code n}, at least 0
     * @param outputDimension the number of outputs {@code m}, at least 0
     * @throws IllegalArgumentException if either dimension is negative
     */
    protected SecondOrderVectorFunction(int inputDimension, int outputDimension) {
        super(inputDimension, outputDimension);
    }

    /**
     * Checks the arrays and the seeds, zero-fills {@code xBar} and {@code xBarDot}, then lets {@link #hvpAt}
     * accumulate into them and copies the value it returns into {@code y}.
     *
     * @param x       the point, length {@code n}
     * @param w       the cotangent seed, length {@code m}, every entry finite
     * @param v       the tangent seed, length {@code n}, every entry finite
     * @param y       receives {@code f(x)}, length {@code m}
     * @param xBar    receives {@code J(x)ᵀ·w}, length {@code n}; must not alias another argument
     * @param xBarDot receives {@code Σᵢ wᵢ ∇²fᵢ(x)·v}, length {@code n}; must not alias another argument
     * @throws IllegalStateException if {@link #hvpAt} returns an array of another length than {@code m}
     */
    @Override
    public final void hvp(double[] x, double[] w, double[] v, double[] y, double[] xBar, double[] xBarDot) {
        int n = inputDimension();
        int m = outputDimension();
        Checks.length("x", x, n);
        Checks.length("w", w, m);
        Checks.length("v", v, n);
        Checks.length("y", y, m);
        Checks.length("xBar", xBar, n);
        Checks.length("xBarDot", xBarDot, n);
        Checks.finiteSeed("w", w);
        Checks.finiteSeed("v", v);
        for (double[] input : new double[][] {x, w, v, y}) {
            Checks.distinct("xBar", xBar, "an input", input);
            Checks.distinct("xBarDot", xBarDot, "an input", input);
        }
        Checks.distinct("xBarDot", xBarDot, "xBar", xBar);
        Arrays.fill(xBar, 0);
        Arrays.fill(xBarDot, 0);
        double[] result = hvpAt(x, w, v, xBar, xBarDot);
        checkResult(result);
        System.arraycopy(result, 0, y, 0, m);
    }

    /**
     * Computes {@code f(x)}, accumulates {@code J(x)ᵀ·w} into {@code xBar} and {@code Σᵢ wᵢ ∇²fᵢ(x)·v} into
     * {@code xBarDot} (forward over reverse).
     *
     * @param x       the point, length {@code n} (already checked)
     * @param w       the cotangent seed, length {@code m}, finite (already checked)
     * @param v       the tangent seed, length {@code n}, finite (already checked)
     * @param xBar    the adjoint of {@code x}, zero-filled by the caller; accumulate into it with {@code +=}
     * @param xBarDot the tangent of that adjoint, zero-filled by the caller; accumulate into it with {@code +=}
     * @return {@code f(x)}
     */
    protected abstract double[] hvpAt(double[] x, double[] w, double[] v, double[] xBar, double[] xBarDot);
}
