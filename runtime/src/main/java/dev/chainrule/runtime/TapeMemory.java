package dev.chainrule.runtime;

/**
 * The memory settings of reverse mode: how much a thread keeps between calls, and how large a trace may grow.
 *
 * <p><b>Memory kept between calls.</b> A thread's {@link dev.chainrule.runtime.support.Tape} (generated reverse code) and its tracing workspace
 * (traced functions) grow to the longest sweep the thread has run, so that later calls allocate nothing. Once a call
 * has grown either past {@link #retainBytes()}, it goes back to a small size as soon as that call is done: a pool
 * thread that once differentiated a long simulation does not hold hundreds of megabytes for ever. A thread that
 * keeps running sweeps that long then allocates its tape again on every call; raise the setting for such threads'
 * programs. Set by the system property {@value #RETAIN_BYTES_PROPERTY} or by {@link #setRetainBytes}; default
 * {@value #DEFAULT_RETAIN_BYTES} bytes (16 MiB).
 *
 * <p><b>Trace size.</b> A trace that would record more than {@link #maxTraceNodes()} nodes stops with an
 * {@link IllegalStateException} that names this limit, instead of an {@link OutOfMemoryError} somewhere in a later
 * sweep. A node needs about 40 bytes of heap at the peak (recording, analysing and sweeping it; 10 of them stay with
 * the traced function), so the default, the maximum heap divided by {@value #TRACE_BYTES_PER_NODE}, stops a trace
 * while the heap can still hold it with room to spare. Set by the system property {@value #MAX_TRACE_NODES_PROPERTY}
 * or by {@link #setMaxTraceNodes}.
 *
 * <p>The settings are global and may be changed at any time; a change applies from the next call on.
 */
public final class TapeMemory {

    /** The system property that sets {@link #retainBytes()}. */
    public static final String RETAIN_BYTES_PROPERTY = "chainrule.tape.retainBytes";

    /** The system property that sets {@link #maxTraceNodes()}. */
    public static final String MAX_TRACE_NODES_PROPERTY = "chainrule.trace.maxNodes";

    /** The default of {@link #retainBytes()}: 16 MiB. */
    public static final long DEFAULT_RETAIN_BYTES = 16L << 20;

    /** The heap per node that the default of {@link #maxTraceNodes()} allows a trace, with room to spare. */
    public static final int TRACE_BYTES_PER_NODE = 64;

    /** The most nodes a trace can hold at all: its arrays are indexed by {@code int}. */
    private static final long LARGEST_TRACE = Integer.MAX_VALUE - 8;

    private static volatile long retainBytes = property(RETAIN_BYTES_PROPERTY, DEFAULT_RETAIN_BYTES, 0);
    private static volatile long maxTraceNodes = Math.min(LARGEST_TRACE, property(MAX_TRACE_NODES_PROPERTY,
            Runtime.getRuntime().maxMemory() / TRACE_BYTES_PER_NODE, 1));

    private TapeMemory() {
    }

    /**
     * Returns how many bytes a thread's tape, and its tracing workspace, may keep between calls.
     *
     * @return the threshold in bytes
     */
    public static long retainBytes() {
        return retainBytes;
    }

    /**
     * Sets how many bytes a thread's tape, and its tracing workspace, may keep between calls; 0 returns them to their
     * small size after every call that grew them.
     *
     * @param bytes the threshold in bytes
     * @throws IllegalArgumentException if {@code bytes} is negative
     */
    public static void setRetainBytes(long bytes) {
        retainBytes = checked("retainBytes", bytes, 0);
    }

    /**
     * Returns the most nodes one trace may record.
     *
     * @return the limit
     */
    public static long maxTraceNodes() {
        return maxTraceNodes;
    }

    /**
     * Sets the most nodes one trace may record; traces already recorded are kept whatever their size.
     *
     * @param nodes the limit, at least 1
     * @throws IllegalArgumentException if {@code nodes} is below 1
     */
    public static void setMaxTraceNodes(long nodes) {
        maxTraceNodes = Math.min(LARGEST_TRACE, checked("maxTraceNodes", nodes, 1));
    }

    private static long property(String name, long fallback, long least) {
        String text = System.getProperty(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(text.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("system property " + name + " is '" + text + "', expected a whole"
                    + " number", e);
        }
        return checked(name, value, least);
    }

    private static long checked(String name, long value, long least) {
        if (value < least) {
            throw new IllegalArgumentException(name + " is " + value + ", expected at least " + least);
        }
        return value;
    }
}
