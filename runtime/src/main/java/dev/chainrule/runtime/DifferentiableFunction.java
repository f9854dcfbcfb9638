package dev.chainrule.runtime;

import dev.chainrule.runtime.support.Checks;
import dev.chainrule.runtime.support.Costs;

/**
 * A function {@code f: Rⁿ -> Rᵐ} over flat vectors, with its Jacobian {@code J} available as products in both
 * directions: forward ({@code J·v}, one column combination per call) and reverse ({@code Jᵀ·w}, one row combination
 * per call).
 *
 * <p>The four-argument methods write into caller-provided arrays so that a loop over many points allocates nothing;
 * the one- and two-argument defaults allocate their results for convenience. Every method checks that each array has
 * the length the dimensions call for.
 *
 * <p>Implementations must be safe to call from many threads at once: they keep no mutable state between calls, and
 * any workspace they need is local to the call.
 */
public interface DifferentiableFunction {

    /**
     * Returns the number of inputs {@code n}.
     *
     * @return the length every {@code x} and {@code v} must have
     */
    int inputDimension();

    /**
     * Returns the number of outputs {@code m}.
     *
     * @return the length every {@code y}, {@code yDot} and {@code w} must have
     */
    int outputDimension();

    /**
     * Evaluates the function.
     *
     * @param x the point, length {@code n}; read only
     * @param y receives {@code f(x)}, length {@code m}; overwritten
     */
    void value(double[] x, double[] y);

    /**
     * Evaluates the function and a Jacobian-vector product (forward mode).
     *
     * @param x    the point, length {@code n}; read only
     * @param v    the tangent seed, length {@code n}, every entry finite; read only
     * @param y    receives {@code f(x)}, length {@code m}; overwritten
     * @param yDot receives {@code J(x)·v}, length {@code m}; overwritten
     */
    void jvp(double[] x, double[] v, double[] y, double[] yDot);

    /**
     * Evaluates the function and a vector-Jacobian product (reverse mode).
     *
     * <p>Unlike the generated {@code mVjp} methods, which accumulate into their adjoints, this method overwrites
     * {@code xBar}: a flat view is a plain function of its arguments, so a driver can write a Jacobian row in place.
     *
     * @param x    the point, length {@code n}; read only
     * @param w    the cotangent seed, length {@code m}, every entry finite; read only
     * @param y    receives {@code f(x)}, length {@code m}; overwritten
     * @param xBar receives {@code J(x)ᵀ·w}, length {@code n}; overwritten, and must not be {@code x} itself
     */
    void vjp(double[] x, double[] w, double[] y, double[] xBar);

    /**
     * Evaluates the function and {@code k} Jacobian-vector products at once (vector forward mode, Tapenade's
     * {@code _dv}): {@code yDot[d] = J(x)·v[d]} for every direction {@code d < k = v.length}.
     *
     * <p>This default makes {@code k} calls of {@link #jvp(double[], double[], double[], double[])}. Generated views
     * override it with one sweep that computes the primal and the partial derivatives once and only the tangents
     * {@code k} times, which is what makes a Jacobian by columns cheaper in chunks of directions.
     *
     * @param x    the point, length {@code n}; read only
     * @param v    the directions, {@code k} arrays of length {@code n}, every entry finite; read only
     * @param y    receives {@code f(x)}, length {@code m}; overwritten
     * @param yDot receives the {@code k} products, {@code k} arrays of length {@code m}; overwritten
     * @throws IllegalArgumentException if {@code yDot} does not hold as many arrays as {@code v}, or an array has the
     *                                  wrong length
     */
    default void jvps(double[] x, double[][] v, double[] y, double[][] yDot) {
        Checks.counts("yDot", yDot, "v", v);
        for (int d = 0; d < v.length; d++) {
            jvp(x, v[d], y, yDot[d]);
        }
    }

    /**
     * Evaluates the function and {@code k} vector-Jacobian products at once (vector reverse mode, Tapenade's
     * {@code _bv}): {@code xBar[s] = J(x)ᵀ·w[s]} for every seed {@code s < k = w.length}, overwriting {@code xBar}.
     *
     * <p>This default makes {@code k} calls of {@link #vjp(double[], double[], double[], double[])}. Generated views
     * override it with one forward sweep and one backward sweep whose adjoints hold a value per seed, which is what
     * makes a Jacobian by rows cheaper in chunks of seeds.
     *
     * @param x    the point, length {@code n}; read only
     * @param w    the seeds, {@code k} arrays of length {@code m}, every entry finite; read only
     * @param y    receives {@code f(x)}, length {@code m}; overwritten
     * @param xBar receives the {@code k} products, {@code k} arrays of length {@code n}; overwritten
     * @throws IllegalArgumentException if {@code xBar} does not hold as many arrays as {@code w}, or an array has the
     *                                  wrong length
     */
    default void vjps(double[] x, double[][] w, double[] y, double[][] xBar) {
        Checks.counts("xBar", xBar, "w", w);
        for (int s = 0; s < w.length; s++) {
            vjp(x, w[s], y, xBar[s]);
        }
    }

    /**
     * Returns the operation counts of this function's sweeps, for a driver choosing between them.
     *
     * @return the counts the build made of the generated code, or {@link Costs#UNKNOWN} for a function written by hand
     */
    default Costs costs() {
        return Costs.UNKNOWN;
    }

    /**
     * Evaluates the function into a new array.
     *
     * @param x the point, length {@code n}; read only
     * @return {@code f(x)}, a new array of length {@code m}
     */
    default double[] value(double[] x) {
        double[] y = new double[outputDimension()];
        value(x, y);
        return y;
    }

    /**
     * Returns a Jacobian-vector product in a new array (forward mode).
     *
     * @param x the point, length {@code n}; read only
     * @param v the tangent seed, length {@code n}, every entry finite; read only
     * @return {@code J(x)·v}, a new array of length {@code m}
     */
    default double[] jvp(double[] x, double[] v) {
        double[] y = new double[outputDimension()];
        double[] yDot = new double[outputDimension()];
        jvp(x, v, y, yDot);
        return yDot;
    }

    /**
     * Returns a vector-Jacobian product in a new array (reverse mode).
     *
     * @param x the point, length {@code n}; read only
     * @param w the cotangent seed, length {@code m}, every entry finite; read only
     * @return {@code J(x)ᵀ·w}, a new array of length {@code n}
     */
    default double[] vjp(double[] x, double[] w) {
        double[] y = new double[outputDimension()];
        double[] xBar = new double[inputDimension()];
        vjp(x, w, y, xBar);
        return xBar;
    }
}
