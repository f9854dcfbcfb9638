package dev.chainrule.runtime.trace;

import dev.chainrule.runtime.DifferentiableFunction;
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
 * <p>By default the tape is compiled to bytecode after the first trace ({@link Execution#COMPILED}): JAX's
 * {@code jit(grad(f))} in miniature. Tapes are cached per function object and shape, so wrapping the same lambda
 * again reuses them.
 */
public final class Tracing {

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
        return make(f, x -> new Active[] {f.apply(x)}, n, 1, execution);
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
        if (m < 0) {
            throw new IllegalArgumentException("m is " + m + ", expected at least 0");
        }
        return make(f, f::apply, n, m, execution);
    }

    private static TracedFunction make(Object function, ActiveBody body, int n, int m, Execution execution) {
        Objects.requireNonNull(execution, "execution is null");
        if (n < 0) {
            throw new IllegalArgumentException("n is " + n + ", expected at least 0");
        }
        return new TracedFunction(function, body, n, m, execution);
    }
}
