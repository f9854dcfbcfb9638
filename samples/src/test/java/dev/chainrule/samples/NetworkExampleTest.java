package dev.chainrule.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The generated gradient of the seed's 2-layer network matches the seed's formulas, and training lowers the loss. */
class NetworkExampleTest {

    @Test
    void generatedGradientIsTheSeedsBackpropagationOnOneExample() {
        NetworkExample.Comparison comparison = NetworkExample.compareOnOneExample(NetworkExample.problem());
        assertTrue(comparison.relativeError() <= NetworkExample.TOLERANCE, "relative error "
                + comparison.relativeError());
        // The example must exercise both sides of the ReLU, or 1[h > 0] is not tested.
        assertTrue(comparison.activeUnits() > 0 && comparison.activeUnits() < NetworkExample.HIDDEN,
                comparison.activeUnits() + " active units");
    }

    @Test
    void vjpAccumulatesSeedTimesGradientAndReturnsTheLoss() {
        NetworkExample.Problem p = NetworkExample.problem();
        NetworkFunctionsDerivatives.LossGradient g = NetworkFunctionsDerivatives.lossGradient(p.w1(), p.w2(), p.xs(),
                p.ys());
        double[][] w1Bar = new double[NetworkExample.HIDDEN][NetworkExample.INPUTS];
        double[][] w2Bar = new double[NetworkExample.OUTPUTS][NetworkExample.HIDDEN];
        w1Bar[0][0] = 1;
        double value = NetworkFunctionsDerivatives.lossVjp(p.w1(), p.w2(), p.xs(), p.ys(), 3, w1Bar, w2Bar);
        assertEquals(NetworkFunctions.loss(p.w1(), p.w2(), p.xs(), p.ys()), value);
        assertEquals(1 + 3 * g.w1()[0][0], w1Bar[0][0], 1e-12 * Math.abs(1 + 3 * g.w1()[0][0]));
        for (int i = 0; i < w2Bar.length; i++) {
            for (int j = 0; j < w2Bar[i].length; j++) {
                assertEquals(3 * g.w2()[i][j], w2Bar[i][j], 1e-12 * Math.abs(3 * g.w2()[i][j]) + 1e-300);
            }
        }
    }

    @Test
    void reverseAgreesWithForwardAlongARandomDirection() {
        // Dot-product identity: <grad, v> from reverse mode equals the forward-mode directional derivative.
        NetworkExample.Problem p = NetworkExample.problem();
        NetworkFunctionsDerivatives.LossGradient g = NetworkFunctionsDerivatives.lossGradient(p.w1(), p.w2(), p.xs(),
                p.ys());
        double[][] w1Dot = shifted(NetworkExample.problem().w1());
        double[][] w2Dot = shifted(NetworkExample.problem().w2());
        double tangent = NetworkFunctionsDerivatives.lossJvp(p.w1(), w1Dot, p.w2(), w2Dot, p.xs(), p.ys()).tangent();
        double expected = dot(g.w1(), w1Dot) + dot(g.w2(), w2Dot);
        assertEquals(expected, tangent, 1e-12 * Math.abs(expected));
    }

    @Test
    void trainingLowersTheLossTenfoldAndLeavesTheDataAlone() {
        NetworkExample.Problem p = NetworkExample.problem();
        double[][] xs = deepCopy(p.xs());
        double[] losses = NetworkExample.train(p, NetworkExample.STEPS);
        assertTrue(losses[NetworkExample.STEPS] < losses[0] / 10, losses[0] + " -> " + losses[NetworkExample.STEPS]);
        for (int s = 0; s < xs.length; s++) {
            assertArrayEquals(xs[s], p.xs()[s]);
        }
    }

    @Test
    void runPrintsTheLossFallingAndNoFailure() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int failures = NetworkExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertEquals(0, failures, printed);
        assertTrue(printed.contains("step    0  loss"), printed);
        assertTrue(printed.contains("step  " + NetworkExample.STEPS + "  loss"), printed);
    }

    private static double[][] shifted(double[][] m) {
        double[][] r = deepCopy(m);
        for (double[] row : r) {
            for (int j = 0; j < row.length; j++) {
                row[j] = row[j] * 0.5 + 0.25 * j;
            }
        }
        return r;
    }

    private static double dot(double[][] p, double[][] q) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p[i].length; j++) {
                s += p[i][j] * q[i][j];
            }
        }
        return s;
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] r = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            r[i] = m[i].clone();
        }
        return r;
    }
}
