package dev.chainrule.bench;

import dev.chainrule.bench.functions.LotkaVolterra;
import dev.chainrule.bench.functions.LotkaVolterraDerivatives;
import dev.chainrule.bench.functions.LotkaVolterraProblem;
import dev.chainrule.bench.functions.LotkaVolterraTangent;
import dev.chainrule.bench.peers.CommonsMathDerivatives;
import dev.chainrule.bench.peers.HipparchusDerivatives;
import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.DualVector;
import dev.chainrule.runtime.DualVectors;
import dev.chainrule.runtime.GradientCheck;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * DESIGN.md §3's ODE row, a tall Jacobian: the Lotka–Volterra trajectory ({@link LotkaVolterra#trajectory}, RK4,
 * 4 rates in, 3000 states out; {@link LotkaVolterraProblem#standard()}). The 3000 × 4 Jacobian by 4 generated tangent
 * sweeps ({@code forward}), by the runtime in each mode ({@code runtimeForward}, {@code runtimeReverse}: 3000 adjoint
 * sweeps, {@code auto}), by hand-written forward sensitivities, by central differences, and by Hipparchus's
 * {@code Gradient} and Commons Math's {@code DerivativeStructure}. The ratio to read is J / f per input (÷ 4).
 */
@State(Scope.Thread)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class TrajectoryBenchmark {

    private LotkaVolterraProblem problem;
    private double[] rates;
    private double[][] directions;
    private double[][] jacobian;
    private LotkaVolterraTangent tangent;
    private DifferentiableFunction view;

    /**
     * The generated view of a problem's trajectory over its rates.
     *
     * @param problem the problem
     * @return {@code LotkaVolterraDerivatives.trajectory(...)} with the initial state and the steps bound
     */
    public static DifferentiableFunction view(LotkaVolterraProblem problem) {
        return LotkaVolterraDerivatives.trajectory(problem.rates().length, 2 * problem.steps(), problem.u0(),
                problem.v0(), problem.h(), problem.steps());
    }

    @Setup
    public void setUp() {
        problem = LotkaVolterraProblem.standard();
        rates = problem.rates();
        int n = rates.length;
        directions = new double[n][n];
        for (int k = 0; k < n; k++) {
            directions[k][k] = 1;
        }
        jacobian = new double[2 * problem.steps()][n];
        tangent = new LotkaVolterraTangent();
        view = view(problem);
    }

    @Benchmark
    public double[] plain() {
        return LotkaVolterra.trajectory(rates, problem.u0(), problem.v0(), problem.h(), problem.steps());
    }

    /** The Jacobian by generated forward mode: one {@code trajectoryJvp} per rate, copied into its column. */
    @Benchmark
    public double[][] forward() {
        for (int k = 0; k < rates.length; k++) {
            DualVector column = LotkaVolterraDerivatives.trajectoryJvp(rates, directions[k], problem.u0(),
                    problem.v0(), problem.h(), problem.steps());
            double[] t = column.tangent();
            for (int i = 0; i < t.length; i++) {
                jacobian[i][k] = t[i];
            }
        }
        return jacobian;
    }

    /**
     * The Jacobian by generated vector forward mode: one {@code trajectoryJvps} sweep carrying every rate's
     * direction, against {@link #forward}'s one sweep per direction.
     */
    @Benchmark
    public double[][] vectorForward() {
        DualVectors columns = LotkaVolterraDerivatives.trajectoryJvps(rates, directions, problem.u0(), problem.v0(),
                problem.h(), problem.steps());
        for (int k = 0; k < rates.length; k++) {
            double[] t = columns.tangents()[k];
            for (int i = 0; i < t.length; i++) {
                jacobian[i][k] = t[i];
            }
        }
        return jacobian;
    }

    /** The Jacobian from the runtime in forward mode: {@code Jacobians.jacobian(view, p, FORWARD)}. */
    @Benchmark
    public double[][] runtimeForward() {
        return Jacobians.jacobian(view, rates, Mode.FORWARD);
    }

    /** The Jacobian from the runtime in reverse mode: one adjoint sweep per state, the wrong mode here. */
    @Benchmark
    public double[][] runtimeReverse() {
        return Jacobians.jacobian(view, rates, Mode.REVERSE);
    }

    /** The Jacobian as a user gets it from the runtime: {@code Jacobians.jacobian(view, p, AUTO)}. */
    @Benchmark
    public double[][] auto() {
        return Jacobians.jacobian(view, rates, Mode.AUTO);
    }

    /** The Jacobian by hand-written forward sensitivities, all four directions in one sweep. */
    @Benchmark
    public double handWritten() {
        return tangent.jacobian(rates, problem.u0(), problem.v0(), problem.h(), problem.steps(), jacobian);
    }

    /** The Jacobian by central differences: eight integrations. */
    @Benchmark
    public double[][] centralDifferences() {
        return GradientCheck.centralDifferences(view, rates);
    }

    /** The Jacobian by Hipparchus's {@code Gradient}: four variables carried through the integration. */
    @Benchmark
    public double[][] hipparchusGradient() {
        return HipparchusDerivatives.trajectory(rates, problem.u0(), problem.v0(), problem.h(), problem.steps());
    }

    /** The Jacobian by Commons Math 3's {@code DerivativeStructure}, first order in four variables. */
    @Benchmark
    public double[][] commonsMathDerivativeStructure() {
        return CommonsMathDerivatives.trajectory(rates, problem.u0(), problem.v0(), problem.h(), problem.steps());
    }
}
