package dev.chainrule.runtime.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.Gradients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Values a traced function reads besides its inputs are constants of its tape: a new wrapper never hands back a tape
 * recorded by another, a wrapper whose captured values changed before its tape's second call says so instead of
 * answering with the old values, and compiled code is shared only between identical programs.
 */
class CapturedValuesTest {

    private static final double X = 1.1278;

    // Read by a traced function, as a user's static configuration would be.
    private static double scale = 1;

    /**
     * The regression: tapes were cached per function object, so the second wrapper replayed the tape recorded with
     * {@code data = {1, 2}} and answered {@code 2x} where {@code 20x} is right.
     */
    @ParameterizedTest
    @EnumSource(Execution.class)
    void aNewWrapperAfterTheCapturedArrayChangedDoesNotReuseTheStaleTape(Execution execution) {
        double[] data = {1, 2};
        TraceableScalar f = x -> x[0].mul(data[0]).mul(x[0]).add(data[1]);
        assertEquals(2 * X, Gradients.gradient(Tracing.scalar(1, f, execution), new double[] {X})[0], 1e-15);
        data[0] = 10;
        data[1] = -4;
        assertEquals(20 * X, Gradients.gradient(Tracing.scalar(1, f, execution), new double[] {X})[0], 1e-14);
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aNewWrapperDoesNotTakeCodeCompiledForOtherCapturedValues(Execution execution) {
        double[] data = {1, 2};
        TraceableScalar f = x -> x[0].mul(data[0]).mul(x[0]).add(data[1]);
        TracedFunction first = Tracing.scalar(1, f, execution);
        for (int call = 0; call < 3; call++) {
            assertEquals(2 * X, Gradients.gradient(first, new double[] {X})[0], 1e-15);
        }
        data[0] = 10;
        data[1] = -4;
        TracedFunction second = Tracing.scalar(1, f, execution);
        for (int call = 0; call < 3; call++) {
            assertEquals(20 * X, Gradients.gradient(second, new double[] {X})[0], 1e-14);
            assertEquals(10 * X * X - 4, second.value(new double[] {X})[0], 1e-14);
        }
        assertEquals(execution == Execution.COMPILED, second.isCompiled());
        assertEquals(1, second.traceCount());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aCapturedArrayChangedBeforeTheSecondCallIsReported(Execution execution) {
        double[] data = {1, 2};
        TracedFunction f = Tracing.scalar(1, x -> x[0].mul(data[0]).mul(x[0]).add(data[1]), execution);
        assertEquals(2 * X, Gradients.gradient(f, new double[] {X})[0], 1e-15);
        data[0] = 10;
        IllegalStateException stale = assertThrows(IllegalStateException.class,
                () -> Gradients.gradient(f, new double[] {X}));
        assertTrue(stale.getMessage().contains("a value it reads besides its inputs changed"), stale.getMessage());
        assertTrue(stale.getMessage().contains("as data"), stale.getMessage());
        // Still refused at the next call: no answer computed with the old values slips through.
        assertThrows(IllegalStateException.class, () -> f.value(new double[] {X}));
        // Tracing again on purpose records the new values.
        f.trace(new double[] {X});
        for (int call = 0; call < 3; call++) {
            assertEquals(20 * X, Gradients.gradient(f, new double[] {X})[0], 1e-14);
        }
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aStaticReadByTheFunctionIsAConstantOfTheTape(Execution execution) {
        scale = 3;
        TraceableScalar f = x -> x[0].mul(x[0]).mul(scale);
        TracedFunction before = Tracing.scalar(1, f, execution);
        assertEquals(6 * X, Gradients.gradient(before, new double[] {X})[0], 1e-14);
        assertEquals(6 * X, Gradients.gradient(before, new double[] {X})[0], 1e-14);
        scale = 5;
        assertEquals(10 * X, Gradients.gradient(Tracing.scalar(1, f, execution), new double[] {X})[0], 1e-14);
        scale = 1;
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aFunctionThatDecidesFromValueIsReportedWhenItsProgramChanges(Execution execution) {
        // Not a guard: the coefficient follows x through value(), which the tape cannot see.
        TracedFunction f = Tracing.scalar(1, x -> x[0].mul(x[0].value() > 0 ? 1 : -1), execution);
        assertEquals(1, Gradients.gradient(f, new double[] {2})[0]);
        assertThrows(IllegalStateException.class, () -> Gradients.gradient(f, new double[] {-2}));
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void changesAfterTheSecondCallAreNotSeenAsTheContractSays(Execution execution) {
        // The documented limit of the check: past a tape's second call, captured values are its constants.
        double[] data = {1};
        TracedFunction f = Tracing.scalar(1, x -> x[0].mul(x[0]).mul(data[0]), execution);
        Gradients.gradient(f, new double[] {X});
        Gradients.gradient(f, new double[] {X});
        data[0] = 7;
        assertEquals(2 * X, Gradients.gradient(f, new double[] {X})[0], 1e-15);
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void eachWrapperTracesForItself(Execution execution) {
        TraceableScalar f = x -> x[0].mul(x[0]);
        TracedFunction first = Tracing.scalar(1, f, execution);
        first.value(new double[] {1});
        first.value(new double[] {2});
        TracedFunction second = Tracing.scalar(1, f, execution);
        assertEquals(1, first.traceCount());
        assertEquals(0, second.traceCount());
        second.value(new double[] {3});
        assertEquals(1, second.traceCount());
        assertEquals(1, first.traceCount());
    }

    @Test
    void identicalProgramsShareCompiledCode() {
        double[] data = {2};
        TraceableScalar f = x -> ActiveMath.sin(x[0]).mul(data[0]);
        TracedFunction first = Tracing.scalar(1, f);
        first.value(new double[] {1});
        first.value(new double[] {2});
        assertTrue(first.isCompiled());
        TracedFunction second = Tracing.scalar(1, f);
        second.value(new double[] {3});
        // Traced again, found to be the same program, and run by the code already compiled.
        assertTrue(second.isCompiled());
        assertSame(first.currentVariant().compiledEngine(), second.currentVariant().compiledEngine());
        assertArrayEquals(new double[] {2 * Math.cos(0.5)}, Gradients.gradient(second, new double[] {0.5}), 1e-15);

        data[0] = 3;
        TracedFunction third = Tracing.scalar(1, f);
        third.value(new double[] {3});
        assertFalse(third.isCompiled());
        assertArrayEquals(new double[] {3 * Math.cos(0.5)}, Gradients.gradient(third, new double[] {0.5}), 1e-15);
        Gradients.gradient(third, new double[] {0.5});
        assertTrue(third.isCompiled());
        assertNotSame(first.currentVariant().compiledEngine(), third.currentVariant().compiledEngine());
    }
}
