package dev.chainrule.runtime.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.Gradients;
import dev.chainrule.runtime.trace.engine.Engine;
import dev.chainrule.runtime.trace.engine.Workspace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Comparisons on active values are guards: a replay where one comes out otherwise traces again, in both engines, and
 * the derivative is that of the branch taken at the new point.
 */
class BranchesTest {

    /** {@code x0 > x1 ? x0² x1 : sin(x1) - x0}: two formulas, chosen by a comparison of two inputs. */
    private static Active piecewise(Active[] x) {
        return x[0].gt(x[1]) ? x[0].mul(x[0]).mul(x[1]) : ActiveMath.sin(x[1]).sub(x[0]);
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aChangedBranchIsTracedAgain(Execution execution) {
        TracedFunction f = Tracing.scalar(2, BranchesTest::piecewise, execution);
        assertArrayEquals(new double[] {2 * 2 * 1, 2 * 2}, Gradients.gradient(f, new double[] {2, 1}), 1e-15);
        assertEquals(1, f.traceCount());
        assertFalse(f.isCompiled());
        // The same branch elsewhere: replayed, not traced, and compiled now that the tape serves a second call.
        assertArrayEquals(new double[] {2 * 3 * 2, 3 * 3}, Gradients.gradient(f, new double[] {3, 2}), 1e-15);
        assertEquals(1, f.traceCount());
        assertEquals(execution == Execution.COMPILED, f.isCompiled());
        // The other branch: traced again, and its derivative.
        assertArrayEquals(new double[] {-1, Math.cos(2)}, Gradients.gradient(f, new double[] {1, 2}), 1e-15);
        assertEquals(2, f.traceCount());
        assertFalse(f.isCompiled());
        assertArrayEquals(new double[] {-1, Math.cos(3)}, Gradients.gradient(f, new double[] {0, 3}), 1e-15);
        assertEquals(2, f.traceCount());
        assertEquals(execution == Execution.COMPILED, f.isCompiled());
        // Back to the first branch, compiled at once by an explicit trace.
        f.trace(new double[] {2, 1});
        assertEquals(execution == Execution.COMPILED, f.isCompiled());
        assertArrayEquals(new double[] {2 * 2 * 1, 2 * 2}, Gradients.gradient(f, new double[] {2, 1}), 1e-15);
        assertEquals(3, f.traceCount());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aLoopWhoseTripCountDependsOnTheInputIsTracedPerTripCount(Execution execution) {
        // Doubles x until it reaches 10: f(x) = 2^k x with k the number of trips.
        TracedFunction f = Tracing.scalar(1, x -> {
            Active s = x[0];
            while (s.lt(10)) {
                s = s.mul(2);
            }
            return s;
        }, execution);
        assertEquals(4, Gradients.gradient(f, new double[] {3})[0]);
        assertEquals(4, Gradients.gradient(f, new double[] {4})[0]);
        assertEquals(1, f.traceCount());
        assertEquals(16, Gradients.gradient(f, new double[] {1})[0]);
        assertEquals(2, f.traceCount());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aGuardOnConstantsOnlyNeverFails(Execution execution) {
        TracedFunction f = Tracing.scalar(1, x -> Active.constant(1).lt(2) ? x[0].mul(3) : x[0], execution);
        assertEquals(3, Gradients.gradient(f, new double[] {5})[0]);
        assertEquals(3, Gradients.gradient(f, new double[] {-5})[0]);
        assertEquals(1, f.traceCount());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void everyComparisonIsGuarded(Execution execution) {
        // Each comparison's outcome picks a different coefficient, so a missed guard gives a wrong derivative.
        TracedFunction f = Tracing.scalar(1, x -> {
            Active s = Active.constant(0);
            s = x[0].lt(1) ? s.add(x[0]) : s;
            s = x[0].le(2) ? s.add(x[0].mul(10)) : s;
            s = x[0].gt(3) ? s.add(x[0].mul(100)) : s;
            s = x[0].ge(4) ? s.add(x[0].mul(1000)) : s;
            return s;
        }, execution);
        double[][] cases = {{0, 11}, {1.5, 10}, {2, 10}, {2.5, 0}, {3.5, 100}, {4, 1100}, {0.5, 11}};
        for (double[] c : cases) {
            assertEquals(c[1], Gradients.gradient(f, new double[] {c[0]})[0], "at " + c[0]);
        }
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aComparisonWithNaNIsGuardedToo(Execution execution) {
        // NaN compares false every way: the else branch.
        TracedFunction f = Tracing.scalar(1, x -> ActiveMath.sqrt(x[0]).lt(1) ? x[0] : x[0].mul(2),
                execution);
        assertEquals(1, Gradients.gradient(f, new double[] {0.25})[0]);
        assertEquals(2, Gradients.gradient(f, new double[] {-1})[0]);
        assertEquals(2, f.traceCount());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void theEngineReportsAFailedGuardInsteadOfAnAnswer(Execution execution) {
        TracedFunction f = Tracing.scalar(2, BranchesTest::piecewise, execution);
        f.trace(new double[] {2, 1});
        Engine engine = f.currentVariant().engine(execution);
        double[] y = new double[1];
        double[] data = {};
        assertTrue(engine.value(new double[] {5, 1}, data, y, Workspace.current()));
        assertEquals(25, y[0]);
        assertFalse(engine.value(new double[] {1, 5}, data, y, Workspace.current()));
        assertFalse(engine.vjp(new double[] {1, 1}, data, new double[] {1}, y, new double[2], Workspace.current()));
        assertFalse(engine.jvp(new double[] {1, 1}, data, new double[2], y, new double[1], Workspace.current()));
    }
}
