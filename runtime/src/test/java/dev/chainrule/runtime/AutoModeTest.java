package dev.chainrule.runtime;

import dev.chainrule.runtime.support.Costs;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * AUTO's choice: from the priors (deterministic on a fresh function, which has no timings), from injected timings,
 * and once end to end with a function whose forward sweep is far slower than its prior says.
 */
class AutoModeTest {

    /** Counts as a generated view might report them: jvp 2 f, vjp 3 f, vector sweep 1.5 f + 0.5 f per direction. */
    private static final Costs COUNTED = new Costs(10, 20, 30, 15, 5, 0, 0);

    @Test
    void aHandWrittenGradientGoesReverseAndSaysWhy() {
        ModeChoice choice = Jacobians.explain(new TanhLayer.Vectorized(1000, 1, Costs.UNKNOWN));
        assertEquals(Mode.REVERSE, choice.mode());
        assertEquals("REVERSE: m = 1 adjoint sweep (est. 4.0 f) beats ceil(n/8) = 125 vector-forward sweeps"
                + " (est. 1187.5 f); costs are textbook ratios, the build did not count this function's sweeps",
                choice.reason());
        assertEquals(choice.reason(), choice.toString());
        assertAll(
                () -> assertEquals(125, choice.forward().sweeps()),
                () -> assertEquals(1187.5, choice.forward().evaluations()),
                () -> assertEquals(1, choice.reverse().sweeps()),
                () -> assertEquals(4.0, choice.reverse().evaluations()),
                () -> assertTrue(Double.isNaN(choice.reverse().nanos())),
                () -> assertEquals(0, choice.reverse().timedJacobians()),
                () -> assertEquals(8, choice.directionsPerSweep()));
    }

    @Test
    void withoutAVectorSweepEachDirectionCostsATangentSweep() {
        ModeChoice choice = Jacobians.explain(ExampleFunction.correct());
        assertEquals(Mode.FORWARD, choice.mode());
        assertEquals("FORWARD: n = 2 tangent sweeps (est. 5.0 f) beat m = 3 adjoint sweeps (est. 12.0 f); costs are"
                + " textbook ratios, the build did not count this function's sweeps; the priors are within 3x, so AUTO"
                + " times both modes now and then", choice.reason());
    }

    @Test
    void buildTimeCountsReplaceTheTextbookRatios() {
        // Forward: ceil(6/8) = 1 sweep of 1.5 + 6 · 0.5 = 4.5 f; reverse: 2 sweeps of 3 f.
        ModeChoice choice = Jacobians.explain(new TanhLayer.Vectorized(6, 2, COUNTED));
        assertEquals(Mode.FORWARD, choice.mode());
        assertEquals("FORWARD: ceil(n/8) = 1 vector-forward sweep (est. 4.5 f) beats m = 2 adjoint sweeps (est. 6.0 f);"
                + " costs from the build's operation counts; the priors are within 3x, so AUTO times both modes now and"
                + " then", choice.reason());
    }

    @Test
    void widerSweepsShareMoreWork() {
        TanhLayer f = new TanhLayer.Vectorized(20, 2, COUNTED);
        assertEquals(Mode.REVERSE, Jacobians.explain(f, 1).mode(), "20 · (1.5 + 0.5) = 40 f against 6 f");
        assertEquals(17.5, Jacobians.explain(f, 4).forward().evaluations(), "5 · 1.5 + 20 · 0.5");
        assertEquals(13.0, Jacobians.explain(f, 16).forward().evaluations(), "2 · 1.5 + 20 · 0.5");
    }

    @Test
    void forwardWinsATie() {
        // Forward 1.5 + 2.5 · 1 = 4 f and reverse 1 · 4 f.
        TanhLayer f = new TanhLayer.Vectorized(1, 1, new Costs(2, 5, 8, 3, 5, 0, 0));
        ModeChoice choice = Jacobians.explain(f);
        assertEquals(Mode.FORWARD, choice.mode());
        assertTrue(choice.reason().startsWith("FORWARD: ceil(n/8) = 1 vector-forward sweep (est. 4.0 f) ties with"
                + " m = 1 adjoint sweep (est. 4.0 f), and forward wins ties;"), choice::reason);
    }

    @ParameterizedTest(name = "n = {0}, m = {1} -> {2}")
    @CsvSource({"1, 4096, FORWARD", "16, 256, FORWARD", "64, 64, FORWARD", "128, 32, REVERSE", "256, 16, REVERSE",
                "4096, 1, REVERSE", "2, 1, FORWARD", "3, 1, REVERSE", "0, 5, FORWARD", "5, 0, REVERSE"})
    void theTextbookPriorsCrossOverWhereTheyShould(int n, int m, Mode expected) {
        // Vector forward: ceil(n/8) · 1.5 + n f; reverse: 4 m f. Square 64 × 64: 76 f against 256 f.
        assertEquals(expected, Jacobians.explain(new TanhLayer.Vectorized(n, m, Costs.UNKNOWN)).mode());
    }

    @Test
    void explainingRecordsNothing() {
        TanhLayer f = new TanhLayer(3, 3);
        Jacobians.explain(f);
        assertEquals(FunctionProfile.Timings.NONE, Profiles.of(f).timings());
    }

