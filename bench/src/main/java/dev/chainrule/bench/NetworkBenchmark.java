package dev.chainrule.bench;

import dev.chainrule.bench.functions.Flattening;
import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Dual;
import dev.chainrule.runtime.GradientCheck;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import dev.chainrule.samples.NetworkFunctions;
import dev.chainrule.samples.NetworkFunctionsDerivatives;
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
 * DESIGN.md §3's 2-layer MLP row: the seed's network loss over one batch ({@link dev.chainrule.samples.NetworkFunctions#loss}), the
 * generated reverse mode (gradient with respect to both layers, into adjoint arrays reused across calls and zeroed
 * first because {@code Vjp} accumulates), the runtime's AUTO on the generated view, one directional derivative by
 * the generated forward mode, central differences, and hand-written backpropagation ({@link HandWritten#networkLoss}).
 *
 * <p>{@code shape} is {@code inputs-hidden-outputs x batch}: {@code 10-5-1x32} is the seed's PyTorch example
 * ({@code nn.Linear(10, 5)}, {@code nn.Linear(5, 1)}, a batch of 32); {@code 10-64-4x32} widens the hidden layer.
 */
@State(Scope.Thread)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
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
    private double[][] w1Dot;
    private double[][] w2Dot;
    private DifferentiableFunction view;
    private double[] parameters;

    @Setup
    public void setUp() {
        String[] parts = shape.split("[-x]");
        int inputs = Integer.parseInt(parts[0]);
        int hidden = Integer.parseInt(parts[1]);
        int outputs = Integer.parseInt(parts[2]);
        int batch = Integer.parseInt(parts[3]);
        Random random = new Random(7);
        w1 = Shapes.gaussian(random, hidden, inputs);
        w2 = Shapes.gaussian(random, outputs, hidden);
        xs = Shapes.gaussian(random, batch, inputs);
        ys = Shapes.gaussian(random, batch, outputs);
        w1Dot = Shapes.gaussian(random, hidden, inputs);
        w2Dot = Shapes.gaussian(random, outputs, hidden);
        view = NetworkFunctionsDerivatives.loss(hidden, inputs, outputs, hidden, xs, ys);
        parameters = Flattening.concat(w1, w2);
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
        Shapes.zero(w1Bar);
        Shapes.zero(w2Bar);
        return NetworkFunctionsDerivatives.lossVjp(w1, w2, xs, ys, 1, w1Bar, w2Bar);
    }

    /** One directional derivative and the value, by one generated tangent sweep. */
    @Benchmark
    public void jvp(Blackhole blackhole) {
        Dual result = NetworkFunctionsDerivatives.lossJvp(w1, w1Dot, w2, w2Dot, xs, ys);
        blackhole.consume(result.value());
        blackhole.consume(result.tangent());
    }

    /** The gradient as a user gets it from the runtime: {@code Jacobians.jacobian(view, x, AUTO)}. */
    @Benchmark
    public double[][] auto() {
        return Jacobians.jacobian(view, parameters, Mode.AUTO);
    }

    /** The gradient by central differences: two evaluations of the loss per weight. */
    @Benchmark
    public double[][] centralDifferences() {
        return GradientCheck.centralDifferences(view, parameters);
    }

    /** The loss and its gradient by hand-written backpropagation (it zeroes its own gradient arrays). */
    @Benchmark
    public double handWritten() {
        return HandWritten.networkLoss(w1, w2, xs, ys, a, da, g1, g2);
    }
}
