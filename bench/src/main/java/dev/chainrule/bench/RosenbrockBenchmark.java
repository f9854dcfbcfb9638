package dev.chainrule.bench;

import dev.chainrule.bench.peers.CommonsMathDerivatives;
import dev.chainrule.bench.peers.HipparchusDerivatives;
import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Dual;
import dev.chainrule.runtime.GradientCheck;
import dev.chainrule.runtime.Jacobians;
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
 * DESIGN.md §3's Rosenbrock rows: the plain function, the generated forward mode (one directional derivative), the
 * generated reverse mode (the whole gradient into an adjoint array reused across calls, zeroed with
 * {@link Arrays#fill} first because {@code Vjp} accumulates), the zeroing alone, the runtime's AUTO on the generated
 * view, a hand-written adjoint, central differences, and the peers: Hipparchus's {@code Gradient} and
 * {@code DerivativeStructure}, Commons Math 3's {@code DerivativeStructure}. Read the figures as ratios to
 * {@link #plain} from the same run.
 *
 * <p>JMH rules as in {@link SeedBenchmark}: inputs in non-final {@code @State} fields, every result returned or
 * sunk, and no loop in a measured method beyond the function's own.
 */
@State(Scope.Thread)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class RosenbrockBenchmark {

    @Param({"10", "100", "1000", "10000"})
    private int n;

    private double[] x;
    private double[] xDot;
    private double[] xBar;
    private double[] gradient;
    private double[][] directions;
    private DifferentiableFunction view;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        x = new double[n];
        xDot = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -1.2 + 2.4 * random.nextDouble();
            xDot[i] = random.nextGaussian();
        }
        xBar = new double[n];
        gradient = new double[n];
        directions = new double[8][n];
        for (double[] direction : directions) {
            for (int i = 0; i < n; i++) {
                direction[i] = random.nextGaussian();
            }
        }
        view = BenchFunctionsDerivatives.rosenbrock(n);
    }

    @Benchmark
    public double plain() {
        return BenchFunctions.rosenbrock(x);
    }

    /** One directional derivative {@code ∇f·xDot} and the value, by one tangent sweep. */
    @Benchmark
    public void jvp(Blackhole blackhole) {
        Dual result = BenchFunctionsDerivatives.rosenbrockJvp(x, xDot);
        blackhole.consume(result.value());
        blackhole.consume(result.tangent());
    }

    /** Eight directional derivatives by eight tangent sweeps, to set against {@link #vectorJvp}. */
    @Benchmark
    public void eightJvps(Blackhole blackhole) {
        for (double[] direction : directions) {
            blackhole.consume(BenchFunctionsDerivatives.rosenbrockJvp(x, direction).tangent());
        }
    }

    /** The same eight directional derivatives by one vector tangent sweep ({@code rosenbrockJvps}). */
    @Benchmark
    public double[] vectorJvp() {
        return BenchFunctionsDerivatives.rosenbrockJvps(x, directions).tangents();
    }

    /** The whole gradient and the value: zero the reused accumulator, then one adjoint sweep. */
    @Benchmark
    public double vjp() {
        Arrays.fill(xBar, 0);
        return BenchFunctionsDerivatives.rosenbrockVjp(x, 1, xBar);
    }

    /** The zeroing that {@link #vjp} includes, alone. */
    @Benchmark
    public double[] fill() {
        Arrays.fill(xBar, 0);
        return xBar;
    }

    /** The gradient as a user gets it from the runtime: {@code Jacobians.jacobian(view, x, AUTO)}. */
    @Benchmark
    public double[][] auto() {
        return Jacobians.jacobian(view, x, Mode.AUTO);
    }

    /** The whole gradient by central differences: two evaluations per input. */
    @Benchmark
    public double[][] centralDifferences() {
        return GradientCheck.centralDifferences(view, x);
    }

    /** The whole gradient by Hipparchus's {@code Gradient} (DESIGN.md's "speed-up over Hipparchus" row). */
    @Benchmark
    public double[] hipparchusGradient() {
        return HipparchusDerivatives.rosenbrock(x);
    }

    /** The whole gradient by Hipparchus's first-order {@code DerivativeStructure}. */
    @Benchmark
    public double[] hipparchusDerivativeStructure() {
        return HipparchusDerivatives.rosenbrockDerivativeStructure(x);
    }

    /** The whole gradient by Commons Math 3's first-order {@code DerivativeStructure}. */
    @Benchmark
    public double[] commonsMathDerivativeStructure() {
        return CommonsMathDerivatives.rosenbrock(x);
    }

    /** The whole gradient and the value by the hand-written adjoint (no zeroing needed: it overwrites). */
    @Benchmark
    public double handWritten() {
        return HandWritten.rosenbrock(x, gradient);
    }
}
