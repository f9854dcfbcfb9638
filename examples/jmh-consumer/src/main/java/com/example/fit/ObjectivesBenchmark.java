package com.example.fit;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Dual;
import dev.chainrule.runtime.Gradients;
import dev.chainrule.runtime.Mode;
import java.util.Arrays;
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
 * What forward and reverse mode cost on {@link Objectives#rosenbrock}: divide each score by {@code value}'s to read
 * it as a multiple of the plain function.
 */
@State(Scope.Thread)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ObjectivesBenchmark {

    @Param({"10", "1000"})
    private int n;

    // Inputs live in non-final @State fields, so the JIT cannot fold them into constants.
    private double[] x;
    private double[] xDot;
    private double[] xBar;
    private DifferentiableFunction view;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        x = random.doubles(n, -1, 1).toArray();
        xDot = random.doubles(n, -1, 1).toArray();
        xBar = new double[n];
        view = ObjectivesDerivatives.rosenbrock(n);
    }

    /** The plain function: the denominator of every ratio. */
    @Benchmark
    public double value() {
        return Objectives.rosenbrock(x);
    }

    /** One forward sweep: the value and one directional derivative. */
    @Benchmark
    public void jvp(Blackhole blackhole) {
        Dual d = ObjectivesDerivatives.rosenbrockJvp(x, xDot);
        blackhole.consume(d.value());
        blackhole.consume(d.tangent());
    }

    /** One reverse sweep: the value and the whole gradient, into a reused array. */
    @Benchmark
    public double vjp() {
        Arrays.fill(xBar, 0);  // rosenbrockVjp adds to xBar
        return ObjectivesDerivatives.rosenbrockVjp(x, 1, xBar);
    }

    /** The gradient from the runtime's driver by reverse mode: one sweep, plus the driver's checks and result. */
    @Benchmark
    public double[] gradientReverse() {
        return Gradients.gradient(view, x, Mode.REVERSE);
    }

    /** The gradient by forward mode: n directions, 8 per vector-forward call. */
    @Benchmark
    public double[] gradientForward() {
        return Gradients.gradient(view, x, Mode.FORWARD);
    }

    /** Whichever mode AUTO picks; Jacobians.explain(view) says which and why. */
    @Benchmark
    public double[] gradientAuto() {
        return Gradients.gradient(view, x, Mode.AUTO);
    }
}
