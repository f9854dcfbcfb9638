package dev.chainrule.runtime.support;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.DualVector;
import dev.chainrule.runtime.DualVectors;
import java.util.Arrays;

/**
 * Base class of the {@link DifferentiableFunction} views generated for methods with a {@code double[]} result: the
 * vector counterpart of {@link ScalarFunction}.
 *
 * <p>The public methods are {@code final}: they check every array and seed once, here, then call the three
 * derivative kernels a subclass supplies and copy what they return into the caller's arrays, so that generated code
 * contains no argument checking of its own. The kernels return the user's method's result as a fresh array, whose
 * length the compiler cannot fix; it is checked against {@link #outputDimension()} on every call, because a method
 * whose output length depends on {@code x} is not a function {@code Rⁿ -> Rᵐ} and its Jacobian has no fixed shape. A
 * subclass keeps no mutable state, which makes instances safe to share between threads.
 */
public abstract class VectorFunction implements DifferentiableFunction {

    private final int inputDimension;
    private final int outputDimension;

    /**
     * Creates a view of a function of {@code inputDimension} inputs and {@code outputDimension} outputs.
     *
     * @param inputDimension  the number of inputs {@code n}, at least 0
     * @param outputDimension the number of outputs {@code m}, at least 0
     * @throws IllegalArgumentException if either dimension is negative
     */
    protected VectorFunction(int inputDimension, int outputDimension) {
        if (inputDimension < 0) {
            throw new IllegalArgumentException("inputDimension is " + inputDimension + ", expected at least 0");
        }
        if (outputDimension < 0) {
            throw new IllegalArgumentException("outputDimension is " + outputDimension + ", expected at least 0");
        }
        this.inputDimension = inputDimension;
        this.outputDimension = outputDimension;
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
     * Returns the number of outputs, as passed to the constructor.
     *
     * @return {@code m}
     */
    @Override
    public final int outputDimension() {
        return outputDimension;
    }

    /**
     * Checks the arrays, then copies {@code valueAt(x)} into {@code y}.
     *
     * @param x the point, length {@code n}
     * @param y receives {@code f(x)}, length {@code m}
     * @throws IllegalStateException if {@link #valueAt} returns an array of another length than {@code m}
     */
    @Override
    public final void value(double[] x, double[] y) {
        Checks.length("x", x, inputDimension);
        Checks.length("y", y, outputDimension);
        double[] result = valueAt(x);
        checkResult(result);
        System.arraycopy(result, 0, y, 0, outputDimension);
    }

    /**
     * Checks the arrays and the seed, then copies the value and tangent computed by {@link #jvpAt} into {@code y}
     * and {@code yDot}.
     *
     * @param x    the point, length {@code n}
     * @param v    the tangent seed, length {@code n}, every entry finite
     * @param y    receives {@code f(x)}, length {@code m}
     * @param yDot receives {@code J(x)·v}, length {@code m}; must not be {@code y}
     * @throws IllegalStateException if {@link #jvpAt} returns arrays of another length than {@code m}
     */
    @Override
    public final void jvp(double[] x, double[] v, double[] y, double[] yDot) {
        Checks.length("x", x, inputDimension);
        Checks.length("v", v, inputDimension);
        Checks.length("y", y, outputDimension);
        Checks.length("yDot", yDot, outputDimension);
        Checks.finiteSeed("v", v);
        // One array cannot receive both results; copying the tangent over the value would go unnoticed.
        Checks.distinct("yDot", yDot, "y", y);
        DualVector result = jvpAt(x, v);
        // DualVector guarantees the tangent is as long as the value, so one check covers both.
        checkResult(result.value());
        System.arraycopy(result.value(), 0, y, 0, outputDimension);
        System.arraycopy(result.tangent(), 0, yDot, 0, outputDimension);
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
        Checks.length("y", y, outputDimension);
        Checks.lengths("yDot", yDot, outputDimension);
        DualVectors result = jvpsAt(x, v);
        checkResult(result.value());
        System.arraycopy(result.value(), 0, y, 0, outputDimension);
        for (int d = 0; d < v.length; d++) {
            System.arraycopy(result.tangents()[d], 0, yDot[d], 0, outputDimension);
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
        Checks.finiteSeeds("w", w, outputDimension);
        Checks.length("y", y, outputDimension);
        Checks.lengths("xBar", xBar, inputDimension);
        for (double[] row : xBar) {
            Checks.distinct("xBar", row, "x", x);
            Checks.distinct("xBar", row, "y", y);
            // The generated kernel accumulates, while this interface overwrites: zero first.
            Arrays.fill(row, 0);
        }
        double[] result = vjpsAt(x, w, xBar);
        checkResult(result);
        System.arraycopy(result, 0, y, 0, outputDimension);
    }

    /**
     * Checks the arrays and the seed, zero-fills {@code xBar}, then lets {@link #vjpAt} accumulate
     * {@code J(x)ᵀ·w} into it and copies the value it returns into {@code y}.
     *
     * @param x    the point, length {@code n}
     * @param w    the cotangent seed, length {@code m}, every entry finite
     * @param y    receives {@code f(x)}, length {@code m}; must not be {@code xBar}
     * @param xBar receives {@code J(x)ᵀ·w}, length {@code n}; overwritten, and must not be {@code x} or {@code w}
     * @throws IllegalStateException if {@link #vjpAt} returns an array of another length than {@code m}
     */
    @Override
    public final void vjp(double[] x, double[] w, double[] y, double[] xBar) {
        Checks.length("x", x, inputDimension);
        Checks.length("w", w, outputDimension);
        Checks.length("y", y, outputDimension);
        Checks.length("xBar", xBar, inputDimension);
        Checks.finiteSeed("w", w);
        Checks.distinct("xBar", xBar, "x", x);
        // With n = m these could alias: zero-filling xBar would erase the seed, and copying y would erase the result.
        Checks.distinct("xBar", xBar, "w", w);
        Checks.distinct("y", y, "xBar", xBar);
        // The generated kernel accumulates (Tapenade's xBar += ...), while this interface overwrites: zero first.
        Arrays.fill(xBar, 0);
        double[] result = vjpAt(x, w, xBar);
        checkResult(result);
        System.arraycopy(result, 0, y, 0, outputDimension);
    }

    /**
     * Computes {@code f(x)}.
     *
     * @param x the point, length {@code n} (already checked)
     * @return {@code f(x)}, of length {@code m}; the base class copies it and does not keep it
     */
    protected abstract double[] valueAt(double[] x);

    /**
     * Computes {@code f(x)} and its directional derivative along {@code v} (forward mode).
     *
     * @param x the point, length {@code n} (already checked)
     * @param v the tangent seed, length {@code n}, every entry finite (already checked)
     * @return {@code f(x)} and {@code J(x)·v}, each of length {@code m}
     */
    protected abstract DualVector jvpAt(double[] x, double[] v);

    /**
     * Computes {@code f(x)} and its directional derivatives along each of {@code v}'s directions (vector forward
     * mode). This default makes one {@link #jvpAt} call per direction; generated views override it with one sweep.
     *
     * @param x the point, length {@code n} (already checked)
     * @param v the directions, each of length {@code n} and finite (already checked)
     * @return {@code f(x)} and one tangent per direction
     */
    protected DualVectors jvpsAt(double[] x, double[][] v) {
        double[][] tangents = new double[v.length][];
        double[] value = null;
        for (int d = 0; d < v.length; d++) {
            DualVector dual = jvpAt(x, v[d]);
            checkResult(dual.value());
            value = dual.value();
            tangents[d] = dual.tangent();
        }
        return new DualVectors(v.length == 0 ? valueAt(x) : value, tangents);
    }

    /**
     * Computes {@code f(x)} and accumulates {@code J(x)ᵀ·w[s]} into {@code xBar[s]} for every seed (vector reverse
     * mode). This default makes one {@link #vjpAt} call per seed; generated views override it with one sweep.
     *
     * @param x    the point, length {@code n} (already checked)
     * @param w    the seeds, {@code k} arrays of length {@code m} (already checked)
     * @param xBar one adjoint per seed, length {@code n} each, zero-filled by the caller; accumulate with {@code +=}
     * @return {@code f(x)}, of length {@code m}
     */
    protected double[] vjpsAt(double[] x, double[][] w, double[][] xBar) {
        double[] value = w.length == 0 ? valueAt(x) : null;
        for (int s = 0; s < w.length; s++) {
            value = vjpAt(x, w[s], xBar[s]);
            checkResult(value);
        }
        return value;
    }

    /**
     * Computes {@code f(x)} and accumulates {@code J(x)ᵀ·w} into {@code xBar} (reverse mode).
     *
     * @param x    the point, length {@code n} (already checked)
     * @param w    the cotangent seed, length {@code m}, every entry finite (already checked)
     * @param xBar the adjoint of {@code x}, length {@code n}, zero-filled by the caller; accumulate into it with
     *             {@code +=}
     * @return {@code f(x)}, of length {@code m}
     */
    protected abstract double[] vjpAt(double[] x, double[] w, double[] xBar);

    /**
     * Names the class and the dimensions, for example {@code demo.FunctionsDerivatives$2[R^3 -> R^2]}.
     *
     * @return a description of this function
     */
    @Override
    public String toString() {
        return getClass().getName() + "[R^" + inputDimension + " -> R^" + outputDimension + "]";
    }

    /** Refuses a result of another length than {@code m}: the output length must not change between calls. */
    void checkResult(double[] result) {
        if (result == null) {
            throw new IllegalStateException("f returned null, expected " + outputDimension + " values");
        }
        if (result.length != outputDimension) {
            throw new IllegalStateException("f returned " + result.length + " values, expected " + outputDimension
                    + ": the output length must not change between calls");
        }
    }
}
