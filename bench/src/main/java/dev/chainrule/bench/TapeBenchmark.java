package dev.chainrule.bench;

import dev.chainrule.runtime.trace.Execution;
import dev.chainrule.runtime.trace.TraceableScalar;
import dev.chainrule.runtime.trace.TracedFunction;
import dev.chainrule.runtime.trace.Tracing;
import dev.chainrule.samples.NetworkFunctions;
import dev.chainrule.samples.NetworkFunctionsDerivatives;
import dev.chainrule.samples.TracedFunctions;
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
 * DESIGN.md §3's tape row: the gradient of a function written as a traced lambda, by the interpreted tape and by the
 * tape compiled to bytecode, beside the processor-generated reverse code of the same function and the plain function.
 * {@link #trace} is the cost of recording the tape once (what a call pays when a branch changes). A tape past the
 * compiler's size bound stays interpreted, and {@link #compiled} then measures what a user gets: the interpreter.
 *
 * <p>{@code function} is {@code rosenbrock-n} (DESIGN.md §1's Rosenbrock, as in {@link RosenbrockBenchmark}) or
 * {@code network-inputs-hidden-outputs x batch} (the seed's 2-layer network loss, the shapes of
 * {@link NetworkBenchmark}); the network's gradient is taken with respect to both layers, flattened for the tapes.
 * Every variant returns the loss and leaves the gradient in a reused array.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class TapeBenchmark {

    @Param({"rosenbrock-10", "rosenbrock-100", "rosenbrock-1000", "rosenbrock-10000", "network-10-5-1x32",
        "network-10-64-4x32"})
    private String function;

    private double[] x;
    private double[] y;
    private double[] w;
    private double[] gradient;
    private double[] xDot;
    private double[] yDot;
    private double[][] w1Dot;
    private double[][] w2Dot;
    private TracedFunction interpreted;
    private TracedFunction compiled;
    private boolean network;
    private double[][] w1;
    private double[][] w2;
    private double[][] xs;
    private double[][] ys;
    private double[][] w1Bar;
    private double[][] w2Bar;

    @Setup
    public void setUp() {
        String[] parts = function.split("[-x]");
        network = parts[0].equals("network");
        Random random = new Random(42);
        TraceableScalar traced;
        if (network) {
            int inputs = Integer.parseInt(parts[1]);
            int hidden = Integer.parseInt(parts[2]);
            int outputs = Integer.parseInt(parts[3]);
            int batch = Integer.parseInt(parts[4]);
            w1 = gaussian(random, hidden, inputs);
            w2 = gaussian(random, outputs, hidden);
            xs = gaussian(random, batch, inputs);
            ys = gaussian(random, batch, outputs);
            w1Bar = new double[hidden][inputs];
            w2Bar = new double[outputs][hidden];
            x = new double[hidden * inputs + outputs * hidden];
            for (int j = 0; j < hidden; j++) {
                System.arraycopy(w1[j], 0, x, j * inputs, inputs);
            }
            for (int i = 0; i < outputs; i++) {
                System.arraycopy(w2[i], 0, x, hidden * inputs + i * hidden, hidden);
            }
            traced = TracedFunctions.networkLoss(inputs, hidden, outputs, xs, ys);
        } else {
            int n = Integer.parseInt(parts[1]);
            x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = -1.2 + 2.4 * random.nextDouble();
            }
            traced = TracedFunctions::rosenbrock;
        }
        y = new double[1];
        w = new double[] {1};
        gradient = new double[x.length];
        xDot = new double[x.length];
        Arrays.fill(xDot, 1);
        yDot = new double[1];
        if (network) {
            w1Dot = new double[w1.length][w1[0].length];
            w2Dot = new double[w2.length][w2[0].length];
            for (double[] row : w1Dot) {
                Arrays.fill(row, 1);
            }
            for (double[] row : w2Dot) {
                Arrays.fill(row, 1);
            }
        }
        interpreted = Tracing.scalar(x.length, traced, Execution.INTERPRETED);
        // A separate lambda object, so the two executions keep separate tapes.
        TraceableScalar same = traced::apply;
        compiled = Tracing.scalar(x.length, same, Execution.COMPILED);
        interpreted.trace(x);
        // Compiles at once, unless the tape is past the compiler's size bound (the wide network): then it runs
        // interpreted, as a user's call would.
        compiled.trace(x);
    }

    @Benchmark
    public double plain() {
        return network ? NetworkFunctions.loss(w1, w2, xs, ys) : BenchFunctions.rosenbrock(x);
    }

    /** The gradient by the processor-generated reverse code (accumulators zeroed first, as {@code Vjp} adds). */
    @Benchmark
    public double generated() {
        if (network) {
            for (double[] row : w1Bar) {
                Arrays.fill(row, 0);
            }
            for (double[] row : w2Bar) {
                Arrays.fill(row, 0);
            }
            return NetworkFunctionsDerivatives.lossVjp(w1, w2, xs, ys, 1, w1Bar, w2Bar);
        }
        Arrays.fill(gradient, 0);
        return BenchFunctionsDerivatives.rosenbrockVjp(x, 1, gradient);
    }

    /**
     * One directional derivative by the processor-generated forward code (tangents {@code xDot}, all ones), for
     * {@link #compiledJvp}.
     */
    @Benchmark
    public double generatedJvp() {
        if (network) {
            return NetworkFunctionsDerivatives.lossJvp(w1, w1Dot, w2, w2Dot, xs, ys).tangent();
        }
        return BenchFunctionsDerivatives.rosenbrockJvp(x, xDot).tangent();
    }

    /** One directional derivative by the compiled tape: its forward sweep, then its tangent sweep. */
    @Benchmark
    public double compiledJvp() {
        compiled.jvp(x, xDot, y, yDot);
        return yDot[0];
    }

    /** The gradient by replaying and sweeping the interpreted tape. */
    @Benchmark
    public double interpreted() {
        interpreted.vjp(x, w, y, gradient);
        return y[0];
    }

    /** The gradient by the tape compiled to bytecode. */
    @Benchmark
    public double compiled() {
        compiled.vjp(x, w, y, gradient);
        return y[0];
    }

    /** Recording the tape once: running the lambda on active values and analysing the result. */
    @Benchmark
    public TracedFunction trace() {
        interpreted.trace(x);
        return interpreted;
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
