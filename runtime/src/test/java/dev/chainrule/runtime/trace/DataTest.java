package dev.chainrule.runtime.trace;

import static dev.chainrule.runtime.trace.Oracles.NUMERIC;
import static dev.chainrule.runtime.trace.Oracles.ROUNDING;
import static dev.chainrule.runtime.trace.Oracles.assertClose;
import static dev.chainrule.runtime.trace.Oracles.centralGradient;
import static dev.chainrule.runtime.trace.Oracles.traceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.Gradients;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Data are leaves of the tape that every call reads again: after the data change, the same tape (interpreted or
 * compiled) gives the new function's value and derivatives, comparisons on data are guards, and views with other data
 * share the function's tapes.
 */
class DataTest {

    private static final int POINTS = 40;

    /** {@code Σ_i (x0 · d[2i] + x1 - d[2i+1])² + sin(x0 · d[2i])}: a loop whose repetitions read data by stride. */
    private static Active leastSquares(Active[] x, Active[] d) {
        Active s = Active.constant(0);
        for (int i = 0; i < d.length / 2; i++) {
            Active t = x[0].mul(d[2 * i]);
            Active r = t.add(x[1]).sub(d[2 * i + 1]);
            s = s.add(r.mul(r)).add(ActiveMath.sin(t));
        }
        return s;
    }

