package dev.chainrule.samples.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.ConsistencyCheck;
import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.GradientCheck;
import dev.chainrule.runtime.Gradients;
import dev.chainrule.runtime.Hessians;
import dev.chainrule.runtime.JacobianComparison;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import dev.chainrule.runtime.ModeChoice;
import dev.chainrule.runtime.TwiceDifferentiableFunction;
import dev.chainrule.samples.JacobianFunctionsDerivatives;
import dev.chainrule.samples.NetworkFunctionsDerivatives;
import dev.chainrule.samples.SeedFunctionsDerivatives;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The runtime's drivers on views the processor generated: AUTO's choice and its reason, the checks users run on their
 * own functions, Hessians, and all of it from four threads sharing the same views.
 */
class DriversE2ETest {

    private static final int HIDDEN = 3;
    private static final int INPUTS = 2;
    private static final int OUTPUTS = 2;
    private static final int BATCH = 4;

    /** The seed's Jacobian example, {@code R² → R³}. */
    private final DifferentiableFunction jacobianExample = JacobianFunctionsDerivatives.f(2, 3);

    /** The seed's 2-layer network loss over its 12 weights, {@code R¹² → R}. */
    private final DifferentiableFunction networkLoss;

    /** A point of the network's weights. */
    private final double[] weights;

    DriversE2ETest() {
        Random random = new Random(11);
        double[][] xs = matrix(random, BATCH, INPUTS);
        double[][] ys = matrix(random, BATCH, OUTPUTS);
        networkLoss = NetworkFunctionsDerivatives.loss(HIDDEN, INPUTS, OUTPUTS, HIDDEN, xs, ys);
        weights = gaussians(random, HIDDEN * INPUTS + OUTPUTS * HIDDEN);
    }

    @Test
    void autoGoesForwardForATallJacobianAndReverseForAGradient() {
        ModeChoice tall = Jacobians.explain(jacobianExample);
        assertEquals(Mode.FORWARD, tall.mode(), tall::reason);
        assertTrue(tall.reason().startsWith("FORWARD: "), tall::reason);
        ModeChoice gradient = Jacobians.explain(networkLoss);
        assertEquals(Mode.REVERSE, gradient.mode(), gradient::reason);
        assertTrue(gradient.reason().startsWith("REVERSE: m = 1 adjoint sweep (est. "), gradient::reason);
        assertEquals(1, gradient.reverse().sweeps());
    }

    @Test
    void generatedViewsPassEveryCheck() {
        List<DifferentiableFunction> views = List.of(jacobianExample, networkLoss, SeedFunctionsDerivatives.sinOfSquare(),
                SeedFunctionsDerivatives.graphLoss());
        for (DifferentiableFunction view : views) {
            double[] x = view == networkLoss ? weights : gaussians(new Random(5), view.inputDimension());
            GradientCheck.Report gradientCheck = GradientCheck.check(view, x);
            assertTrue(gradientCheck.passes(1e-6), view + ": " + gradientCheck);
            ConsistencyCheck.DotProductReport dot = ConsistencyCheck.dotProduct(view, x);
            assertTrue(dot.passes(1e-12), view + ": " + dot);
            JacobianComparison agreement = ConsistencyCheck.forwardVersusReverse(view, x);
            assertTrue(agreement.passes(1e-12), view + ": " + agreement);
        }
    }

    @Test
    void hessiansComeFromTheGeneratedHessianVectorProducts() {
        if (!(networkLoss instanceof TwiceDifferentiableFunction)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Hessians.hessian(networkLoss, weights));
            assertTrue(e.getMessage().contains("@Differentiable"), e::getMessage);
            return;
        }
        DifferentiableFunction f = SeedFunctionsDerivatives.expOfQuadratic();
        double[] x = gaussians(new Random(2), f.inputDimension());
        JacobianComparison comparison = Hessians.check(f, x);
        assertTrue(comparison.passes(1e-6), comparison::toString);
    }

    @Test
    void fourThreadsShareTheGeneratedViews() throws Exception {
        List<DifferentiableFunction> views = List.of(jacobianExample, networkLoss);
        List<double[]> points = List.of(new double[] {1, 2}, weights);
        List<double[][]> forward = new ArrayList<>();
        List<double[][]> reverse = new ArrayList<>();
        for (int k = 0; k < views.size(); k++) {
            forward.add(Jacobians.jacobian(views.get(k), points.get(k), Mode.FORWARD));
            reverse.add(Jacobians.jacobian(views.get(k), points.get(k), Mode.REVERSE));
        }
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        List<Callable<Void>> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            threads.add(() -> {
                for (int round = 0; round < 200; round++) {
                    int k = (thread + round) % views.size();
                    double[][] auto = Jacobians.jacobian(views.get(k), points.get(k));
                    if (!Arrays.deepEquals(auto, forward.get(k)) && !Arrays.deepEquals(auto, reverse.get(k))) {
                        failures.add("AUTO Jacobian of " + views.get(k) + " in round " + round);
                    }
                    if (!Arrays.equals(Gradients.gradient(networkLoss, weights), reverse.get(1)[0])) {
                        failures.add("gradient in round " + round);
                    }
                    if (round % 50 == 0 && !GradientCheck.check(views.get(k), points.get(k)).passes(1e-6)) {
                        failures.add("gradient check of " + views.get(k) + " in round " + round);
                    }
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads.size());
        try {
            for (Future<Void> done : pool.invokeAll(threads)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    private static double[][] matrix(Random random, int rows, int cols) {
        double[][] m = new double[rows][];
        for (int i = 0; i < rows; i++) {
            m[i] = gaussians(random, cols);
        }
        return m;
    }

    private static double[] gaussians(Random random, int n) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = random.nextGaussian();
        }
        return v;
    }
}
