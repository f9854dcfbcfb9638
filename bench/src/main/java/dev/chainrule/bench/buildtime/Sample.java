package dev.chainrule.bench.buildtime;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * One measured span by two clocks: the wall clock, and the CPU time of the thread that ran it. javac compiles on the
 * calling thread, so its CPU time leaves out waiting for a core on a shared machine; it also leaves out the JIT's
 * and the collector's own threads, which the wall clock includes.
 *
 * @param wallNanos the elapsed wall-clock time
 * @param cpuNanos  the calling thread's CPU time
 */
public record Sample(long wallNanos, long cpuNanos) {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Nothing measured yet. */
    public static final Sample ZERO = new Sample(0, 0);

    /**
     * Reads both clocks now, for {@link #since(Sample)}.
     *
     * @return the clocks' readings
     */
    public static Sample now() {
        return new Sample(System.nanoTime(), THREADS.getCurrentThreadCpuTime());
    }

    /**
     * The span from an earlier reading to now.
     *
     * @param start the reading at the start
     * @return the elapsed times
     */
    public static Sample since(Sample start) {
        Sample end = now();
        return new Sample(end.wallNanos - start.wallNanos, end.cpuNanos - start.cpuNanos);
    }

    /**
     * Adds two spans.
     *
     * @param other the other span
     * @return the sum
     */
    public Sample plus(Sample other) {
        return new Sample(wallNanos + other.wallNanos, cpuNanos + other.cpuNanos);
    }

    /**
     * One clock's reading in milliseconds.
     *
     * @param cpu the CPU clock rather than the wall clock
     * @return milliseconds
     */
    public double millis(boolean cpu) {
        return (cpu ? cpuNanos : wallNanos) / 1e6;
    }
}
