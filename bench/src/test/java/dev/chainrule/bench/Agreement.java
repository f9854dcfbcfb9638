package dev.chainrule.bench;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Compares derivatives entry by entry with {@code GradientCheck}'s measure: {@code |a − b| / max(1, |a|, |b|)},
 * relative for large entries and absolute below 1.
 */
final class Agreement {

    private Agreement() {
    }

    /**
     * Fails with the worst entry unless every entry agrees within {@code tolerance}.
     *
     * @param expected  the reference values
     * @param actual    the values under test
     * @param tolerance the largest acceptable error
     * @param what      names the comparison in the failure message
     */
    static void assertClose(double[] expected, double[] actual, double tolerance, String what) {
        if (expected.length != actual.length) {
            fail(what + ": lengths differ, expected " + expected.length + " but was " + actual.length);
        }
        for (int i = 0; i < expected.length; i++) {
            double error = Math.abs(expected[i] - actual[i])
                    / Math.max(1, Math.max(Math.abs(expected[i]), Math.abs(actual[i])));
            if (!(error <= tolerance)) {
                fail(what + ": entry " + i + " expected " + expected[i] + " but was " + actual[i] + " (error " + error
                        + " > " + tolerance + ")");
            }
        }
    }
}
