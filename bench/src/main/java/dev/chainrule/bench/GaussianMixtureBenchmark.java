package dev.chainrule.bench;

import dev.chainrule.bench.functions.GaussianMixture;
import dev.chainrule.bench.functions.GaussianMixtureAdjoint;
import dev.chainrule.bench.functions.GaussianMixtureData;
import dev.chainrule.bench.functions.GaussianMixtureDerivatives;
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
 * DESIGN.md §3's GMM row: ADBench's Gaussian mixture objective ({@link GaussianMixture#objective}) over
 * {@code N = 1000} points, {@code size = "d-K"}. The gradient by the generated reverse mode (accumulators reused,
 * zeroed first), by the runtime's AUTO on the generated view, by the hand-written adjoint, by central differences and
 * by Hipparchus's {@code Gradient}; one directional derivative by the generated forward mode (a whole forward
 * gradient would take {@code K(1 + d + d(d+1)/2)} of them).
 */
@State(Scope.Thread)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class GaussianMixtureBenchmark {

    /** ADBench's number of points. */
    public static final int POINTS = 1000;

    /** The seed of every instance, so the tests check the data the benchmark measures. */
    public static final long SEED = 11;

    @Param({"2-5", "10-25"})
    private String size;

    private GaussianMixtureData data;
    private double constant;
    private double[] alphasDot;
    private double[][] meansDot;
    private double[][] icfDot;
    private double[] alphasBar;
    private double[][] meansBar;
    private double[][] icfBar;
    private GaussianMixtureAdjoint adjoint;
    private DifferentiableFunction view;
    private double[] parameters;

    /**
     * The instance a {@code "d-K"} size names.
     *
     * @param size for example {@code "10-25"}
     * @return the instance with {@link #POINTS} points, drawn with {@link #SEED}
     */
    public static GaussianMixtureData data(String size) {
        String[] parts = size.split("-");
        return GaussianMixtureData.generate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), POINTS, SEED);
    }

    /**
     * The generated view of an instance's objective over its flat parameters.
     *
     * @param data the instance
     * @return {@code GaussianMixtureDerivatives.objective(...)} with the points and the prior bound
     */
    public static DifferentiableFunction view(GaussianMixtureData data) {
        int k = data.components();
        return GaussianMixtureDerivatives.objective(k, k, data.dimension(), k, data.icf()[0].length, data.x(),
                data.gamma(), data.m(), data.constant());
    }

    @Setup
    public void setUp() {
        data = data(size);
        constant = data.constant();
        int k = data.components();
        int d = data.dimension();
        int icfLength = data.icf()[0].length;
        Random random = new Random(SEED + 1);
        alphasDot = Shapes.gaussian(random, 1, k)[0];
        meansDot = Shapes.gaussian(random, k, d);
        icfDot = Shapes.gaussian(random, k, icfLength);
        alphasBar = new double[k];
        meansBar = new double[k][d];
        icfBar = new double[k][icfLength];
        adjoint = new GaussianMixtureAdjoint(d, k);
        view = view(data);
        parameters = data.parameters();
    }

    @Benchmark
    public double plain() {
        return GaussianMixture.objective(data.alphas(), data.means(), data.icf(), data.x(), data.gamma(), data.m(),
                constant);
    }

    /** One directional derivative and the value, by one generated tangent sweep. */
    @Benchmark
    public void jvp(Blackhole blackhole) {
        Dual result = GaussianMixtureDerivatives.objectiveJvp(data.alphas(), alphasDot, data.means(), meansDot,
                data.icf(), icfDot, data.x(), data.gamma(), data.m(), constant);
        blackhole.consume(result.value());
        blackhole.consume(result.tangent());
    }

    /** The whole gradient and the value: zero the reused accumulators, then one generated adjoint sweep. */
    @Benchmark
    public double vjp() {
        Arrays.fill(alphasBar, 0);
        Shapes.zero(meansBar);
        Shapes.zero(icfBar);
        return GaussianMixtureDerivatives.objectiveVjp(data.alphas(), data.means(), data.icf(), data.x(),
                data.gamma(), data.m(), constant, 1, alphasBar, meansBar, icfBar);
    }

    /** The gradient as a user gets it from the runtime: {@code Jacobians.jacobian(view, x, AUTO)}. */
    @Benchmark
    public double[][] auto() {
        return Jacobians.jacobian(view, parameters, Mode.AUTO);
    }

    /** The whole gradient and the value by the hand-written adjoint. */
    @Benchmark
    public double handWritten() {
        return adjoint.gradient(data, constant, alphasBar, meansBar, icfBar);
    }

    /** The whole gradient by central differences: two evaluations per parameter. */
    @Benchmark
    public double[][] centralDifferences() {
        return GradientCheck.centralDifferences(view, parameters);
    }

    /** The whole gradient by Hipparchus's {@code Gradient} (forward mode carrying every partial at once). */
    @Benchmark
    public double[] hipparchusGradient() {
        return HipparchusDerivatives.gaussianMixture(data, constant);
    }
}
