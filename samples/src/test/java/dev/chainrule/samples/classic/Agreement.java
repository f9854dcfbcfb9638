package dev.chainrule.samples.classic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects every disagreement of one check, so that a failing problem reports all its wrong entries at once. Entries
 * agree to a relative tolerance, except that an entry far smaller than its row's largest (one left over from
 * cancellation, whose rounding is relative to the terms rather than to their sum) is held to the tolerance times
 * {@link #ROW_FLOOR} of the row's largest.
 */
final class Agreement {
    /** The fraction of its row's largest entry below which an entry is compared absolutely. */
    static final double ROW_FLOOR = 1e-3;

    private final String problem;
    private final List<String> failures = new ArrayList<>();

    Agreement(Problem problem) {
        this.problem = problem.name();
    }

    void matrices(String what, double[] x, double[][] expected, double[][] actual, double tolerance) {
        if (expected.length != actual.length) {
            failures.add(what + " at " + Arrays.toString(x) + ": " + expected.length + " rows expected, got "
                    + actual.length);
            return;
        }
        for (int i = 0; i < expected.length; i++) {
            vectors(what + " row " + i, x, expected[i], actual[i], tolerance);
        }
    }

    void vectors(String what, double[] x, double[] expected, double[] actual, double tolerance) {
        if (expected.length != actual.length) {
            failures.add(what + " at " + Arrays.toString(x) + ": length " + expected.length + " expected, got "
                    + actual.length);
            return;
        }
        double scale = 0;
        for (int j = 0; j < expected.length; j++) {
            scale = Math.max(scale, Math.max(Math.abs(expected[j]), Math.abs(actual[j])));
        }
        for (int j = 0; j < expected.length; j++) {
            double size = Math.max(Math.max(Math.abs(expected[j]), Math.abs(actual[j])), ROW_FLOOR * scale);
            if (!(Math.abs(expected[j] - actual[j]) <= tolerance * size)) {
                failures.add(what + " [" + j + "] at " + Arrays.toString(x) + ": expected " + expected[j] + ", got "
                        + actual[j]);
            }
        }
    }

    void scalars(String what, double[] x, double expected, double actual, double tolerance) {
        vectors(what, x, new double[] {expected}, new double[] {actual}, tolerance);
    }

    void fail(String message) {
        failures.add(message);
    }

    void assertNone(String check) {
        assertTrue(failures.isEmpty(), () -> problem + ": " + check + ": " + failures.size() + " disagreements\n  "
                + String.join("\n  ", failures.subList(0, Math.min(20, failures.size()))));
    }
}
