package dev.chainrule.runtime;

import java.util.Arrays;

/**
 * The result of a vector forward-mode evaluation of a scalar function: its value and one tangent per direction, the
 * counterpart of {@link Dual} for {@code k} directions at once.
 *
 * <p>For {@code f(x)} evaluated with tangents {@code xDot[0..k-1]}, {@code tangents[d]} is {@code ∇f(x)·xDot[d]}.
 * The record holds the array it is given, without copying it (generated code creates it fresh for each call).
 *
 * @param value    the primal value {@code f(x)}
 * @param tangents the directional derivatives, one per direction
 */
public record Duals(double value, double[] tangents) {

    /**
     * Checks that the tangents are present.
     *
     * @param value    the primal value {@code f(x)}
     * @param tangents the directional derivatives, one per direction
     * @throws NullPointerException if {@code tangents} is {@code null}
     */
    public Duals {
        if (tangents == null) {
            throw new NullPointerException("tangents is null");
        }
    }

    /**
     * Compares the value and the tangents entry by entry, as {@link Arrays#equals(double[], double[])} does.
     *
     * @param other the object to compare with
     * @return whether {@code other} is a {@code Duals} with an equal value and equal tangents
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Duals that
                && Double.compare(value, that.value) == 0
                && Arrays.equals(tangents, that.tangents);
    }

    /**
     * Hashes the value and the tangents' entries, consistently with {@link #equals}.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return 31 * Double.hashCode(value) + Arrays.hashCode(tangents);
    }

    /**
     * Prints the entries, for example {@code Duals[value=1.0, tangents=[0.5, 0.0]]}.
     *
     * @return a description of the value and the tangents
     */
    @Override
    public String toString() {
        return "Duals[value=" + value + ", tangents=" + Arrays.toString(tangents) + "]";
    }
}
