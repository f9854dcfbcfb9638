package dev.chainrule.runtime.trace.engine;

import dev.chainrule.runtime.TapeMemory;
import dev.chainrule.runtime.trace.tape.Trace;

/**
 * The arrays a sweep works in (node values, adjoints, tangents, the leaf values of a function with data), one set per
 * thread, grown to the largest tape the thread has run, so that a call after the first allocates nothing. Sweeps
 * call no user code, so two sweeps never interleave on one thread.
 *
 * <p>After a call ({@link #endCall}) the arrays are dropped when together they hold more than
 * {@link TapeMemory#retainBytes()}: a pool thread that once ran a very long trace does not keep its workspace for
 * ever. The check is one comparison per call, never one per node.
 */
public final class Workspace {

    private static final double[] NONE = new double[0];
    private static final ThreadLocal<Workspace> CURRENT = ThreadLocal.withInitial(Workspace::new);

    private double[] values = NONE;
    private double[] adjoints = NONE;
    private double[] tangents = NONE;
    private double[] leafValues = NONE;
    // Bytes the four arrays hold, kept up to date as they grow, and the most they ever held together.
    private long held;
    private long peak;

    private Workspace() {
    }

    public static Workspace current() {
        return CURRENT.get();
    }

    /** Room for the value of every node of a tape of {@code size} nodes. */
    double[] values(int size) {
        if (values.length < size) {
            values = grown(values, size);
        }
        return values;
    }

    /** Room for the adjoint of every node. */
    double[] adjoints(int size) {
        if (adjoints.length < size) {
            adjoints = grown(adjoints, size);
        }
        return adjoints;
    }

    /** Room for the tangent of every node. */
    double[] tangents(int size) {
        if (tangents.length < size) {
            tangents = grown(tangents, size);
        }
        return tangents;
    }

    /**
     * The values of {@code trace}'s constant and data leaves at a call with {@code data}, as {@link Trace#address}
     * indexes them: the constants themselves when there are no data, else the constants followed by the data, here.
     */
    double[] leafValues(Trace trace, double[] data) {
        double[] constants = trace.constants();
        if (trace.dataCount() == 0) {
            return constants;
        }
        int size = constants.length + trace.dataCount();
        if (leafValues.length < size) {
            leafValues = grown(leafValues, size);
        }
        System.arraycopy(constants, 0, leafValues, 0, constants.length);
        System.arraycopy(data, 0, leafValues, constants.length, trace.dataCount());
        return leafValues;
    }

    /** At the end of a call: drops the arrays if they hold more than the memory a thread keeps between calls. */
    public void endCall() {
        if (held > TapeMemory.retainBytes()) {
            values = NONE;
            adjoints = NONE;
            tangents = NONE;
            leafValues = NONE;
            held = 0;
        }
    }

    /** The bytes this workspace holds now. */
    public long heldBytes() {
        return held;
    }

    /** The most bytes this workspace has held at once. */
    public long peakBytes() {
        return peak;
    }

    private double[] grown(double[] old, int size) {
        held += (long) Double.BYTES * (size - old.length);
        peak = Math.max(peak, held);
        return new double[size];
    }
}
