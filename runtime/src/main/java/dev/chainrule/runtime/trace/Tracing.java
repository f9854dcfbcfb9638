package dev.chainrule.runtime.trace;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.trace.engine.Workspace;
import java.util.Objects;

/**
 * Derivatives of functions that never pass through the annotation processor (a lambda in jshell, a function put
 * together at run time) by tracing: write the function over {@link Active} values and get a
 * {@link DifferentiableFunction} with forward and reverse mode.
 *
 * <pre>{@code
 * TracedFunction f = Tracing.scalar(2, x -> {
 *     Active a = x[0].subFrom(1), b = x[1].sub(x[0].mul(x[0]));
 *     return a.mul(a).add(b.mul(b).mul(100));
 * });
 * double[] g = Gradients.gradient(f, new double[] {-1.2, 1});
 * }</pre>
 *
 * <p>By default the tape is compiled to bytecode once it serves a second call ({@link Execution#COMPILED}): JAX's
 * {@code jit(grad(f))} in miniature.
 *
 * <p><b>Constants and data.</b> Whatever the function reads besides its {@code Active} arguments (a captured
 * variable or array, a field, a static) is a constant of its tape, recorded with the value it had when the function
 * was traced, as in JAX. Values that change between calls are passed as data, which the tape reads at every call:
 *
 * <pre>{@code
 * double[] data = {1, 2};
 * TracedFunction f = Tracing.scalar(1, data, (x, d) -> x[0].mul(d[0]).mul(x[0]).add(d[1]));
 * Gradients.gradient(f, new double[] {1.5});   // 2 · 1 · 1.5 = 3
 * data[0] = 10;
 * Gradients.gradient(f, new double[] {1.5});   // 2 · 10 · 1.5 = 30: the same tape, the new data
 * }</pre>
 *
 * <p>Every call of {@code scalar} or {@code vector} makes a function that traces for itself, so wrapping a lambda again
 * after changing what it captured gives that lambda's new values; compiled code is shared between wrappers of the
 * same function object that trace to the same program, so wrapping the same lambda again in a loop does not compile
 * it again. See {@link TracedFunction} for the whole contract.
 */
public final class Tracing {

    private static final double[] NO_DATA = new double[0];

    private Tracing() {
    }

    /**
     * Wraps a scalar function {@code Rⁿ -> R}, compiled.
     *
     * @param n the number of inputs
     * @param f the function
     * @return the function with its derivatives
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public static TracedFunction scalar(int n, TraceableScalar f) {
        return scalar(n, f, Execution.COMPILED);
    }

    /**
     * Wraps a scalar function {@code Rⁿ -> R}.
     *
     * @param n         the number of inputs
     * @param f         the function
     * @param execution interpreted or compiled
     * @return the function with its derivatives
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public static TracedFunction scalar(int n, TraceableScalar f, Execution execution) {
        Objects.requireNonNull(f, "f is null");
        return make(f, (x, d) -> new Active[] {f.apply(x)}, n, 1, NO_DATA, execution);
    }

    /**
     * Wraps a scalar function {@code Rⁿ -> R} of inputs and data, compiled. Every call of the result reads
     * {@code data} again: change its elements between calls and the next call computes with the new values.
     *
     * @param n    the number of inputs
     * @param data the data, read (not copied) at every call; its length is fixed from now on
     * @param f    the function, given the inputs and the data
     * @return the function with its derivatives with respect to the inputs
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public static TracedFunction scalar(int n, double[] data, TraceableScalarWithData f) {
        return scalar(n, data, f, Execution.COMPILED);
    }

    /**
     * Wraps a scalar function {@code Rⁿ -> R} of inputs and data. Every call of the result reads {@code data} again.
     *
     * @param n         the number of inputs
     * @param data      the data, read (not copied) at every call; its length is fixed from now on
     * @param f         the function, given the inputs and the data
     * @param execution interpreted or compiled
     * @return the function with its derivatives with respect to the inputs
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public static TracedFunction scalar(int n, double[] data, TraceableScalarWithData f, Execution execution) {
        Objects.requireNonNull(data, "data is null");
        Objects.requireNonNull(f, "f is null");
        return make(f, (x, d) -> new Active[] {f.apply(x, d)}, n, 1, data, execution);
    }

    /**
     * Wraps a vector function {@code Rⁿ -> Rᵐ}, compiled.
     *
     * @param n the number of inputs
     * @param m the number of outputs, which {@code f} must return on every call
     * @param f the function
     * @return the function with its derivatives
     * @throws IllegalArgumentException if {@code n} or {@code m} is negative
     */
    public static TracedFunction vector(int n, int m, TraceableVector f) {
        return vector(n, m, f, Execution.COMPILED);
    }

