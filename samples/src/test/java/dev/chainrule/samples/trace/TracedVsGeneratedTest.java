package dev.chainrule.samples.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.trace.Execution;
import dev.chainrule.runtime.trace.TracedFunction;
import dev.chainrule.runtime.trace.Tracing;
import dev.chainrule.samples.NetworkFunctions;
import dev.chainrule.samples.NetworkFunctionsDerivatives;
import dev.chainrule.samples.TracedFunctions;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same functions written twice, once for the processor ({@code @Differentiable}) and once over active values for
 * the tracer: the traced gradients, interpreted and compiled, equal the generated ones. The network's ReLU branches
 * change from one set of weights to the next, so the traced function is traced again along the way.
 */
class TracedVsGeneratedTest {

    private static final double TOLERANCE = 1e-12;
    private static final int POINTS = 5;

    @ParameterizedTest
    @EnumSource(Execution.class)
    void rosenbrockGradientsAgree(Execution execution) {
        int n = 8;
        TracedFunction f = Tracing.scalar(n, TracedFunctions::rosenbrock, execution);
        Random random = new Random(11);
        for (int p = 0; p < POINTS; p++) {
            double[] x = random.doubles(n, -2, 2).toArray();
            double[] generated = new double[n];
            double value = AnnotatedRosenbrockDerivatives.rosenbrockVjp(x, 1, generated);
            double[] y = new double[1];
            double[] gradient = new double[n];
            f.vjp(x, new double[] {1}, y, gradient);
            assertEquals(value, y[0], TOLERANCE * Math.abs(value));
            assertClose(generated, gradient, execution + " at point " + p);
        }
        assertEquals(execution == Execution.COMPILED, f.isCompiled());
        assertEquals(1, f.traceCount());
    }

    /**
     * The seed's network (nn.Linear(10, 5), nn.Linear(5, 1)) and the benchmark's wide one (10-64-4, whose compiled
     * loops read each unit's ReLU outcome from a table), a batch of 32.
     */
    @ParameterizedTest
    @CsvSource({"INTERPRETED, 5, 1", "COMPILED, 5, 1", "INTERPRETED, 64, 4", "COMPILED, 64, 4"})
    void networkLossGradientsAgree(Execution execution, int hidden, int outputs) {
        int inputs = 10;
        Random random = new Random(13);
        double[][] xs = gaussian(random, 32, inputs);
        double[][] ys = gaussian(random, 32, outputs);
        TracedFunction f = Tracing.scalar(hidden * inputs + outputs * hidden,
                TracedFunctions.networkLoss(inputs, hidden, outputs, xs, ys), execution);
        for (int p = 0; p < POINTS; p++) {
            double[][] w1 = gaussian(random, hidden, inputs);
            double[][] w2 = gaussian(random, outputs, hidden);
            double[][] w1Bar = new double[hidden][inputs];
            double[][] w2Bar = new double[outputs][hidden];
            double value = NetworkFunctionsDerivatives.lossVjp(w1, w2, xs, ys, 1, w1Bar, w2Bar);
            double[] flat = flatten(w1, w2);
            double[] y = new double[1];
            double[] gradient = new double[flat.length];
            f.vjp(flat, new double[] {1}, y, gradient);
            assertEquals(NetworkFunctions.loss(w1, w2, xs, ys), y[0], TOLERANCE * value);
            assertClose(flatten(w1Bar, w2Bar), gradient, execution + " at weights " + p);
            // The same weights again: the tape of this point is replayed (and compiled, in compiled mode).
            f.vjp(flat, new double[] {1}, y, gradient);
            assertClose(flatten(w1Bar, w2Bar), gradient, execution + " replayed at weights " + p);
        }
        assertEquals(execution == Execution.COMPILED, f.isCompiled());
        assertTrue(f.traceCount() > 1, "new weights switch ReLUs, so the function is traced again");
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            double tolerance = TOLERANCE * Math.max(1, Math.abs(expected[i]));
            assertEquals(expected[i], actual[i], tolerance, what + ", [" + i + "]");
        }
    }

    private static double[] flatten(double[][] first, double[][] second) {
        int size = 0;
        for (double[][] m : new double[][][] {first, second}) {
            for (double[] row : m) {
                size += row.length;
            }
        }
        double[] flat = new double[size];
        int at = 0;
        for (double[][] m : new double[][][] {first, second}) {
            for (double[] row : m) {
                System.arraycopy(row, 0, flat, at, row.length);
                at += row.length;
            }
        }
        return flat;
    }

    private static double[][] gaussian(Random random, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (double[] row : m) {
            for (int c = 0; c < cols; c++) {
                row[c] = random.nextGaussian();
            }
        }
        return m;
    }
}
