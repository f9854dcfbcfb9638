package dev.chainrule.runtime.trace;

/**
 * A function {@code Rⁿ -> Rᵐ} written over {@link Active} values, for {@link Tracing#vector}. It must compute the
 * same operations whenever its comparisons come out the same, return {@code m} values every time, and keep no
 * {@code Active} between calls.
 */
@FunctionalInterface
public interface TraceableVector {

    /**
     * Computes the function.
     *
     * @param x the inputs, a fresh array on every call
     * @return the {@code m} values
     */
    Active[] apply(Active[] x);
}
