package dev.chainrule.bench;

import dev.chainrule.samples.NetworkFunctions;
import dev.chainrule.samples.NetworkFunctionsDerivatives;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * DESIGN.md §3's 2-layer MLP row: the seed's network loss over one batch ({@link dev.chainrule.samples.NetworkFunctions#loss}), the
 * generated reverse mode (gradient with respect to both layers, into adjoint arrays reused across calls and zeroed
 * first because {@code Vjp} accumulates), and hand-written backpropagation ({@link HandWritten#networkLoss}).
 *
 * <p>{@code shape} is {@code inputs-hidden-outputs x batch}: {@code 10-5-1x32} is the seed's PyTorch example
 * ({@code nn.Linear(10, 5)}, {@code nn.Linear(5, 1)}, a batch of 32); {@code 10-64-4x32} widens the hidden layer.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class NetworkBenchmark {

    @Param({"10-5-1x32", "10-64-4x32"})
    private String shape;

    private double[][] w1;
    private double[][] w2;
    private double[][] xs;
    private double[][] ys;
    private double[][] w1Bar;
    private double[][] w2Bar;
    private double[][] g1;
    private double[][] g2;
    private double[] a;
    private double[] da;

    @Setup
    public void setUp() {
        String[] parts = shape.split("[-x]");
        int inputs = Integer.parseInt(parts[0]);
        int hidden = Integer.parseInt(parts[1]);
        int outputs = Integer.parseInt(parts[2]);
        int batch = Integer.parseInt(parts[3]);
        Random random = new Random(7);
        w1 = gaussian(random, hidden, inputs);
        w2 = gaussian(random, outputs, hidden);
        xs = gaussian(random, batch, inputs);
        ys = gaussian(random, batch, outputs);
        w1Bar = new double[hidden][inputs];
        w2Bar = new double[outputs][hidden];
        g1 = new double[hidden][inputs];
        g2 = new double[outputs][hidden];
        a = new double[hidden];
        da = new double[hidden];
    }

    @Benchmark
    public double plain() {
        return NetworkFunctions.loss(w1, w2, xs, ys);
    }

    /** The loss and its gradient: zero the reused accumulators, then one adjoint sweep. */
    @Benchmark
    public double vjp() {
        zero(w1Bar);
        zero(w2Bar);
        return NetworkFunctionsDerivatives.lossVjp(w1, w2, xs, ys, 1, w1Bar, w2Bar);
    }

    /** The loss and its gradient by hand-written backpropagation (it zeroes its own gradient arrays). */
    @Benchmark
    public double handWritten() {
        return HandWritten.networkLoss(w1, w2, xs, ys, a, da, g1, g2);
    }

    /** Zeroes a matrix row by row, as {@link HandWritten#networkLoss} zeroes its gradient. */
    static void zero(double[][] m) {
        for (double[] row : m) {
            Arrays.fill(row, 0);
        }
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
