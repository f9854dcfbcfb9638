package dev.chainrule.runtime;

import dev.chainrule.runtime.support.Costs;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Many threads using the same functions through every driver at once, AUTO timing and exploring as it goes: every
 * result must be exactly what one thread alone computes.
 */
class DriversConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 200;

    @Test
    void driversGiveEveryThreadTheSingleThreadedResult() throws Exception {
        List<DifferentiableFunction> functions = List.of(new TanhLayer.Vectorized(12, 5, new Costs(10, 20, 30, 15, 5, 0, 0)),
                new TanhLayer(4, 4), ExampleFunction.correct(), new Rosenbrock(6), new TwiceExample());
        List<double[]> points = new ArrayList<>();
        List<double[][]> forward = new ArrayList<>();
        List<double[][]> reverse = new ArrayList<>();
        for (DifferentiableFunction f : functions) {
            double[] x = JacobiansTest.gaussians(new Random(f.inputDimension()), f.inputDimension());
            points.add(x);
            forward.add(Jacobians.jacobian(f, x, Mode.FORWARD));
            reverse.add(Jacobians.jacobian(f, x, Mode.REVERSE));
        }
        double[] rosenbrockPoint = points.get(3);
        double[][] rosenbrockHessian = Hessians.hessian(functions.get(3), rosenbrockPoint);
        double[] weights = {0.5, -2};
        double[][] weightedHessian = Hessians.hessian(functions.get(4), points.get(4), weights);

        Queue<String> failures = new ConcurrentLinkedQueue<>();
        List<Callable<Void>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            threads.add(() -> {
                for (int round = 0; round < ROUNDS; round++) {
                    int k = (thread + round) % functions.size();
                    DifferentiableFunction f = functions.get(k);
                    double[] x = points.get(k);
                    double[][] auto = Jacobians.jacobian(f, x);
                    if (!Arrays.deepEquals(auto, forward.get(k)) && !Arrays.deepEquals(auto, reverse.get(k))) {
                        failures.add("AUTO for " + f + " in round " + round);
                    }
                    Mode forced = round % 2 == 0 ? Mode.FORWARD : Mode.REVERSE;
                    if (!Arrays.deepEquals(Jacobians.jacobian(f, x, forced),
                            forced == Mode.FORWARD ? forward.get(k) : reverse.get(k))) {
                        failures.add(forced + " for " + f + " in round " + round);
                    }
                    Jacobians.explain(f);
                    // A fresh instance each round churns the profiles of its class under contention.
                    Jacobians.jacobian(new TanhLayer(4, 4), points.get(1));
                    if (round % 10 == 0
                            && (!Arrays.deepEquals(Hessians.hessian(functions.get(3), rosenbrockPoint),
                                    rosenbrockHessian)
                            || !Arrays.deepEquals(Hessians.hessian(functions.get(4), points.get(4), weights),
                                    weightedHessian))) {
                        failures.add("Hessian in round " + round);
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
        // Every shared function kept its profile through the churn and was timed by all threads together.
        for (DifferentiableFunction f : functions) {
            FunctionProfile.Timings timings = Profiles.of(f).timings();
            assertTrue(timings.forwardSamples() + timings.reverseSamples() >= AutoMode.TIME_EVERY_CALL, f::toString);
        }
    }
}
