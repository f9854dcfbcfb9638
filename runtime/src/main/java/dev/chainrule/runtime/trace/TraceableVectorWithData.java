package dev.chainrule.runtime.trace;

/**
 * A function {@code Rⁿ -> Rᵐ} of inputs and data, written over {@link Active} values, for
 * {@link Tracing#vector(int, int, double[], TraceableVectorWithData)}. The data are values the function reads but is
 * not differentiated by: {@code data[i]} is read from the data array at every call, so the tape stays right when the
 * array's elements change between calls. It must compute the same operations whenever its comparisons come out the
 * same, return {@code m} values every time, and keep no {@code Active} between calls.
 */
@FunctionalInterface
public interface TraceableVectorWithData {

    /**
     * Computes the function.
     *
     * @param x    the inputs, a fresh array on every call
     * @param data the data, a fresh array on every call: values that carry no derivative
     * @return the {@code m} values
     */
    Active[] apply(Active[] x, Active[] data);
}
