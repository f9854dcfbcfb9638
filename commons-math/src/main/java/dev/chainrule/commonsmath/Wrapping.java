package dev.chainrule.commonsmath;

import java.util.Objects;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Moves arrays between Commons Math's linear algebra types and the flat vectors of a
 * {@link dev.chainrule.runtime.DifferentiableFunction}, without copying where Commons Math allows it.
 */
final class Wrapping {

    private Wrapping() {
    }

    /**
     * The entries of a vector as an array the caller only reads: an {@link ArrayRealVector}'s own array, any other
     * vector's copy.
     */
    static double[] entries(RealVector vector) {
        Objects.requireNonNull(vector, "point is null");
        return vector instanceof ArrayRealVector array ? array.getDataRef() : vector.toArray();
    }

    /** A vector over {@code data} itself. */
    static RealVector vector(double[] data) {
        return new ArrayRealVector(data, false);
    }

    /** A matrix over {@code rows} themselves. */
    static RealMatrix matrix(double[][] rows) {
        return new Array2DRowRealMatrix(rows, false);
    }
}
