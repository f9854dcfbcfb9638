package dev.chainrule.bench;

import dev.chainrule.bench.functions.BundleAdjustment;
import dev.chainrule.bench.functions.BundleAdjustmentAdjoint;
import dev.chainrule.bench.functions.BundleAdjustmentData;
import dev.chainrule.bench.functions.BundleAdjustmentJacobian;
import dev.chainrule.bench.functions.BundleAdjustmentModes;
import dev.chainrule.bench.peers.HipparchusDerivatives;
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
 * DESIGN.md §3's bundle adjustment row: ADBench's residuals ({@link BundleAdjustment#residuals}) and their whole
 * sparse Jacobian, one observation's 2 × 15 block at a time, scattered into a {@link BundleAdjustmentJacobian}
 * ({@code size = "cameras-points-observations"}). The Jacobian by 15 generated tangent sweeps per observation
 * ({@code forward}), by 2 generated adjoint sweeps ({@code reverse}), by the runtime's AUTO on each observation's
 * generated view ({@code auto}), by the hand-written adjoint, by central differences and by Hipparchus's
 * {@code Gradient}. The ratio to read is J / f.
 */
@State(Scope.Thread)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class BundleAdjustmentBenchmark {

    /** The seed of every problem, so the tests check the data the benchmark measures. */
    public static final long SEED = 13;

    @Param({"10-1000-4000"})
    private String size;

    private BundleAdjustmentData data;
    private double[] residuals;
    private BundleAdjustmentJacobian jacobian;
    private BundleAdjustmentModes modes;
    private BundleAdjustmentAdjoint adjoint;

    /**
     * The problem a {@code "cameras-points-observations"} size names.
     *
     * @param size for example {@code "10-1000-4000"}
     * @return the problem, drawn with {@link #SEED}
     */
    public static BundleAdjustmentData data(String size) {
        String[] parts = size.split("-");
        return BundleAdjustmentData.generate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                Integer.parseInt(parts[2]), SEED);
    }

    @Setup
    public void setUp() {
        data = data(size);
        residuals = new double[3 * data.observations()];
        jacobian = new BundleAdjustmentJacobian(data);
        modes = new BundleAdjustmentModes();
        adjoint = new BundleAdjustmentAdjoint();
    }

    @Benchmark
    public double[] plain() {
        BundleAdjustment.residuals(data, residuals);
        return residuals;
    }

    /** The Jacobian by generated forward mode: 15 tangent sweeps per observation. */
    @Benchmark
    public double[] forward() {
        modes.forward(data, jacobian);
        return jacobian.values();
    }

    /** The Jacobian by generated reverse mode: 2 adjoint sweeps per observation. */
    @Benchmark
    public double[] reverse() {
        modes.reverse(data, jacobian);
        return jacobian.values();
    }

    /** The Jacobian as a user gets it from the runtime: {@code Jacobians.jacobian(view, x, AUTO)} per observation. */
    @Benchmark
    public double[] auto() {
        BundleAdjustmentModes.runtime(data, jacobian, Mode.AUTO);
        return jacobian.values();
    }

    /** The Jacobian by the hand-written adjoint: one forward pass and 2 backward passes per observation. */
    @Benchmark
    public double[] handWritten() {
        adjoint.jacobian(data, jacobian);
        return jacobian.values();
    }

    /** The Jacobian by central differences: 30 evaluations per observation. */
    @Benchmark
    public double[] centralDifferences() {
        BundleAdjustmentModes.centralDifferences(data, jacobian);
        return jacobian.values();
    }

    /** The Jacobian by Hipparchus's {@code Gradient}: 15 variables per observation. */
    @Benchmark
    public double[] hipparchusGradient() {
        HipparchusDerivatives.bundleAdjustment(data, jacobian);
        return jacobian.values();
    }
}
