package dev.chainrule.samples.calls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.GradientCheck;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Regressions found by hunting: each compiles, returns the original value, and agrees in both modes. */
class RegressionTest {

    private static void agree(DifferentiableFunction f, double[] x) {
        double[][] forward = Jacobians.jacobian(f, x, Mode.FORWARD);
        double[][] reverse = Jacobians.jacobian(f, x, Mode.REVERSE);
        for (int i = 0; i < forward.length; i++) {
            for (int j = 0; j < x.length; j++) {
                assertEquals(forward[i][j], reverse[i][j], 1e-12 * Math.max(1, Math.abs(forward[i][j])));
            }
        }
        GradientCheck.Report report = GradientCheck.check(f, x);
        assertTrue(report.passes(1e-6), report.toString());
    }

    @Test
    void matrixAllocatedInALoop() {
        double[] x = new Random(1).doubles(3 * 4 + 4, -1, 1).toArray();
        agree(RegressionFunctionsDerivatives.matrixInLoop(3, 4, 4), x);
    }

    @Test
    void matrixReassigned() {
        agree(RegressionFunctionsDerivatives.matrixReassigned(4), new double[] {0.3, -0.7, 1.1, 0.5});
    }

    @Test
    void earlyReturnOfAnArrayKeepsItsValue() {
        for (double[] point : new double[][] {{0.3, 0.7}, {0.7, 0.3}}) {
            double[] value = RegressionFunctionsDerivatives.earlyArrayVjp(point[0], point[1], new double[] {1, 1},
                    new double[1], new double[1]);
            assertArrayEquals(RegressionFunctions.earlyArray(point[0], point[1]), value, 0);
            agree(RegressionFunctionsDerivatives.earlyArray(2), point);
        }
    }

    @Test
    void arrayReassignedFromCalls() {
        agree(RegressionFunctionsDerivatives.reassignedFromCalls(2), new double[] {0.86, 0.84});
    }

    @Test
    void expressionArgumentToAnArrayCallee() {
        agree(RegressionFunctionsDerivatives.normalized(2, 2), new double[] {0.68, 0.72});
    }

    @Test
    void arrayGivenANewInitializer() {
        double[] x = {0.3, 0.7, 1.1};
        assertArrayEquals(new double[] {0.7 * 1.1 + 0.7, 0.3 * 1.1 + 0.3, 0.3 * 0.7},
                dev.chainrule.runtime.Gradients.gradient(RegressionFunctionsDerivatives.reinitialized(3), x), 1e-14);
        agree(RegressionFunctionsDerivatives.reinitialized(3), x);
    }

    @Test
    void staticArrayFieldsAreReadAsConstants() {
        double[] p = {0.4, 0.3};
        double expected = 0;
        double[] expectedGradient = new double[2];
        for (double t : RegressionFunctions.TABLE) {
            double e = Math.exp(p[1] * t);
            double r = p[0] * e - t;
            expected += r * r + p[1] * t;
            expectedGradient[0] += 2 * r * e;
            expectedGradient[1] += 2 * r * p[0] * t * e + t;
        }
        expected += (1 * 2 + 3 * 4) * p[0] + 2 * p[1];
        expectedGradient[0] += 1 * 2 + 3 * 4;
        expectedGradient[1] += 2;
        RegressionFunctionsDerivatives.FittedGradient g = RegressionFunctionsDerivatives.fittedGradient(p);
        assertEquals(expected, g.value(), 1e-12);
        assertArrayEquals(expectedGradient, g.p(), 1e-12);
        agree(RegressionFunctionsDerivatives.fitted(2), p);
    }

    @Test
    void enhancedForOverACallsResult() {
        double[] x = {0.7, -0.4};
        double a = x[0] * x[1] - 1;
        double b = x[0] + Math.sin(x[1]);
        assertArrayEquals(new double[] {2 * a * x[1] + 2 * b, 2 * a * x[0] + 2 * b * Math.cos(x[1])},
                RegressionFunctionsDerivatives.sumOfSquaresGradient(x).x(), 1e-14);
        agree(RegressionFunctionsDerivatives.sumOfSquares(2), x);
    }

    @Test
    void enhancedForOverTheRowsOfAMatrix() {
        double[][] w = {{0.3, -0.2}, {0.5, 0.1}, {-0.4, 0.7}};
        double[] x = {0.9, -1.1};
        double expected = 0;
        double[] gx = new double[2];
        double[][] gw = new double[3][2];
        for (int i = 0; i < 3; i++) {
            double s = w[i][0] * x[0] + w[i][1] * x[1];
            double t = Math.tanh(s);
            expected += t + s * s * t;
            double ds = (1 - t * t) * (1 + s * s) + 2 * s * t;
            for (int j = 0; j < 2; j++) {
                gx[j] += ds * w[i][j];
                gw[i][j] = ds * x[j];
            }
        }
        RegressionFunctionsDerivatives.RowsGradient g = RegressionFunctionsDerivatives.rowsGradient(w, x);
        assertEquals(expected, g.value(), 1e-14);
        assertArrayEquals(gx, g.x(), 1e-12);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(gw[i], g.w()[i], 1e-12);
        }
        agree(RegressionFunctionsDerivatives.rows(3, 2, 2), new double[] {0.3, -0.2, 0.5, 0.1, -0.4, 0.7, 0.9, -1.1});
    }
}
