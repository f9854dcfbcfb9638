package dev.chainrule.processor.fuzz;

import java.util.Arrays;

/**
 * The comparisons of one point's results, each counted and each disagreement recorded as a failure: primal values bit
 * for bit, derivatives computed by two routes to {@link #SAME}, exceptions by class.
 */
final class Agreement {
    /** Relative agreement of two computations of the same derivative by different routes. */
    static final double SAME = 1e-11;
    /**
     * Below this, derivatives of O(1) inputs are rounding noise: x - sin(x) at x = 1e-8 is all cancellation, and two
     * routes to its derivative may give 0 and 1e-25.
     */
    static final double NOISE = 1e-13;

    private final Findings findings;
    private final String at;

    Agreement(Findings findings, String at) {
        this.findings = findings;
        this.at = at;
    }

    /** Where the failure happened: the method and the point. */
    String at() {
        return at;
    }

    /** A generated method's value is the plain method's, bit for bit. */
    void primal(String entry, double[] expected, double[] actual) {
        findings.count("checks: primal values");
        if (!Arrays.equals(expected, actual)) {
            findings.fail("primal:" + entry, at + ": the plain method returns " + Arrays.toString(expected) + ", "
                    + entry + " returns " + Arrays.toString(actual));
        }
    }

    /**
     * Two routes to one derivative agree to {@link #SAME} of their size (or of {@code floor}, for a difference), or
     * to {@link #NOISE}.
     */
    void same(String kind, double[] expected, double[] actual, double floor) {
        findings.count("checks: " + kind.replaceAll(":.*", ""));
        double scale = Math.max(Math.max(Differences.norm(expected), Differences.norm(actual)), floor);
        for (int i = 0; i < expected.length; i++) {
            boolean finite = Double.isFinite(expected[i]) && Double.isFinite(actual[i]);
            boolean bad = finite ? !(Math.abs(expected[i] - actual[i]) <= SAME * scale + NOISE)
                    : Double.compare(expected[i], actual[i]) != 0;
            if (bad) {
                findings.fail(kind, at + ": expected " + Arrays.toString(expected) + ", got "
                        + Arrays.toString(actual));
                return;
            }
        }
    }

    /** A call where the plain method returned normally: it must not throw. False when it did. */
    boolean returned(String entry, Invoker.Result r) {
        if (r.threw()) {
            findings.fail("exception:" + entry, at + ": the plain method returns, " + entry + " throws "
                    + describe(r.thrown()));
            return false;
        }
        return true;
    }

    /** A call where the plain method threw {@code expected}: it must throw the same class of exception. */
    void threw(String entry, Throwable expected, Invoker.Result r) {
        findings.count("checks: exceptions");
        if (!r.threw()) {
            findings.fail("exception:" + entry, at + ": the plain method throws " + describe(expected) + ", "
                    + entry + " returns normally");
        } else if (r.thrown().getClass() != expected.getClass()) {
            findings.fail("exception:" + entry, at + ": the plain method throws " + describe(expected) + ", "
                    + entry + " throws " + describe(r.thrown()));
        }
    }

    static String describe(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        return t + (trace.length == 0 ? "" : " at " + trace[0]);
    }
}
