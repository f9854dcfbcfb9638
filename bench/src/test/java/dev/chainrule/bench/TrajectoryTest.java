package dev.chainrule.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chainrule.bench.functions.Flattening;
import dev.chainrule.bench.functions.LotkaVolterraDerivatives;
import dev.chainrule.bench.functions.LotkaVolterraProblem;
import dev.chainrule.bench.functions.LotkaVolterraTangent;
import dev.chainrule.bench.peers.CommonsMathDerivatives;
import dev.chainrule.bench.peers.HipparchusDerivatives;
import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.DualVector;
import dev.chainrule.runtime.GradientCheck;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import org.junit.jupiter.api.Test;

/**
 * The ODE benchmark measures right Jacobians: on the benchmark's trajectory (3000 × 4), forward, reverse and AUTO,
 * the generated JVPs, hand-written sensitivities, Hipparchus, Commons Math and central differences agree.
 */
class TrajectoryTest {

    @Test
    void everyWayGivesTheSameJacobian() {
        LotkaVolterraProblem problem = LotkaVolterraProblem.standard();
        DifferentiableFunction view = TrajectoryBenchmark.view(problem);
        double[] rates = problem.rates();
        double[] reference = Flattening.concat(Jacobians.jacobian(view, rates, Mode.FORWARD));
        assertEquals(3000 * 4, reference.length);

        double[][] hand = new double[2 * problem.steps()][rates.length];
        double last = new LotkaVolterraTangent().jacobian(rates, problem.u0(), problem.v0(), problem.h(),
                problem.steps(), hand);
        double[] trajectory = problem.trajectory();
        assertEquals(trajectory[trajectory.length - 2], last, 1e-12);
        Agreement.assertClose(reference, Flattening.concat(hand), 1e-9, "hand-written");
        Agreement.assertClose(reference, Flattening.concat(Jacobians.jacobian(view, rates, Mode.REVERSE)), 1e-9,
                "reverse");
        Agreement.assertClose(reference, Flattening.concat(Jacobians.jacobian(view, rates, Mode.AUTO)), 1e-9, "AUTO");
        Agreement.assertClose(reference, Flattening.concat(HipparchusDerivatives.trajectory(rates, problem.u0(),
                problem.v0(), problem.h(), problem.steps())), 1e-9, "Hipparchus");
        Agreement.assertClose(reference, Flattening.concat(CommonsMathDerivatives.trajectory(rates, problem.u0(),
                problem.v0(), problem.h(), problem.steps())), 1e-9, "Commons Math");
        Agreement.assertClose(reference, Flattening.concat(GradientCheck.centralDifferences(view, rates)), 1e-5,
                "central differences");

        double[] direction = {0, 0, 1, 0};
        DualVector column = LotkaVolterraDerivatives.trajectoryJvp(rates, direction, problem.u0(), problem.v0(),
                problem.h(), problem.steps());
        assertArrayEquals(trajectory, column.value());
        for (int i = 0; i < trajectory.length; i++) {
            assertEquals(hand[i][2], column.tangent()[i], 1e-9 * Math.max(1, Math.abs(hand[i][2])));
        }

        TrajectoryBenchmark benchmark = new TrajectoryBenchmark();
        benchmark.setUp();
        Agreement.assertClose(reference, Flattening.concat(benchmark.vectorForward()), 1e-12, "vector forward");
        Agreement.assertClose(reference, Flattening.concat(benchmark.forward()), 1e-12, "single JVPs");
    }
}