    private static double[] leastSquaresGradient(double[] x, double[] d) {
        double[] g = new double[2];
        for (int i = 0; i < d.length / 2; i++) {
            double r = x[0] * d[2 * i] + x[1] - d[2 * i + 1];
            g[0] += 2 * r * d[2 * i] + Math.cos(x[0] * d[2 * i]) * d[2 * i];
            g[1] += 2 * r;
        }
        return g;
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void theReproducerWrittenWithDataFollowsTheData(Execution execution) {
        double[] data = {1, 2};
        TracedFunction f = Tracing.scalar(1, data, (x, d) -> x[0].mul(d[0]).mul(x[0]).add(d[1]), execution);
        double x = 1.1278;
        Random random = new Random(3);
        for (int change = 0; change < 5; change++) {
            for (int call = 0; call < 3; call++) {
                assertEquals(2 * data[0] * x, Gradients.gradient(f, new double[] {x})[0], 1e-14 * Math.abs(data[0]));
                assertEquals(data[0] * x * x + data[1], f.value(new double[] {x})[0], 1e-13);
            }
            data[0] = random.nextGaussian() * 10;
            data[1] = random.nextGaussian();
        }
        assertEquals(1, f.traceCount());
        assertEquals(execution == Execution.COMPILED, f.isCompiled());
        assertEquals(2, f.dataDimension());
    }

    @Test
    void interpretedAndCompiledAgreeWithCentralDifferencesAfterTheDataChange() {
        double[] data = new Random(5).doubles(2 * POINTS, -1, 1).toArray();
        TracedFunction compiled = Tracing.scalar(2, data, DataTest::leastSquares, Execution.COMPILED);
        TracedFunction interpreted = Tracing.scalar(2, data, DataTest::leastSquares, Execution.INTERPRETED);
        double[] x = {0.7, -0.3};
        compiled.trace(x);
        assertTrue(compiled.isCompiled());
        assertFalse(traceOf(compiled).loops().isEmpty(), "the data are read by a loop");
        Random random = new Random(6);
        for (int change = 0; change < 4; change++) {
            for (int i = 0; i < data.length; i++) {
                data[i] = random.nextGaussian();
            }
            String at = "data set " + change;
            double[] fromCompiled = compiled.vjp(x, new double[] {1});
            assertClose(interpreted.vjp(x, new double[] {1}), fromCompiled, ROUNDING, at + ": compiled vs interpreted");
            assertClose(leastSquaresGradient(x, data), fromCompiled, ROUNDING, at + ": closed form");
            assertClose(centralGradient(z -> interpreted.value(z)[0], x), fromCompiled, NUMERIC, at + ": central");
            assertClose(centralGradient(z -> compiled.value(z)[0], x), fromCompiled, NUMERIC, at + ": central");
            double[] v = {0.25, -1.5};
            double expected = leastSquaresGradient(x, data)[0] * v[0] + leastSquaresGradient(x, data)[1] * v[1];
            assertClose(expected, compiled.jvp(x, v)[0], ROUNDING, at + ": tangent");
            assertClose(expected, interpreted.jvp(x, v)[0], ROUNDING, at + ": interpreted tangent");
        }
        assertEquals(1, compiled.traceCount());
        assertEquals(1, interpreted.traceCount());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aLoopThatReadsAConstantInOneRepetitionAndDataInTheOthers(Execution execution) {
        // Repetition 5 reads the constant 3 where the others read d[i]: the loop reads that slot through its table.
        int n = 12;
        double[] data = new Random(8).doubles(n, -1, 1).toArray();
        TraceableScalarWithData body = (x, d) -> {
            Active s = Active.constant(0);
            for (int i = 0; i < n; i++) {
                Active c = i == 5 ? Active.constant(3) : d[i];
                s = s.add(ActiveMath.sin(x[i]).mul(c));
            }
            return s;
        };
        TracedFunction f = Tracing.scalar(n, data, body, execution);
        double[] x = new Random(9).doubles(n, -1, 1).toArray();
        f.trace(x);
        for (int change = 0; change < 3; change++) {
            data[change] = 10 + change;
            double[] expected = new double[n];
            for (int i = 0; i < n; i++) {
                expected[i] = Math.cos(x[i]) * (i == 5 ? 3 : data[i]);
            }
            assertClose(expected, Gradients.gradient(f, x), ROUNDING, "after change " + change);
            assertClose(expected, Gradients.gradient(f, x), ROUNDING, "replayed after change " + change);
        }
        assertEquals(execution == Execution.COMPILED, f.isCompiled());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aComparisonOnDataIsAGuard(Execution execution) {
        // A threshold from the data: x² above it, 5x below.
        double[] data = {1};
        TracedFunction f = Tracing.scalar(1, data, (x, d) -> x[0].gt(d[0]) ? x[0].mul(x[0]) : x[0].mul(5),
                execution);
        assertEquals(4, Gradients.gradient(f, new double[] {2})[0]);
        assertEquals(4, Gradients.gradient(f, new double[] {2})[0]);
        assertEquals(1, f.traceCount());
        data[0] = 3;
        assertEquals(5, Gradients.gradient(f, new double[] {2})[0]);
        assertEquals(2, f.traceCount());
        assertEquals(5, Gradients.gradient(f, new double[] {2})[0]);
        data[0] = -1;
        assertEquals(4, Gradients.gradient(f, new double[] {2})[0]);
        assertEquals(3, f.traceCount());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void aVectorFunctionWithData(Execution execution) {
        double[] data = {2, -1};
        TracedFunction f = Tracing.vector(2, 2, data, (x, d) -> new Active[] {
            x[0].mul(x[1]).mul(d[0]), ActiveMath.exp(x[0].mul(d[1])).add(d[0])}, execution);
        double[] x = {0.5, 1.5};
        for (int change = 0; change < 3; change++) {
            for (Mode mode : new Mode[] {Mode.FORWARD, Mode.REVERSE}) {
                double[][] j = Jacobians.jacobian(f, x, mode);
                double e = Math.exp(x[0] * data[1]);
                assertClose(new double[] {data[0] * x[1], data[0] * x[0]}, j[0], ROUNDING, mode + " row 0");
                assertClose(new double[] {data[1] * e, 0}, j[1], ROUNDING, mode + " row 1");
            }
            data[0] += 1;
            data[1] -= 0.5;
        }
        assertEquals(1, f.traceCount());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void viewsWithOtherDataShareTheTapes(Execution execution) {
        double[] first = {1, 2};
        double[] second = {-3, 4};
        TracedFunction f = Tracing.scalar(1, first, (x, d) -> x[0].mul(x[0]).mul(d[0]).add(d[1]), execution);
        TracedFunction view = f.withData(second);
        for (int call = 0; call < 3; call++) {
            assertEquals(2 * 1.5, Gradients.gradient(f, new double[] {1.5})[0]);
            assertEquals(-3 * 2 * 1.5, Gradients.gradient(view, new double[] {1.5})[0]);
            assertEquals(-3 * 2.25 + 4, view.value(new double[] {1.5})[0]);
        }
        assertEquals(1, view.traceCount());
        assertEquals(execution == Execution.COMPILED, view.isCompiled());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> f.withData(new double[3]));
        assertEquals("data has length 3, expected 2", wrong.getMessage());
        assertEquals("TracedFunction[R^1 -> R, 2 data, " + execution + "]", view.toString());
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void threadsWithTheirOwnDataAtOnce(Execution execution) throws Exception {
        double[] shared = new double[2 * POINTS];
        TracedFunction f = Tracing.scalar(2, shared, DataTest::leastSquares, execution);
        // One trace before the threads start: threads that all make a first call at once may each trace it.
        Gradients.gradient(f, new double[] {0.5, -0.5});
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long seed = t;
                results.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    double[] data = new double[shared.length];
                    TracedFunction mine = f.withData(data);
                    for (int call = 0; call < 200; call++) {
                        for (int i = 0; i < data.length; i++) {
                            data[i] = random.nextGaussian();
                        }
                        double[] x = {random.nextGaussian(), random.nextGaussian()};
                        assertClose(leastSquaresGradient(x, data), Gradients.gradient(mine, x), ROUNDING,
                                "thread " + seed + ", call " + call);
                    }
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, f.traceCount(), "data never change the program of a function without guards on them");
    }

    @Test
    void nullDataAreRefused() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Tracing.scalar(1, null, (TraceableScalarWithData) (x, d) -> x[0]));
        assertEquals("data is null", e.getMessage());
    }
}
