package dev.chainrule.runtime.support;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Dual;
import dev.chainrule.runtime.Duals;
import java.util.Arrays;

/**
 * Base class of the {@link DifferentiableFunction} views generated for methods with a {@code double} result
 * ({@code m = 1}).
 *
 * <p>The public methods are {@code final}: they check every array and seed once, here, and then call the three
 * derivative kernels a subclass supplies, so that generated code contains no argument checking of its own. A subclass
 * keeps no mutable state, which makes instances safe to share between threads.
 */
public abstract class ScalarFunction implements DifferentiableFunction {

    private final int inputDimension;

    /**
     * Creates a view of a scalar function of {@code inputDimension} inputs.
     *
     * @param inputDimension the number of inputs {@code n}, at least 0
     * @throws IllegalArgumentException if {@code inputDimension} is negative
     */
    protected ScalarFunction(int inputDimension) {
        if (inputDimension < 0) {
            throw new IllegalArgumentException("inputDimension is " + inputDimension + ", expected at least 0");
        }
        this.inputDimension = inputDimension;
    }

    /**
     * Returns the number of inputs, as passed to the constructor.
     *
     * @return {@code n}
     */
    @Override
    public final int inputDimension() {
        return inputDimension;
    }

    /**
     * Returns 1: a scalar function has one output.
     *
     * @return 1
     */
    @Override
    public final int outputDimension() {
        return 1;
    }

    /**
     * Checks the arrays and writes {@code y[0] = valueAt(x)}.
     *
     * @param x the point, length {@code n}
     * @param y receives {@code f(x)}, length 1
     */
    @Override
    public final void value(double[] x, double[] y) {
        Checks.length("x", x, inputDimension);
        Checks.length("y", y, 1);
        y[0] = valueAt(x);
    }

    /**
     * Checks the arrays and the seed, then writes the value and tangent computed by {@link #jvpAt}.
     *
     * @param x    the point, length {@code n}
     * @param v    the tangent seed, length {@code n}, every entry finite
     * @param y    receives {@code f(x)}, length 1
     * @param yDot receives {@code ∇f(x)·v}, length 1
     */
    @Override
    public final void jvp(double[] x, double[] v, double[] y, double[] yDot) {
        Checks.length("x", x, inputDimension);
        Checks.length("v", v, inputDimension);
        Checks.length("y", y, 1);
        Checks.length("yDot", yDot, 1);
        Checks.finiteSeed("v", v);
        Dual result = jvpAt(x, v);
        y[0] = result.value();
        yDot[0] = result.tangent();
    }

    /**
     * Checks the arrays and the seeds, then writes the value and the {@code k} tangents computed by
     * {@link #jvpsAt} in one vector forward sweep.
     *
     * @param x    the point, length {@code n}
     * @param v    the directions, {@code k} arrays of length {@code n}, every entry finite
     * @param y    receives {@code f(x)}, length {@code m}
     * @param yDot receives {@code J(x)·v[d]} in {@code yDot[d]}, {@code k} arrays of length {@code m}
     */
    @Override
    public final void jvps(double[] x, double[][] v, double[] y, double[][] yDot) {
        Checks.length("x", x, inputDimension);
        Checks.counts("yDot", yDot, "v", v);
        Checks.finiteSeeds("v", v, inputDimension);
        Checks.length("y", y, 1);
        Checks.lengths("yDot", yDot, 1);
        Duals result = jvpsAt(x, v);
        y[0] = result.value();
        for (int d = 0; d < v.length; d++) {
            yDot[d][0] = result.tangents()[d];
        }
    }

    /**
     * Checks the arrays and the seeds, zero-fills every {@code xBar[s]}, then lets {@link #vjpsAt} accumulate
     * {@code J(x)ᵀ·w[s]} into each in one vector reverse sweep.
     *
     * @param x    the point, length {@code n}
     * @param w    the seeds, {@code k} arrays of length {@code m}, every entry finite
     * @param y    receives {@code f(x)}, length {@code m}
     * @param xBar receives {@code J(x)ᵀ·w[s]} in {@code xBar[s]}, {@code k} arrays of length {@code n};
     *             overwritten, and none of them may be {@code x}
     */
    @Override
    public final void vjps(double[] x, double[][] w, double[] y, double[][] xBar) {
        Checks.length("x", x, inputDimension);
        Checks.counts("xBar", xBar, "w", w);
        Checks.finiteSeeds("w", w, 1);
        Checks.length("y", y, 1);
        Checks.lengths("xBar", xBar, inputDimension);
        for (double[] row : xBar) {
            Checks.distinct("xBar", row, "x", x);
            Checks.distinct("xBar", row, "y", y);
            // The generated kernel accumulates, while this interface overwrites: zero first.
            Arrays.fill(row, 0);
        }
        double[] seeds = new double[w.length];
        for (int s = 0; s < w.length; s++) {
            seeds[s] = w[s][0];
        }
        y[0] = vjpsAt(x, seeds, xBar);
    }

