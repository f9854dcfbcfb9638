package dev.chainrule.bench;

import dev.chainrule.bench.functions.TanhLayer;
import dev.chainrule.bench.functions.TanhLayerData;
import dev.chainrule.bench.functions.TanhLayerDerivatives;
import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.GradientCheck;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * DESIGN.md §3's crossover row: the Jacobian of {@code y = tanh(A·x)} ({@link TanhLayer#apply}) with {@code n·m} fixed
 * at {@value #SIZE} and {@code n/m} from 1/64 to 64. Forward mode takes {@code n} sweeps, reverse {@code m}; each
 * sweep costs about the same, so the faster mode flips at {@code n = m}, and AUTO should follow it. All three go
 * through the runtime ({@code Jacobians.jacobian(view, x, mode)}), as a user calls them; the hand-written Jacobian
 * ({@code (1 − y²) A}, one pass) is the floor.
 */
@State(Scope.Thread)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class TanhSweepBenchmark {

    /** The fixed number of Jacobian entries {@code n·m}. */
    public static final int SIZE = 4096;

    /** The seed of every instance, so the tests check the data the benchmark measures. */
    public static final long SEED = 19;

    /** The number of inputs; the number of outputs is {@code SIZE / n}. */
    @Param({"8", "16", "32", "64", "128", "256", "512"})
    private int n;

    private TanhLayerData data;
    private DifferentiableFunction view;
    private double[][] jacobian;

    /**
     * The instance with {@code n} inputs and {@code SIZE / n} outputs.
     *
     * @param n the number of inputs, a divisor of {@link #SIZE}
     * @return the instance, drawn with {@link #SEED}
     */
    public static TanhLayerData data(int n) {
        return TanhLayerData.generate(n, SIZE / n, SEED);
    }

    /**
     * The generated view of an instance over its input.
     *
     * @param data the instance
     * @return {@code TanhLayerDerivatives.apply(n, m, A)}
     */
    public static DifferentiableFunction view(TanhLayerData data) {
        return TanhLayerDerivatives.apply(data.x().length, data.a().length, data.a());
    }

    @Setup
    public void setUp() {
        data = data(n);
        view = view(data);
        jacobian = new double[SIZE / n][n];
    }

    @Benchmark
    public double[] plain() {
        return TanhLayer.apply(data.a(), data.x());
    }

    /** The Jacobian column by column: {@code n} tangent sweeps. */
    @Benchmark
    public double[][] forward() {
        return Jacobians.jacobian(view, data.x(), Mode.FORWARD);
    }

    /** The Jacobian row by row: {@code m} adjoint sweeps. */
    @Benchmark
    public double[][] reverse() {
        return Jacobians.jacobian(view, data.x(), Mode.REVERSE);
    }

    /** The Jacobian in the mode the runtime picks. */
    @Benchmark
    public double[][] auto() {
        return Jacobians.jacobian(view, data.x(), Mode.AUTO);
    }

    /** The hand-written Jacobian, one pass over {@code A}. */
    @Benchmark
    public double[][] handWritten() {
        return TanhLayer.jacobian(data.a(), data.x(), jacobian);
    }

    /** The Jacobian by central differences: {@code 2n} evaluations. */
    @Benchmark
    public double[][] centralDifferences() {
        return GradientCheck.centralDifferences(view, data.x());
    }
}
