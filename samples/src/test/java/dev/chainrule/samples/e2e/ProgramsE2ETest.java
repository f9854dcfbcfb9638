package dev.chainrule.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.DualVector;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks (a)–(k) over issue 3's realistic programs, and what is particular to each: the seed's gradient formulas
 * through the generated API, Rosenbrock at every size from 2 to 50, the Rodrigues branch at θ = 0, and AUTO choosing
 * forward mode for the tall Jacobian of an ODE trajectory.
 */
class ProgramsE2ETest extends FixtureChecks {

    @Override
    Stream<Fixture> fixtures() {
        return ProgramCatalog.all().stream();
    }

    private static double[][] randomMatrix(Random random, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (double[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = 3 * random.nextDouble() - 1.5;
            }
        }
        return m;
    }

    private static void assertClose(double[][] expected, double[][] actual, String what) {
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                double e = expected[i][j];
                double a = actual[i][j];
                int row = i;
                int col = j;
                assertTrue(Harness.close(e, a, Harness.TIGHT),
                        () -> what + "[" + row + "][" + col + "]: expected " + e + ", actual " + a);
            }
        }
    }

    /**
     * The seed's network through {@code mlpLossGradient}: ∂L/∂W₂ = 2(ŷ − y)·aᵀ and ∂L/∂W₁ = (W₂ᵀ·2(ŷ − y) ⊙ 1[h>0])·xᵀ,
     * the formulas computed independently in {@link SeedNetwork}, at random networks of several shapes (including
     * units that the ReLU switches off).
     */
    @Test
    void seedNetworkGradientsAreTheSeedFormulas() {
        Random random = new Random(4);
        int[][] shapes = {{3, 4, 2}, {10, 5, 1}, {2, 8, 3}, {1, 1, 1}};
        int checked = 0;
        int dead = 0;
        for (int[] shape : shapes) {
            for (int trial = 0; trial < 10; trial++) {
                double[][] w1 = randomMatrix(random, shape[1], shape[0]);
                double[][] w2 = randomMatrix(random, shape[2], shape[1]);
                double[] x = randomMatrix(random, 1, shape[0])[0];
                double[] y = randomMatrix(random, 1, shape[2])[0];
                SeedNetwork seed = SeedNetwork.backward(w1, w2, x, y);
                if (Arrays.stream(seed.h()).anyMatch(h -> Math.abs(h) < 1e-9)) {
                    continue;
                }
                dead += (int) Arrays.stream(seed.h()).filter(h -> h < 0).count();
                ProgramsDerivatives.MlpLossGradient g = ProgramsDerivatives.mlpLossGradient(w1, w2, x, y);
                String at = Arrays.toString(shape) + " trial " + trial;
                assertEquals(Programs.mlpLoss(w1, w2, x, y), g.value(), at);
                assertEquals(seed.loss(), g.value(), 1e-12 * seed.loss(), at);
                assertClose(seed.dW2(), g.w2(), "dL/dW2 " + at);
                assertClose(seed.dW1(), g.w1(), "dL/dW1 " + at);
                // A unit the ReLU switched off passes nothing back: its row of dL/dW1 is exactly zero.
                for (int i = 0; i < seed.h().length; i++) {
                    if (seed.h()[i] < 0) {
                        double[] zero = new double[shape[0]];
                        assertArrayEquals(zero, g.w1()[i], "dead unit " + i + " " + at);
                    }
                }
                checked++;
            }
        }
        assertTrue(checked >= 30 && dead > 0, "checked " + checked + " networks with " + dead + " dead units");
    }

    /** Extended Rosenbrock at every n from 2 to 50: both modes against the closed-form gradient. */
    @Test
    void rosenbrockAtEverySizeFromTwoToFifty() {
        List<String> failures = new ArrayList<>();
        Random random = new Random(50);
        for (int n = 2; n <= 50; n++) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = 4 * random.nextDouble() - 2;
            }
            double[] expected = ProgramCatalog.rosenbrock(n).oracle(x)[0];
            ProgramsDerivatives.RosenbrockGradient g = ProgramsDerivatives.rosenbrockGradient(x);
            if (Double.compare(Programs.rosenbrock(x), g.value()) != 0) {
                failures.add("n=" + n + " value " + g.value() + ", method " + Programs.rosenbrock(x));
            }
            for (int k = 0; k < n; k++) {
                double[] v = new double[n];
                v[k] = 1;
                double forward = ProgramsDerivatives.rosenbrockJvp(x, v).tangent();
                if (!Harness.close(expected[k + 1], g.x()[k], Harness.TIGHT)
                        || !Harness.close(expected[k + 1], forward, Harness.TIGHT)) {
                    failures.add("n=" + n + " d/dx" + k + ": closed form " + expected[k + 1] + ", reverse "
                            + g.x()[k] + ", forward " + forward);
                }
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    /** The RK4 trajectory's Jacobian is tall (80 × 6): AUTO must choose forward mode and give exactly its result. */
    @Test
    void autoPicksForwardForTheTallTrajectoryJacobian() {
        int steps = 40;
        double dt = 0.05;
        DifferentiableFunction view = ProgramsDerivatives.rk4(4, 2, 2 * steps, steps, dt);
        double[] x = {1.1, 0.4, 0.9, 0.3, 1.2, 0.8};
        assertEquals(6, view.inputDimension());
        assertEquals(2 * steps, view.outputDimension());
        assertEquals(Mode.FORWARD, Jacobians.explain(view).mode(), () -> Jacobians.explain(view).reason());
        double[][] auto = Jacobians.jacobian(view, x, Mode.AUTO);
        double[][] forward = Jacobians.jacobian(view, x, Mode.FORWARD);
        double[][] reverse = Jacobians.jacobian(view, x, Mode.REVERSE);
        assertTrue(Arrays.deepEquals(forward, auto), "AUTO is not bit-for-bit FORWARD");
        assertClose(reverse, forward, "forward vs reverse");
        // The generated Jvp, column by column, is what the driver assembled.
        double[] p = Arrays.copyOfRange(x, 0, 4);
        double[] y0 = Arrays.copyOfRange(x, 4, 6);
        for (int k = 0; k < 6; k++) {
            double[] pDot = new double[4];
            double[] y0Dot = new double[2];
            if (k < 4) {
                pDot[k] = 1;
            } else {
                y0Dot[k - 4] = 1;
            }
            DualVector column = ProgramsDerivatives.rk4Jvp(p, pDot, y0, y0Dot, steps, dt);
            assertArrayEquals(Programs.rk4(p, y0, steps, dt), column.value());
            for (int i = 0; i < 2 * steps; i++) {
                assertEquals(forward[i][k], column.tangent()[i], "row " + i + " column " + k);
            }
        }
    }

    /**
     * The Rodrigues rotation at θ = 0 exactly takes the first-order branch; its Jacobian there must be the limit of
     * the Jacobian of the θ ≠ 0 branch as θ → 0 (the rotation is smooth), and both modes must agree there.
     */
    @Test
    void rodriguesJacobianIsContinuousAtThetaZero() {
        double[] observation = {0.1, -0.2};
        double[] point = {0.4, -0.7, 5.5};
        double[][] atZero = reprojectionJacobian(new double[] {0, 0, 0}, point, observation);
        List<String> failures = new ArrayList<>();
        for (double t : new double[] {1e-4, 1e-6, 1e-8}) {
            double[][] near = reprojectionJacobian(new double[] {t, -t, 0.5 * t}, point, observation);
            for (int i = 0; i < 2; i++) {
                for (int k = 0; k < ProgramCatalog.CAMERA + 3; k++) {
                    // The Jacobian is Lipschitz in r: the difference shrinks with θ.
                    double tolerance = 10 * t * Math.max(1, Math.abs(atZero[i][k]));
                    if (!(Math.abs(atZero[i][k] - near[i][k]) <= tolerance)) {
                        failures.add("θ≈" + t + " d" + i + "/dx" + k + ": at 0 " + atZero[i][k] + ", near "
                                + near[i][k]);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
        // At θ = 0 the derivative with respect to r is finite and nonzero (the cross product's).
        assertAll(() -> assertTrue(Double.isFinite(atZero[0][0]) && atZero[0][1] != 0, Arrays.toString(atZero[0])));
    }

    private static double[][] reprojectionJacobian(double[] rotation, double[] point, double[] observation) {
        double[] cam = {0, 0, 0, 0.1, -0.2, 0.3, 1.3, 0.02, -0.03, 0.05, -0.01};
        System.arraycopy(rotation, 0, cam, 0, 3);
        int n = ProgramCatalog.CAMERA + 3;
        double[][] forward = new double[2][n];
        for (int k = 0; k < n; k++) {
            double[] camDot = new double[ProgramCatalog.CAMERA];
            double[] pointDot = new double[3];
            if (k < ProgramCatalog.CAMERA) {
                camDot[k] = 1;
            } else {
                pointDot[k - ProgramCatalog.CAMERA] = 1;
            }
            DualVector d = ProgramsDerivatives.reprojectionJvp(cam, camDot, point, pointDot, observation);
            forward[0][k] = d.tangent()[0];
            forward[1][k] = d.tangent()[1];
        }
        for (int i = 0; i < 2; i++) {
            double[] seed = new double[2];
            seed[i] = 1;
            double[] camBar = new double[ProgramCatalog.CAMERA];
            double[] pointBar = new double[3];
            ProgramsDerivatives.reprojectionVjp(cam, point, observation, seed, camBar, pointBar);
            for (int k = 0; k < n; k++) {
                double reverse = k < ProgramCatalog.CAMERA ? camBar[k] : pointBar[k - ProgramCatalog.CAMERA];
                assertTrue(Harness.close(forward[i][k], reverse, Harness.TIGHT), "r=" + Arrays.toString(rotation)
                        + " d" + i + "/dx" + k + ": forward " + forward[i][k] + ", reverse " + reverse);
            }
        }
        return forward;
    }
}
