package dev.chainrule.runtime.trace;

/**
 * A function {@code Rⁿ -> R} of inputs and data, written over {@link Active} values, for
 * {@link Tracing#scalar(int, double[], TraceableScalarWithData)}. The data are values the function reads but is not
 * differentiated by (observations, parameters held fixed): {@code data[i]} is read from the data array at every call,
 * so the tape stays right when the array's elements change between calls. It must compute the same operations
 * whenever its comparisons come out the same, and keep no {@code Active} between calls.
 */
@FunctionalInterface
public interface TraceableScalarWithData {

    /**
     * Computes the function.
     *
     * @param x    the inputs, a fresh array on every call
     * @param data the data, a fresh array on every call: values that carry no derivative
     * @return the value
     */
    Active apply(Active[] x, Active[] data);
}
