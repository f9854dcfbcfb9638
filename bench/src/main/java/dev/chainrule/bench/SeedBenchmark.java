package dev.chainrule.bench;

import dev.chainrule.runtime.Dual;
import dev.chainrule.samples.SeedFunctions;
import dev.chainrule.samples.SeedFunctionsDerivatives;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What a derivative costs next to its function, for the seed's small scalar examples: the plain function, the
 * generated forward mode ({@code Jvp}, one directional derivative), the generated reverse mode ({@code Vjp}, the whole
 * gradient, into adjoint arrays reused across calls), and central finite differences (two evaluations per input).
 * The figures to read are ratios: each derivative's time over the plain function's time, from the same run.
 *
 * <p>Follows the JMH samples: inputs live in non-final {@code @State} fields so they are not constant-folded
 * (JMHSample_10), every result is returned or sunk into a {@link Blackhole} so it is not dead code (JMHSample_08), and
 * no measured method loops (JMHSample_11).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class SeedBenchmark {

    /** The step of {@code GradientCheck}: {@code ∛ε}, scaled by {@code max(1, |x_j|)}. */
    private static final double STEP = Math.cbrt(Math.ulp(1.0));

    private double a;
    private double b;
    private double c;
    private double x;
    private double ha;
    private double hb;
    private double hc;
    private double hx;

    // Adjoint accumulators, allocated once: the generated Vjp adds into them, as a hot loop would use it.
    private double[] aBar;
    private double[] bBar;
    private double[] cBar;
    private double[] xBar;

    /** The central-difference gradient of {@code graphLoss}, written in place. */
    private double[] numericGradient;

    @Setup
    public void setUp() {
        a = 1.5;
        b = -2.0;
        c = 0.5;
        x = 0.7;
        ha = STEP * Math.max(1, Math.abs(a));
        hb = STEP * Math.max(1, Math.abs(b));
        hc = STEP * Math.max(1, Math.abs(c));
        hx = STEP * Math.max(1, Math.abs(x));
        aBar = new double[1];
        bBar = new double[1];
        cBar = new double[1];
        xBar = new double[1];
        numericGradient = new double[3];
    }

    @Benchmark
    public double graphLossPlain() {
        return SeedFunctions.graphLoss(a, b, c);
    }

    /** One directional derivative (here ∂L/∂a) and the value, by one tangent sweep. */
    @Benchmark
    public void graphLossJvp(Blackhole blackhole) {
        Dual result = SeedFunctionsDerivatives.graphLossJvp(a, 1, b, 0, c, 0);
        blackhole.consume(result.value());
        blackhole.consume(result.tangent());
    }

    /** The whole gradient and the value, by one adjoint sweep into the reused accumulators. */
    @Benchmark
    public double graphLossVjp() {
        aBar[0] = 0;
        bBar[0] = 0;
        cBar[0] = 0;
        return SeedFunctionsDerivatives.graphLossVjp(a, b, c, 1, aBar, bBar, cBar);
    }

    /** The whole gradient by central differences: six evaluations of the plain function. */
    @Benchmark
    public double[] graphLossCentralDifferences() {
        double[] g = numericGradient;
        g[0] = (SeedFunctions.graphLoss(a + ha, b, c) - SeedFunctions.graphLoss(a - ha, b, c)) / (2 * ha);
        g[1] = (SeedFunctions.graphLoss(a, b + hb, c) - SeedFunctions.graphLoss(a, b - hb, c)) / (2 * hb);
        g[2] = (SeedFunctions.graphLoss(a, b, c + hc) - SeedFunctions.graphLoss(a, b, c - hc)) / (2 * hc);
        return g;
    }

    @Benchmark
    public double sinOfSquarePlain() {
        return SeedFunctions.sinOfSquare(x);
    }

    /** The derivative and the value, by one tangent sweep. */
    @Benchmark
    public void sinOfSquareJvp(Blackhole blackhole) {
        Dual result = SeedFunctionsDerivatives.sinOfSquareJvp(x, 1);
        blackhole.consume(result.value());
        blackhole.consume(result.tangent());
    }

    /** The derivative and the value, by one adjoint sweep into the reused accumulator. */
    @Benchmark
    public double sinOfSquareVjp() {
        xBar[0] = 0;
        return SeedFunctionsDerivatives.sinOfSquareVjp(x, 1, xBar);
    }

    /** The derivative by central differences: two evaluations of the plain function. */
    @Benchmark
    public double sinOfSquareCentralDifferences() {
        return (SeedFunctions.sinOfSquare(x + hx) - SeedFunctions.sinOfSquare(x - hx)) / (2 * hx);
    }
}
