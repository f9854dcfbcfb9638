package dev.chainrule.runtime.trace;

import static dev.chainrule.runtime.trace.Oracles.NUMERIC;
import static dev.chainrule.runtime.trace.Oracles.ROUNDING;
import static dev.chainrule.runtime.trace.Oracles.assertClose;
import static dev.chainrule.runtime.trace.Oracles.assertConsistent;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Vector functions, arrays of active values, outputs that are inputs or constants, and the strong zero across the
 * tape: the Jacobian in every mode against central differences.
 */
class ShapesTest {

    /**
     * {@code R³ -> R⁴}: a running product through an array of active values, an input passed through, a constant, and
     * an output that repeats another.
     */
    private static Active[] shapes(Active[] x) {
        Active[] prefix = new Active[x.length];
        Active p = Active.constant(1);
        for (int i = 0; i < x.length; i++) {
            p = p.mul(ActiveMath.cos(x[i]));
            prefix[i] = p;
        }
        return new Active[] {prefix[x.length - 1].add(prefix[0]), x[1], Active.constant(7), prefix[0]};
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void theJacobianOfAVectorFunctionMatchesCentralDifferences(Execution execution) {
        TracedFunction f = Tracing.vector(3, 4, ShapesTest::shapes, execution);
        Random random = new Random(3);
        for (int p = 0; p < 3; p++) {
            double[] x = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
            double[][] reverse = Jacobians.jacobian(f, x, Mode.REVERSE);
            for (int r = 0; r < 4; r++) {
                int row = r;
                assertClose(Oracles.centralGradient(z -> f.value(z)[row], x), reverse[r], NUMERIC, "row " + r);
            }
            assertClose(new double[] {0, 0, 0}, reverse[2], 0, "the constant's row");
            double[] v = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
            double[] w = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
            assertConsistent(f, x, v, w, execution + " at point " + p);
        }
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void anInfinitePartialTimesAZeroSeedContributesNothing(Execution execution) {
        // max(sqrt(x0), 1) at x0 = 0: sqrt'(0) is infinite, but max ignores sqrt there; x1 · 0 + x1 keeps x1 active.
        TracedFunction f = Tracing.scalar(2, x -> ActiveMath.max(ActiveMath.sqrt(x[0]), 1).add(x[1]), execution);
        double[] x = {0, 3};
        assertArrayEquals(new double[] {0, 1}, f.vjp(x, new double[] {1}));
        assertArrayEquals(new double[] {1}, f.jvp(x, new double[] {1, 1}));
        // The infinite tangent of sqrt meets max's zero partial: still 0, not NaN.
        assertArrayEquals(new double[] {0}, f.jvp(x, new double[] {1, 0}));
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aConstantFunctionHasAZeroGradient(Execution execution) {
        TracedFunction f = Tracing.scalar(2, x -> Active.constant(4), execution);
        assertArrayEquals(new double[] {0, 0}, f.vjp(new double[] {1, 2}, new double[] {1}));
        assertArrayEquals(new double[] {0}, f.jvp(new double[] {1, 2}, new double[] {1, 1}));
        assertArrayEquals(new double[] {4}, f.value(new double[] {1, 2}));
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void anArrayWrittenInALoopIsDifferentiatedThroughEveryElement(Execution execution) {
        // A cumulative sum kept in an array, then the sum of its squares.
        TracedFunction f = Tracing.scalar(4, x -> {
            Active[] c = new Active[x.length];
            c[0] = x[0];
            for (int i = 1; i < x.length; i++) {
                c[i] = c[i - 1].add(x[i]);
            }
            Active s = Active.constant(0);
            for (Active ci : c) {
                s = s.add(ci.mul(ci));
            }
            return s;
        }, execution);
        double[] x = {1, 2, 3, 4};
        // d/dx_j Σ_i c_i² = Σ_{i >= j} 2 c_i, with c = 1, 3, 6, 10.
        assertClose(new double[] {40, 38, 32, 20}, f.vjp(x, new double[] {1}), ROUNDING, "gradient");
        assertEquals(1 + 9 + 36 + 100, f.value(x)[0]);
    }
}
