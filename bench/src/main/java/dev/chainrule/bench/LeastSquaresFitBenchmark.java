package dev.chainrule.bench;

import dev.chainrule.samples.fit.NistFit;
import dev.chainrule.samples.fit.NistProblem;
import java.util.concurrent.TimeUnit;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer.Optimum;
import org.hipparchus.optim.nonlinear.vector.leastsquares.MultivariateJacobianFunction;
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
 * The time to converge of a whole Levenberg–Marquardt fit in Hipparchus, from NIST's first start ({@link NistFit#fit}):
 * with the generated Jacobian through {@code chainrule-hipparchus}'s {@code LeastSquaresModel}
 * ({@code exactJacobian}) and with the forward-difference Jacobian a user writes without it
 * ({@code forwardDifferences}). The figure to read is the ratio {@code forwardDifferences / exactJacobian} at each
 * problem. Both Jacobians take the same iterations and evaluations on both problems (the samples command prints
 * them: Misra1a 16 and 20, Lanczos3 78 and 84), so the ratio is the cost of one evaluation, plus the optimiser's own
 * work; on Lanczos3 the forward-difference fit also misses NIST's certified values (4.8 correct digits against 8.2).
 *
 * <p>One fit per call: the optimiser and the problem are built afresh, as a user's call would.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class LeastSquaresFitBenchmark {

    /** The NIST StRD problem: Misra1a (2 parameters, 14 observations) or Lanczos3 (6 parameters, 24). */
    @Param({"misra1a", "lanczos3"})
    public String problem;

    private NistProblem nist;
    private MultivariateJacobianFunction exact;
    private MultivariateJacobianFunction differences;

    @Setup
    public void setUp() {
        nist = "misra1a".equals(problem) ? NistProblem.misra1a() : NistProblem.lanczos3();
        exact = NistFit.exactJacobian(nist);
        differences = NistFit.forwardDifferences(nist);
    }

    /** The fit with the generated Jacobian. */
    @Benchmark
    public Optimum exactJacobian() {
        return NistFit.fit(nist, exact);
    }

    /** The fit with forward differences. */
    @Benchmark
    public Optimum forwardDifferences() {
        return NistFit.fit(nist, differences);
    }
}
