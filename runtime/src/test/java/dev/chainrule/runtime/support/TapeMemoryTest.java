package dev.chainrule.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.TapeMemory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A tape that a sweep grew past {@link TapeMemory#retainBytes()} goes back to its initial size once it is empty
 * again, and only then; {@link Tape#heldBytes()} and {@link Tape#peakBytes()} report what it holds and held.
 */
class TapeMemoryTest {

    // A sweep of this many entries on each of three stacks holds about 2.6 MB: past the 1 MiB set below.
    private static final int LONG_SWEEP = 1 << 17;
    private static final long THRESHOLD = 1L << 20;

    private final long retainBytes = TapeMemory.retainBytes();
    private final Tape tape = new Tape();

    @AfterEach
    void restoreTheSetting() {
        TapeMemory.setRetainBytes(retainBytes);
    }

    @Test
    void aTapeGrownPastTheThresholdGoesBackToItsInitialSizeWhenItEmpties() {
        TapeMemory.setRetainBytes(THRESHOLD);
        long initial = tape.heldBytes();
        assertTrue(initial < 64 << 10, "a new tape holds " + initial + " bytes");
        pushLongSweep(tape);
        long grown = tape.heldBytes();
        assertTrue(grown > THRESHOLD, "the sweep's tape holds " + grown + " bytes");
        popLongSweep(tape);
        assertEquals(initial, tape.heldBytes());
        assertEquals(Tape.INITIAL_CAPACITY, tape.doubleCapacity());
        assertEquals(grown, tape.peakBytes(), "the peak is the sweep's");
        // The tape works as before after shrinking, and grows again when it must.
        pushLongSweep(tape);
        popLongSweep(tape);
        assertEquals(initial, tape.heldBytes());
    }

    @Test
    void aTapeBelowTheThresholdKeepsItsCapacity() {
        TapeMemory.setRetainBytes(64L << 20);
        pushLongSweep(tape);
        long grown = tape.heldBytes();
        popLongSweep(tape);
        assertEquals(grown, tape.heldBytes());
        assertTrue(tape.doubleCapacity() >= LONG_SWEEP);
    }

    @Test
    void noStackShrinksWhileAnotherStillHoldsAnOuterSweepsEntries() {
        TapeMemory.setRetainBytes(THRESHOLD);
        tape.pushBoolean(true);
        tape.pushLong(7);
        double[] cell = tape.cell();
        pushLongSweep(tape);
        popLongSweep(tape);
        // The inner sweep emptied its stacks, but the outer one's boolean, long and cell are still on the tape.
        assertTrue(tape.heldBytes() > THRESHOLD);
        assertTrue(tape.popBoolean());
        assertTrue(tape.heldBytes() > THRESHOLD);
        assertEquals(7, tape.popLong());
        assertTrue(tape.heldBytes() > THRESHOLD);
        cell[0] = 1;
        tape.release(1);
        assertEquals(Tape.INITIAL_CAPACITY, tape.doubleCapacity(), "the last release ends the outermost sweep");
        assertTrue(tape.heldBytes() < THRESHOLD);
    }

    @Test
    void theMarkOfAnOuterCallKeepsTheTapeUntilItsSeedIsChecked() {
        TapeMemory.setRetainBytes(THRESHOLD);
        tape.mark();
        pushLongSweep(tape);
        popLongSweep(tape);
        assertTrue(tape.heldBytes() > THRESHOLD, "a mark means an outer sweep is still running");
        double[] result = new double[2];
        // A rejected seed rewinds to the mark: the tape is then empty, and shrinks.
        assertThrows(IllegalArgumentException.class, () -> tape.checkSeed(new double[3], result));
        assertEquals(Tape.INITIAL_CAPACITY, tape.doubleCapacity());
    }

    @Test
    void clearShrinksATapeLeftFullByAnAbandonedSweep() {
        TapeMemory.setRetainBytes(THRESHOLD);
        pushLongSweep(tape);
        tape.clear();
        assertEquals(Tape.INITIAL_CAPACITY, tape.doubleCapacity());
        assertTrue(tape.heldBytes() < THRESHOLD);
    }

    @Test
    void zeroReturnsEveryGrownTapeToItsInitialSize() {
        TapeMemory.setRetainBytes(0);
        long initial = tape.heldBytes();
        for (int k = 0; k < 2 * Tape.INITIAL_CAPACITY; k++) {
            tape.pushInt(k);
        }
        assertTrue(tape.heldBytes() > initial);
        for (int k = 2 * Tape.INITIAL_CAPACITY - 1; k >= 0; k--) {
            assertEquals(k, tape.popInt());
        }
        assertEquals(initial, tape.heldBytes());
    }

    @Test
    void theReportCountsEachStacksEntries() {
        long initial = tape.heldBytes();
        tape.pushDouble(1);
        for (int k = 0; k < Tape.INITIAL_CAPACITY; k++) {
            tape.pushDouble(k);
        }
        // The double stack doubled: 1024 more entries of 8 bytes.
        assertEquals(initial + 8L * Tape.INITIAL_CAPACITY, tape.heldBytes());
        assertEquals(tape.heldBytes(), tape.peakBytes());
        tape.clear();
    }

    @Test
    void badSettingsAreRefused() {
        assertEquals("retainBytes is -1, expected at least 0",
                assertThrows(IllegalArgumentException.class, () -> TapeMemory.setRetainBytes(-1)).getMessage());
        assertEquals("maxTraceNodes is 0, expected at least 1",
                assertThrows(IllegalArgumentException.class, () -> TapeMemory.setMaxTraceNodes(0)).getMessage());
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        if (System.getProperty(TapeMemory.RETAIN_BYTES_PROPERTY) == null) {
            assertEquals(TapeMemory.DEFAULT_RETAIN_BYTES, retainBytes);
        }
        if (System.getProperty(TapeMemory.MAX_TRACE_NODES_PROPERTY) == null) {
            assertEquals(Runtime.getRuntime().maxMemory() / TapeMemory.TRACE_BYTES_PER_NODE,
                    TapeMemory.maxTraceNodes());
        }
    }

    private static void pushLongSweep(Tape tape) {
        for (int k = 0; k < LONG_SWEEP; k++) {
            tape.pushDouble(k);
            tape.pushInt(k);
            tape.pushObject(tape);
        }
    }

    private static void popLongSweep(Tape tape) {
        for (int k = LONG_SWEEP - 1; k >= 0; k--) {
            assertEquals(tape, tape.popObject());
            assertEquals(k, tape.popInt());
            assertEquals(k, tape.popDouble());
        }
    }
}