    @Test
    void timedJacobiansScaleTheEstimates() {
        TanhLayer f = new TanhLayer.Vectorized(6, 2, COUNTED);
        // Forward measured at 1000 ns per f, nothing for reverse: reverse borrows forward's scale, so the prior decides.
        Profiles.of(f).record(Mode.FORWARD, 4500, 4.5);
        ModeChoice borrowed = Jacobians.explain(f);
        assertEquals(Mode.FORWARD, borrowed.mode());
        assertEquals(4500.0, borrowed.forward().nanos());
        assertEquals(6000.0, borrowed.reverse().nanos());
        assertTrue(borrowed.reason().contains("(est. 4.5 f, measured 4.5 µs over 1 Jacobian)"), borrowed::reason);
        assertTrue(borrowed.reason().contains("(est. 6.0 f, about 6.0 µs)"), borrowed::reason);
        // Reverse measured at 100 ns per f: its 6 f now cost 600 ns against forward's 4.5 µs.
        Profiles.of(f).record(Mode.REVERSE, 600, 6);
        ModeChoice measured = Jacobians.explain(f);
        assertEquals(Mode.REVERSE, measured.mode());
        assertTrue(measured.reason().startsWith("REVERSE: m = 2 adjoint sweeps (est. 6.0 f, measured 600 ns over 1"
                + " Jacobian) beat ceil(n/8) = 1 vector-forward sweep (est. 4.5 f, measured 4.5 µs over 1 Jacobian)"),
                measured::reason);
    }

    @Test
    void timingsKeepTheFastestSampleOfEachMode() {
        FunctionProfile profile = new FunctionProfile(new TanhLayer(1, 1), SweepPrior.of(Costs.UNKNOWN, false, false));
        // A cold first call, then the compiled code, then a call slowed by another process.
        for (long nanos : new long[] {9000, 400, 300, 1250}) {
            profile.record(Mode.REVERSE, nanos, 2);
        }
        FunctionProfile.Timings timings = profile.timings();
        assertEquals(150, timings.reverseScale(), 1e-9, "the fastest, 300 ns over 2 f");
        assertEquals(4, timings.reverseSamples());
        assertEquals(0, timings.forwardSamples());
        assertEquals(150, timings.scale(Mode.FORWARD), 1e-9, "an untimed mode borrows the other's scale");
    }

    @Test
    void autoTimesItsFirstJacobiansAndExploresCloseModes() {
        TanhLayer close = new TanhLayer(3, 2);
        TanhLayer far = new TanhLayer.Vectorized(200, 1, Costs.UNKNOWN);
        double[] x = {0.1, 0.2, 0.3};
        double[][] forward = Jacobians.jacobian(close, x, Mode.FORWARD);
        double[][] reverse = Jacobians.jacobian(close, x, Mode.REVERSE);
        for (int k = 0; k < AutoMode.TIME_EVERY_CALL; k++) {
            double[][] auto = Jacobians.jacobian(close, x);
            // Whichever mode ran, the result is exactly that mode's Jacobian.
            assertTrue(Arrays.deepEquals(auto, forward) || Arrays.deepEquals(auto, reverse), "call " + k);
            Jacobians.jacobian(far, new double[200]);
        }
        FunctionProfile.Timings closeTimings = Profiles.of(close).timings();
        assertEquals(AutoMode.TIME_EVERY_CALL / 2, closeTimings.forwardSamples(), "7.5 f against 8 f: both timed");
        assertEquals(AutoMode.TIME_EVERY_CALL / 2, closeTimings.reverseSamples());
        FunctionProfile.Timings farTimings = Profiles.of(far).timings();
        assertEquals(0, farTimings.forwardSamples(), "237.5 f against 4 f: forward never runs");
        assertEquals(AutoMode.TIME_EVERY_CALL, farTimings.reverseSamples());
    }

    @Test
    void timingOverrulesAPriorThatIsWrong() {
        // The prior says forward (5 f against 8 f), but every tangent sweep spins for 200 µs: a margin of about a
        // thousand over the reverse sweeps, so scheduling noise cannot flip the outcome.
        TanhLayer slowForward = new TanhLayer(2, 2) {
            @Override
            public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
                long until = System.nanoTime() + 200_000;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                super.jvp(x, v, y, yDot);
            }
        };
        assertEquals(Mode.FORWARD, Jacobians.explain(slowForward).mode());
        for (int k = 0; k < AutoMode.TIME_EVERY_CALL; k++) {
            Jacobians.jacobian(slowForward, new double[] {0.5, -0.5});
        }
        ModeChoice choice = Jacobians.explain(slowForward);
        assertEquals(Mode.REVERSE, choice.mode(), choice::reason);
    }

    @Test
    void eachInstanceHasItsOwnProfile() {
        TanhLayer a = new TanhLayer(2, 2);
        TanhLayer b = new TanhLayer(2, 2);
        FunctionProfile profileOfA = Profiles.of(a);
        assertSame(profileOfA, Profiles.of(a));
        assertNotSame(profileOfA, Profiles.of(b));
        assertSame(profileOfA, Profiles.of(a), "found again after another instance was looked up");
    }

    @Test
    void aClassKeepsABoundedNumberOfProfiles() {
        List<TanhLayer> alive = new ArrayList<>();
        for (int k = 0; k <= Profiles.PER_CLASS; k++) {
            alive.add(new TwoByTwo());
        }
        FunctionProfile first = Profiles.of(alive.get(0));
        for (TanhLayer f : alive.subList(1, alive.size())) {
            Profiles.of(f);
        }
        // The least recently used profile was dropped to make room, so the first instance starts over.
        assertNotSame(first, Profiles.of(alive.get(0)));
    }

    /** A class of its own, so that no other test's instances share its profiles. */
    private static final class TwoByTwo extends TanhLayer {
        TwoByTwo() {
            super(2, 2);
        }
    }
}
