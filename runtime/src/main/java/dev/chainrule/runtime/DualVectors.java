package dev.chainrule.runtime;

import java.util.Arrays;

/**
 * The result of a vector forward-mode evaluation of a function whose result is a {@code double[]}: its value and one
 * tangent per direction, the counterpart of {@link DualVector} for {@code k} directions at once.
 *
 * <p>For {@code f(x)} evaluated with tangents {@code xDot[0..k-1]}, {@code tangents[d]} is {@code J(x)·xDot[d]}, as
 * long as {@code value}. The record holds the arrays it is given, without copying them.
 *
 * @param value    the primal value {@code f(x)}
 * @param tangents the directional derivatives, one array per direction
 */
public record DualVectors(double[] value, double[][] tangents) {

    /**
     * Checks that the arrays are present and every tangent is as long as the value.
     *
     * @param value    the primal value {@code f(x)}
     * @param tangents the directional derivatives, one array per direction
     * @throws NullPointerException     if an array is {@code null}
     * @throws IllegalArgumentException if a tangent's length differs from the value's
     */
    public DualVectors {
        if (value == null) {
            throw new NullPointerException("value is null");
        }
        if (tangents == null) {
            throw new NullPointerException("tangents is null");
        }
        for (int d = 0; d < tangents.length; d++) {
            if (tangents[d] == null) {
                throw new NullPointerException("tangents[" + d + "] is null");
            }
            if (tangents[d].length != value.length) {
                throw new IllegalArgumentException("value has length " + value.length + ", but tangents[" + d
                        + "] has length " + tangents[d].length);
            }
        }
    }

    /**
     * Compares the entries, as {@link Arrays#equals(double[], double[])} does.
     *
     * @param other the object to compare with
     * @return whether {@code other} is a {@code DualVectors} with equal values and equal tangents
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof DualVectors that
                && Arrays.equals(value, that.value)
                && Arrays.deepEquals(tangents, that.tangents);
    }

    /**
     * Hashes the entries, consistently with {@link #equals}.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(value) + Arrays.deepHashCode(tangents);
    }

    /**
     * Prints the entries, for example {@code DualVectors[value=[1.0], tangents=[[0.5], [0.0]]]}.
     *
     * @return a description of the value and the tangents
     */
    @Override
    public String toString() {
        return "DualVectors[value=" + Arrays.toString(value) + ", tangents=" + Arrays.deepToString(tangents) + "]";
    }
}
