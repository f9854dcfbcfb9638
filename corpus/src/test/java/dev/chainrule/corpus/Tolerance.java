package dev.chainrule.corpus;

/**
 * The scales the checks compare at. An entry of a Jacobian is compared relative to itself, but never to less than a
 * hundredth of its row's largest entry: an entry much smaller than its row's largest comes out of cancellation
 * between larger terms, and the modes and the differences accumulate those terms in different orders, each rounding
 * relative to the terms rather than to their sum.
 */
final class Tolerance {

    /** Forward against reverse mode, the dot-product identity: both are exact up to rounding. */
    static final double TIGHT = 1e-12;

    /** Analytic against Richardson differences, beyond the differences' own error estimate. */
    static final double DIFFERENCES = 1e-6;

    /** The fraction of a row's largest entry below which an entry is compared to that instead of to itself. */
    static final double ROW_FLOOR = 1e-2;

    private Tolerance() {
    }

    static double rowMax(double[] row) {
        double max = 0;
        for (double v : row) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /** The scale an entry is compared at. */
    static double scale(double entry, double rowMax) {
        return Math.max(Math.max(Math.abs(entry), ROW_FLOOR * rowMax), Double.MIN_NORMAL);
    }

    /**
     * The rounding noise of a difference quotient: the function's value to a few ulps over the finest step. It
     * matters where the function is much larger than its derivative.
     */
    static double noise(double value, double coordinate) {
        double finestStep = Differences.STEP / 4 * Differences.scale(coordinate);
        return 16 * Math.ulp(Math.abs(value)) / finestStep;
    }

    /** Whether two entries agree to {@code tolerance} at the scale of their row. */
    static boolean close(double a, double b, double rowMax, double tolerance) {
        if (Double.compare(a, b) == 0) {
            return true;
        }
        return Math.abs(a - b) <= tolerance * Math.max(scale(a, rowMax), scale(b, rowMax));
    }
}
