package dev.chainrule.runtime.trace;

/**
 * A function {@code Rⁿ -> R} written over {@link Active} values, for {@link Tracing#scalar}. It must compute the same
 * operations whenever its comparisons come out the same, and keep no {@code Active} between calls.
 */
@FunctionalInterface
public interface TraceableScalar {

    /**
     * Computes the function.
     *
     * @param x the inputs, a fresh array on every call
     * @return the value
     */
    Active apply(Active[] x);
}
