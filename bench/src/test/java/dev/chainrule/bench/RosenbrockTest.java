package dev.chainrule.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chainrule.bench.peers.CommonsMathDerivatives;
import dev.chainrule.bench.peers.HipparchusDerivatives;
import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.GradientCheck;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Rosenbrock benchmark measures right gradients: the generated reverse mode, the hand-written adjoint, AUTO, the
 * peers and central differences agree at points drawn as the benchmark draws them; its vector forward sweep computes
 * what eight single JVPs do.
 */
class RosenbrockTest {

    @ParameterizedTest
    @ValueSource(ints = {10, 1000})
    void everyWayGivesTheSameGradient(int n) {
        Random random = new Random(42);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -1.2 + 2.4 * random.nextDouble();
        }
        double[] generated = new double[n];
        double value = BenchFunctionsDerivatives.rosenbrockVjp(x, 1, generated);
        double[] hand = new double[n];
        assertEquals(value, HandWritten.rosenbrock(x, hand), 1e-12 * value);
        Agreement.assertClose(generated, hand, 1e-12, "hand-written");
        DifferentiableFunction view = BenchFunctionsDerivatives.rosenbrock(n);
        Agreement.assertClose(generated, Jacobians.jacobian(view, x, Mode.AUTO)[0], 1e-12, "AUTO");
        Agreement.assertClose(generated, HipparchusDerivatives.rosenbrock(x), 1e-12, "Hipparchus Gradient");
        if (n <= 100) {
            // Both DerivativeStructure types take seconds and much heap at n = 1000 (the test JVM ran out): keep n small.
            Agreement.assertClose(generated, HipparchusDerivatives.rosenbrockDerivativeStructure(x), 1e-12,
                    "Hipparchus DerivativeStructure");
            Agreement.assertClose(generated, CommonsMathDerivatives.rosenbrock(x), 1e-12, "Commons Math");
        }
        Agreement.assertClose(generated, GradientCheck.centralDifferences(view, x)[0], 1e-6, "central differences");
        assertEquals(n, Arrays.stream(generated).filter(Double::isFinite).count());
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 1000})
    void vectorJvpGivesTheEightJvps(int n) {
        Random random = new Random(42);
        double[] x = new double[n];
        double[][] directions = new double[8][n];
        for (int i = 0; i < n; i++) {
            x[i] = -1.2 + 2.4 * random.nextDouble();
            for (double[] direction : directions) {
                direction[i] = random.nextGaussian();
            }
        }
        double[] vector = BenchFunctionsDerivatives.rosenbrockJvps(x, directions).tangents();
        assertEquals(8, vector.length);
        for (int d = 0; d < 8; d++) {
            double single = BenchFunctionsDerivatives.rosenbrockJvp(x, directions[d]).tangent();
            assertEquals(single, vector[d], 1e-12 * Math.abs(single), "direction " + d);
        }
    }
}
