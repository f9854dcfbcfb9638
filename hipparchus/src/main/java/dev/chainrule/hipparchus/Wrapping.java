package dev.chainrule.hipparchus;

import java.util.Objects;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Moves arrays between Hipparchus's linear algebra types and the flat vectors of a
 * {@link dev.chainrule.runtime.DifferentiableFunction}, without copying where Hipparchus allows it.
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
