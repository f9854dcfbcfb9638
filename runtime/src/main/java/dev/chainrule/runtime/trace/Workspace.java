package dev.chainrule.runtime.trace;

/**
 * The arrays a sweep works in (node values, adjoints, tangents), one set per thread, grown to the largest tape the
 * thread has run and never shrunk, so that a call after the first allocates nothing. Sweeps call no user code, so
 * two sweeps never interleave on one thread.
 */
final class Workspace {

    private static final ThreadLocal<Workspace> CURRENT = ThreadLocal.withInitial(Workspace::new);

    private double[] values = new double[0];
    private double[] adjoints = new double[0];
    private double[] tangents = new double[0];

    private Workspace() {
    }

    static Workspace current() {
        return CURRENT.get();
    }

    /** Room for the value of every node of a tape of {@code size} nodes. */
    double[] values(int size) {
        if (values.length < size) {
            values = new double[size];
        }
        return values;
    }

    /** Room for the adjoint of every node. */
    double[] adjoints(int size) {
        if (adjoints.length < size) {
            adjoints = new double[size];
        }
        return adjoints;
    }

    /** Room for the tangent of every node. */
    double[] tangents(int size) {
        if (tangents.length < size) {
            tangents = new double[size];
        }
        return tangents;
    }
}
