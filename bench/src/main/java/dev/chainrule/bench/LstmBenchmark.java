package dev.chainrule.bench;

import dev.chainrule.bench.functions.Lstm;
import dev.chainrule.bench.functions.LstmAdjoint;
import dev.chainrule.bench.functions.LstmData;
import dev.chainrule.bench.functions.LstmDerivatives;
import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Dual;
import dev.chainrule.runtime.GradientCheck;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import java.util.Random;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * DESIGN.md §3's LSTM row: ADBench's LSTM objective ({@link Lstm#objective}), {@code size = "L-b-c"} (layers,
 * characters, sequence length; ADBench's are {@code 2-14-1024} up to {@code 4-14-4096}). The gradient by the
 * generated reverse mode, by the runtime's AUTO on the generated view, by hand-written backpropagation through time
 * and by central differences; one directional derivative by the generated forward mode.
 */
@State(Scope.Thread)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class LstmBenchmark {

    /** The seed of every problem, so the tests check the data the benchmark measures. */
    public static final long SEED = 17;

    @Param({"2-14-1024"})
    private String size;

    private LstmData data;
    private double[][] mainDot;
    private double[][] extraDot;
    private double[][] mainBar;
    private double[][] extraBar;
    private LstmAdjoint adjoint;
    private DifferentiableFunction view;
    private double[] parameters;

    /**
     * The problem an {@code "L-b-c"} size names.
     *
     * @param size for example {@code "2-14-1024"}
     * @return the problem, drawn with {@link #SEED}
     */
    public static LstmData data(String size) {
        String[] parts = size.split("-");
        return LstmData.generate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                SEED);
    }

    /**
     * The generated view of a problem's objective over its flat parameters.
     *
     * @param data the problem
     * @return {@code LstmDerivatives.objective(...)} with the state and the sequence bound
     */
    public static DifferentiableFunction view(LstmData data) {
        return LstmDerivatives.objective(data.mainParams().length, data.mainParams()[0].length,
                data.extraParams().length, data.extraParams()[0].length, data.state(), data.sequence());
    }

    @Setup
    public void setUp() {
        data = data(size);
        int layers = data.mainParams().length / 2;
        int width = data.extraParams()[0].length;
        Random random = new Random(SEED + 1);
        mainDot = Shapes.gaussian(random, 2 * layers, 4 * width);
        extraDot = Shapes.gaussian(random, 3, width);
        mainBar = new double[2 * layers][4 * width];
        extraBar = new double[3][width];
        adjoint = new LstmAdjoint(layers, width, data.sequence().length);
        view = view(data);
        parameters = data.parameters();
    }

    @Benchmark
    public double plain() {
        return Lstm.objective(data.mainParams(), data.extraParams(), data.state(), data.sequence());
    }

    /** One directional derivative and the value, by one generated tangent sweep. */
    @Benchmark
    public void jvp(Blackhole blackhole) {
        Dual result = LstmDerivatives.objectiveJvp(data.mainParams(), mainDot, data.extraParams(), extraDot,
                data.state(), data.sequence());
        blackhole.consume(result.value());
        blackhole.consume(result.tangent());
    }

    /** The whole gradient and the value: zero the reused accumulators, then one generated adjoint sweep. */
    @Benchmark
    public double vjp() {
        Shapes.zero(mainBar);
        Shapes.zero(extraBar);
        return LstmDerivatives.objectiveVjp(data.mainParams(), data.extraParams(), data.state(), data.sequence(), 1,
                mainBar, extraBar);
    }

    /** The gradient as a user gets it from the runtime: {@code Jacobians.jacobian(view, x, AUTO)}. */
    @Benchmark
    public double[][] auto() {
        return Jacobians.jacobian(view, parameters, Mode.AUTO);
    }

    /** The whole gradient and the value by hand-written backpropagation through time. */
    @Benchmark
    public double handWritten() {
        return adjoint.gradient(data, mainBar, extraBar);
    }

    /** The whole gradient by central differences: two evaluations per parameter. */
    @Benchmark
    public double[][] centralDifferences() {
        return GradientCheck.centralDifferences(view, parameters);
    }
}
