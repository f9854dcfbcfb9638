package dev.chainrule.samples.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.TapeMemory;
import dev.chainrule.runtime.support.Tape;
import dev.chainrule.runtime.trace.Active;
import dev.chainrule.runtime.trace.ActiveMath;
import dev.chainrule.runtime.trace.Execution;
import dev.chainrule.runtime.trace.TracedFunction;
import dev.chainrule.runtime.trace.Tracing;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A long simulation differentiated in reverse mode, by generated code and by tracing: the thread keeps the memory the
 * sweep needed only up to {@link TapeMemory#retainBytes()}, and the two give the same gradient.
 */
class LongSweepMemoryTest {

    private static final int STEPS = 300_000;
    private static final double X = 0.5;
    private static final double A = 0.01;
    // The generated sweep saves two doubles per step, 4.8 MB in all: past the 1 MiB set here.
    private static final long THRESHOLD = 1L << 20;

    private final long retainBytes = TapeMemory.retainBytes();

    @AfterEach
    void restoreTheSetting() {
        TapeMemory.setRetainBytes(retainBytes);
    }

    @Test
    void aPoolThreadDoesNotKeepTheTapeOfALongSimulation() throws Exception {
        TapeMemory.setRetainBytes(THRESHOLD);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            long[] report = pool.submit(() -> {
                long before = Tape.current().heldBytes();
                AnnotatedRecurrenceDerivatives.recurrenceVjp(X, A, STEPS, 1, new double[1], new double[1]);
                return new long[] {before, Tape.current().heldBytes(), Tape.current().peakBytes()};
            }).get(60, TimeUnit.SECONDS);
            assertEquals(report[0], report[1], "the pool thread's tape is back to its initial size");
            assertTrue(report[2] >= 2L * Double.BYTES * STEPS, "the sweep itself needed " + report[2] + " bytes");
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void generatedAndTracedReverseModeAgreeAndNeitherKeepsItsMemory(Execution execution) {
        TapeMemory.setRetainBytes(THRESHOLD);
        double[] xBar = new double[1];
        double[] aBar = new double[1];
        double value = AnnotatedRecurrenceDerivatives.recurrenceVjp(X, A, STEPS, 1, xBar, aBar);
        assertTrue(Tape.current().heldBytes() < THRESHOLD, "held " + Tape.current().heldBytes());

        TracedFunction traced = Tracing.scalar(2, x -> {
            Active s = x[0];
            for (int i = 0; i < STEPS; i++) {
                s = s.mul(0.999).add(x[1].mul(ActiveMath.sin(s)));
            }
            return s;
        }, execution);
        double[] y = new double[1];
        double[] gradient = new double[2];
        traced.vjp(new double[] {X, A}, new double[] {1}, y, gradient);
        assertEquals(value, y[0]);
        assertEquals(xBar[0], gradient[0], 1e-12 * Math.abs(xBar[0]));
        assertEquals(aBar[0], gradient[1], 1e-12 * Math.abs(aBar[0]));
        assertEquals(0, Tracing.workspaceBytes(), "the tracing workspace is dropped after the call");
        assertTrue(Tracing.peakWorkspaceBytes() >= 2L * Double.BYTES * 4 * STEPS);
    }
}
