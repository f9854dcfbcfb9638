package dev.chainrule.runtime.trace;

import static dev.chainrule.runtime.trace.Oracles.ROUNDING;
import static dev.chainrule.runtime.trace.Oracles.assertClose;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One traced function used from several threads at once, at points on both sides of a branch, so that threads
 * replay, trace again and install new tapes while others sweep: every answer is the closed form's.
 */
class ConcurrencyTest {

    private static final int THREADS = 4;
    private static final int CALLS = 300;

    /** {@code Σ |x_i| x_i + x_0 x_1} with the absolute value as a branch, so the tape changes with the signs. */
    private static Active signed(Active[] x) {
        Active s = x[0].mul(x[1]);
        for (Active xi : x) {
            s = s.add(xi.gt(0) ? xi.mul(xi) : xi.mul(xi).neg());
        }
        return s;
    }

    @ParameterizedTest
    @EnumSource(Execution.class)
    void threadsShareAFunctionWhoseBranchesChange(Execution execution) throws Exception {
        TracedFunction f = Tracing.scalar(3, ConcurrencyTest::signed, execution);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                results.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    for (int call = 0; call < CALLS; call++) {
                        double[] x = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
                        double[] expected = {2 * Math.abs(x[0]) + x[1], 2 * Math.abs(x[1]) + x[0],
                            2 * Math.abs(x[2])};
                        assertClose(expected, f.vjp(x, new double[] {1}), ROUNDING, "thread " + seed);
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
    }
}