    /**
     * Checks the arrays and the seed, zero-fills {@code xBar}, then lets {@link #vjpAt} accumulate
     * {@code w[0]·∇f(x)} into it.
     *
     * @param x    the point, length {@code n}
     * @param w    the cotangent seed, length 1, finite
     * @param y    receives {@code f(x)}, length 1
     * @param xBar receives {@code w[0]·∇f(x)}, length {@code n}; overwritten, and must not be {@code x}
     */
    @Override
    public final void vjp(double[] x, double[] w, double[] y, double[] xBar) {
        Checks.length("x", x, inputDimension);
        Checks.length("w", w, 1);
        Checks.length("y", y, 1);
        Checks.length("xBar", xBar, inputDimension);
        Checks.finiteSeed("w", w);
        Checks.distinct("xBar", xBar, "x", x);
        // The generated kernel accumulates (Tapenade's xBar += ...), while this interface overwrites: zero first.
        Arrays.fill(xBar, 0);
        y[0] = vjpAt(x, w[0], xBar);
    }

    /**
     * Computes {@code f(x)}.
     *
     * @param x the point, length {@code n} (already checked)
     * @return {@code f(x)}
     */
    protected abstract double valueAt(double[] x);

    /**
     * Computes {@code f(x)} and its directional derivative along {@code v} (forward mode).
     *
     * @param x the point, length {@code n} (already checked)
     * @param v the tangent seed, length {@code n}, every entry finite (already checked)
     * @return {@code f(x)} and {@code ∇f(x)·v}
     */
    protected abstract Dual jvpAt(double[] x, double[] v);

    /**
     * Computes {@code f(x)} and its directional derivatives along each of {@code v}'s directions (vector forward
     * mode). This default makes one {@link #jvpAt} call per direction; generated views override it with one sweep.
     *
     * @param x the point, length {@code n} (already checked)
     * @param v the directions, each of length {@code n} and finite (already checked)
     * @return {@code f(x)} and one tangent per direction
     */
    protected Duals jvpsAt(double[] x, double[][] v) {
        double[] tangents = new double[v.length];
        double value = 0;
        for (int d = 0; d < v.length; d++) {
            Dual dual = jvpAt(x, v[d]);
            value = dual.value();
            tangents[d] = dual.tangent();
        }
        return new Duals(v.length == 0 ? valueAt(x) : value, tangents);
    }

    /**
     * Computes {@code f(x)} and accumulates {@code J(x)ᵀ·w[s]} into {@code xBar[s]} for every seed (vector reverse
     * mode). This default makes one {@link #vjpAt} call per seed; generated views override it with one sweep.
     *
     * @param x    the point, length {@code n} (already checked)
     * @param w    the seeds, one per product (already checked)
     * @param xBar one adjoint per seed, length {@code n} each, zero-filled by the caller; accumulate with {@code +=}
     * @return {@code f(x)}
     */
    protected double vjpsAt(double[] x, double[] w, double[][] xBar) {
        double value = w.length == 0 ? valueAt(x) : 0;
        for (int s = 0; s < w.length; s++) {
            value = vjpAt(x, w[s], xBar[s]);
        }
        return value;
    }

    /**
     * Computes {@code f(x)} and accumulates {@code w·∇f(x)} into {@code xBar} (reverse mode).
     *
     * @param x    the point, length {@code n} (already checked)
     * @param w    the cotangent seed, finite (already checked)
     * @param xBar the adjoint of {@code x}, length {@code n}, zero-filled by the caller; accumulate into it with
     *             {@code +=}
     * @return {@code f(x)}
     */
    protected abstract double vjpAt(double[] x, double w, double[] xBar);

    /**
     * Names the class and the dimensions, for example {@code demo.FunctionsDerivatives$1[R^10 -> R]}.
     *
     * @return a description of this function
     */
    @Override
    public String toString() {
        return getClass().getName() + "[R^" + inputDimension + " -> R]";
    }
}
