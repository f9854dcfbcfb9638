package dev.chainrule.runtime;

import java.util.Arrays;

/**
 * The result of a forward-mode evaluation of a function whose result is a {@code double[]}: its value and its
 * tangent, the vector counterpart of {@link Dual}.
 *
 * <p>For {@code f(x)} evaluated with tangent {@code xDot}, {@code value} is {@code f(x)} and {@code tangent} is
 * {@code J(x)·xDot}, entry by entry.
 *
 * <p>The record holds the arrays it is given, without copying them, because generated code creates both fresh for
 * each call and a copy would only double the allocation; the accessors likewise return those arrays themselves.
 * Unlike a plain record of arrays, {@link #equals}, {@link #hashCode} and {@link #toString} look at the entries.
 *
 * @param value   the primal value {@code f(x)}
 * @param tangent the directional derivative {@code J·xDot}, as long as {@code value}
 */
public record DualVector(double[] value, double[] tangent) {

    /**
     * Checks that both arrays are present and equally long.
     *
     * @param value   the primal value {@code f(x)}
     * @param tangent the directional derivative {@code J·xDot}
     * @throws NullPointerException     if either array is {@code null} ("value is null")
     * @throws IllegalArgumentException if their lengths differ ("value has length 3, but tangent has length 2")
     */
    public DualVector {
        if (value == null) {
            throw new NullPointerException("value is null");
        }
        if (tangent == null) {
            throw new NullPointerException("tangent is null");
        }
        if (value.length != tangent.length) {
            throw new IllegalArgumentException(
                    "value has length " + value.length + ", but tangent has length " + tangent.length);
        }
    }

    /**
     * Compares entries, with the semantics of {@link Arrays#equals(double[], double[])}: NaN equals NaN, and
     * {@code 0.0} differs from {@code -0.0}.
     *
     * @param other the object to compare with
     * @return whether {@code other} is a {@code DualVector} with equal values and equal tangents
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof DualVector that
                && Arrays.equals(value, that.value)
                && Arrays.equals(tangent, that.tangent);
    }

    /**
     * Hashes the entries, consistently with {@link #equals}.
     *
     * @return a hash of both arrays' contents
     */
    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(value) + Arrays.hashCode(tangent);
    }

    /**
     * Prints the entries, for example {@code DualVector[value=[1.0, 2.0], tangent=[0.5, 0.0]]}.
     *
     * @return a description of both arrays' contents
     */
    @Override
    public String toString() {
        return "DualVector[value=" + Arrays.toString(value) + ", tangent=" + Arrays.toString(tangent) + "]";
    }
}
