package dev.chainrule.runtime.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chainrule.runtime.TapeMemory;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The memory of traced functions: a trace past {@link TapeMemory#maxTraceNodes()} stops with an exception that names
 * the limit, a thread's workspace goes back to nothing after a call that grew it past
 * {@link TapeMemory#retainBytes()}, and a call below that allocates nothing.
 */
class TraceMemoryTest {

    private final long retainBytes = TapeMemory.retainBytes();
    private final long maxTraceNodes = TapeMemory.maxTraceNodes();

    @AfterEach
    void restoreTheSettings() {
        TapeMemory.setRetainBytes(retainBytes);
        TapeMemory.setMaxTraceNodes(maxTraceNodes);
    }

    /** {@code s ← 0.999 s + x1 sin(s)} from {@code s = x0}: a recurrence of 4 nodes per step. */
    private static TraceableScalar recurrence(int steps) {
        return x -> {
            Active s = x[0];
            for (int i = 0; i < steps; i++) {
                s = s.mul(0.999).add(ActiveMath.sin(s).mul(x[1]));
            }
            return s;
        };
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aTraceLongerThanTheLimitStopsWithAnExceptionThatNamesIt(Execution execution) {
        TapeMemory.setMaxTraceNodes(1000);
        TracedFunction f = Tracing.scalar(2, recurrence(1000), execution);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> f.vjp(new double[] {0.5, 0.01}, new double[] {1}));
        assertEquals("the traced function recorded 1000 nodes, the most a trace may have (chainrule.trace.maxNodes ="
                + " 1000); raise the limit with -Dchainrule.trace.maxNodes=N or TapeMemory.setMaxTraceNodes(N), with"
                + " heap to match (about 64 bytes per node), or trace fewer steps", e.getMessage());
        assertEquals(0, f.traceCount());
        // Within the limit the same function traces and runs.
        TracedFunction shorter = Tracing.scalar(2, recurrence(200), execution);
        assertEquals(Math.pow(0.999, 200), shorter.vjp(new double[] {0.5, 0}, new double[] {1})[0], 1e-12);
        TapeMemory.setMaxTraceNodes(maxTraceNodes);
        assertEquals(2, f.vjp(new double[] {0.5, 0.01}, new double[] {1}).length);
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aWorkspaceGrownPastTheThresholdIsDroppedAfterTheCall(Execution execution) {
        TapeMemory.setRetainBytes(1L << 20);
        // 4 · 25 000 nodes: 800 KB of values and as much of adjoints.
        TracedFunction large = Tracing.scalar(2, recurrence(25_000), execution);
        large.vjp(new double[] {0.5, 0.01}, new double[] {1});
        assertEquals(0, Tracing.workspaceBytes());
        assertTrue(Tracing.peakWorkspaceBytes() >= 2 * 8 * 100_000, "peak " + Tracing.peakWorkspaceBytes());
        // A small function's workspace stays for the next call.
        TracedFunction small = Tracing.scalar(2, recurrence(10), execution);
        small.vjp(new double[] {0.5, 0.01}, new double[] {1});
        long held = Tracing.workspaceBytes();
        assertTrue(held > 0 && held < 1L << 20, "held " + held);
        small.vjp(new double[] {0.5, 0.02}, new double[] {1});
        assertEquals(held, Tracing.workspaceBytes());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aCallAfterTheFirstAllocatesNothing(Execution execution) {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        double[] data = {0.999, 0.5};
        TracedFunction f = Tracing.scalar(2, data, (x, d) -> {
            Active s = x[0];
            for (int i = 0; i < 100; i++) {
                s = s.mul(d[0]).add(ActiveMath.sin(s).mul(x[1]).mul(d[1]));
            }
            return s;
        }, execution);
        double[] x = {0.5, 0.01};
        double[] w = {1};
        double[] y = new double[1];
        double[] xBar = new double[2];
        double[] v = {1, 0};
        double[] yDot = new double[1];
        for (int warm = 0; warm < 3; warm++) {
            f.vjp(x, w, y, xBar);
            f.jvp(x, v, y, yDot);
            f.value(x, y);
        }
        double[] first = xBar.clone();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int call = 0; call < 100; call++) {
            f.vjp(x, w, y, xBar);
            f.jvp(x, v, y, yDot);
            f.value(x, y);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        // 300 calls: an array or an object per call would allocate kilobytes. Leave room for the probe.
        assertTrue(allocated < 2048, "allocated " + allocated + " bytes");
        assertArrayEquals(first, xBar);
    }
}