    /**
     * Wraps a vector function {@code Rⁿ -> Rᵐ}.
     *
     * @param n         the number of inputs
     * @param m         the number of outputs, which {@code f} must return on every call
     * @param f         the function
     * @param execution interpreted or compiled
     * @return the function with its derivatives
     * @throws IllegalArgumentException if {@code n} or {@code m} is negative
     */
    public static TracedFunction vector(int n, int m, TraceableVector f, Execution execution) {
        Objects.requireNonNull(f, "f is null");
        return make(f, (x, d) -> f.apply(x), n, m, NO_DATA, execution);
    }

    /**
     * Wraps a vector function {@code Rⁿ -> Rᵐ} of inputs and data, compiled. Every call of the result reads
     * {@code data} again.
     *
     * @param n    the number of inputs
     * @param m    the number of outputs, which {@code f} must return on every call
     * @param data the data, read (not copied) at every call; its length is fixed from now on
     * @param f    the function, given the inputs and the data
     * @return the function with its derivatives with respect to the inputs
     * @throws IllegalArgumentException if {@code n} or {@code m} is negative
     */
    public static TracedFunction vector(int n, int m, double[] data, TraceableVectorWithData f) {
        return vector(n, m, data, f, Execution.COMPILED);
    }

    /**
     * Wraps a vector function {@code Rⁿ -> Rᵐ} of inputs and data. Every call of the result reads {@code data}
     * again.
     *
     * @param n         the number of inputs
     * @param m         the number of outputs, which {@code f} must return on every call
     * @param data      the data, read (not copied) at every call; its length is fixed from now on
     * @param f         the function, given the inputs and the data
     * @param execution interpreted or compiled
     * @return the function with its derivatives with respect to the inputs
     * @throws IllegalArgumentException if {@code n} or {@code m} is negative
     */
    public static TracedFunction vector(int n, int m, double[] data, TraceableVectorWithData f,
            Execution execution) {
        Objects.requireNonNull(data, "data is null");
        Objects.requireNonNull(f, "f is null");
        return make(f, f::apply, n, m, data, execution);
    }

    /**
     * Returns how many bytes the calling thread's tracing workspace holds between calls: the node values, adjoints
     * and tangents of the largest tape it has swept, up to {@link dev.chainrule.runtime.TapeMemory#retainBytes()}.
     *
     * @return the bytes held now
     */
    public static long workspaceBytes() {
        return Workspace.current().heldBytes();
    }

    /**
     * Returns the most bytes the calling thread's tracing workspace has held at once, during a call or between calls.
     *
     * @return the peak in bytes
     */
    public static long peakWorkspaceBytes() {
        return Workspace.current().peakBytes();
    }

    private static TracedFunction make(Object function, ActiveBody body, int n, int m, double[] data,
            Execution execution) {
        Objects.requireNonNull(execution, "execution is null");
        if (n < 0) {
            throw new IllegalArgumentException("n is " + n + ", expected at least 0");
        }
        if (m < 0) {
            throw new IllegalArgumentException("m is " + m + ", expected at least 0");
        }
        return new TracedFunction(function, body, n, m, data, execution);
    }
}
