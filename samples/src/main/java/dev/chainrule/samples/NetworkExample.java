package dev.chainrule.samples;

import dev.chainrule.runtime.GradientCheck;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The seed's 2-layer network ({@link NetworkFunctions#loss}) trained by gradient descent with the generated reverse
 * mode, and the generated gradient compared with the seed's backpropagation formulas on one example.
 *
 * <p>The data are synthetic and deterministic: inputs drawn from a seeded {@link Random}, targets made by a fixed
 * "teacher" network of the same shape, so a student started from other small random weights can fit them.
 * {@link #main} fails (throws) if the generated gradient differs from the seed's formulas by more than
 * {@link #TOLERANCE}, if the gradient check of the generated view fails, or if training does not lower the loss.
 */
public final class NetworkExample {

    /** The largest relative difference accepted between the generated gradient and the seed's formulas. */
    public static final double TOLERANCE = 1e-12;

    /** Inputs per example. */
    public static final int INPUTS = 3;
    /** Hidden units (the ReLU layer). */
    public static final int HIDDEN = 8;
    /** Outputs per example. */
    public static final int OUTPUTS = 2;
    /** Examples in the batch. */
    public static final int BATCH = 32;
    /** Gradient-descent steps. */
    public static final int STEPS = 600;
    /** Print the loss every this many steps. */
    public static final int PRINT_EVERY = 50;
    /** The learning rate. */
    public static final double LEARNING_RATE = 0.05;

    private NetworkExample() {
    }

    /**
     * A synthetic batch and a starting point.
     *
     * @param w1 the student's starting first layer, {@code HIDDEN × INPUTS}
     * @param w2 the student's starting second layer, {@code OUTPUTS × HIDDEN}
     * @param xs the inputs, {@code BATCH × INPUTS}
     * @param ys the teacher's outputs, {@code BATCH × OUTPUTS}
     */
    public record Problem(double[][] w1, double[][] w2, double[][] xs, double[][] ys) {
    }

    /**
     * Makes the deterministic synthetic problem.
     *
     * @return a fresh problem (new arrays every call)
     */
    public static Problem problem() {
        Random random = new Random(20261128L);
        double[][] teacher1 = gaussian(random, HIDDEN, INPUTS, 1.0);
        double[][] teacher2 = gaussian(random, OUTPUTS, HIDDEN, 0.5);
        double[][] xs = gaussian(random, BATCH, INPUTS, 1.0);
        double[][] ys = new double[BATCH][];
        for (int s = 0; s < BATCH; s++) {
            ys[s] = forward(teacher1, teacher2, xs[s]).yHat();
        }
        double[][] w1 = gaussian(random, HIDDEN, INPUTS, 0.5);
        double[][] w2 = gaussian(random, OUTPUTS, HIDDEN, 0.5);
        return new Problem(w1, w2, xs, ys);
    }

    /**
     * The seed's forward pass for one example, keeping every intermediate.
     *
     * @param h    {@code W1·x}
     * @param a    {@code relu(h)}
     * @param yHat {@code W2·a}
     */
    public record Forward(double[] h, double[] a, double[] yHat) {
    }

    /**
     * The seed's forward pass, {@code h = W1·x}, {@code a = max(0, h)}, {@code ŷ = W2·a}, written separately from
     * {@link NetworkFunctions#loss} so that the closed forms below do not lean on the code under test.
     *
     * @param w1 the first layer
     * @param w2 the second layer
     * @param x  one input
     * @return the intermediates
     */
    public static Forward forward(double[][] w1, double[][] w2, double[] x) {
        double[] h = new double[w1.length];
        double[] a = new double[w1.length];
        for (int j = 0; j < w1.length; j++) {
            for (int k = 0; k < x.length; k++) {
                h[j] += w1[j][k] * x[k];
            }
            a[j] = Math.max(0, h[j]);
        }
        double[] yHat = new double[w2.length];
        for (int i = 0; i < w2.length; i++) {
            for (int j = 0; j < a.length; j++) {
                yHat[i] += w2[i][j] * a[j];
            }
        }
        return new Forward(h, a, yHat);
    }

    /**
     * The gradient of {@code L = ‖ŷ − y‖²} for one example by the seed's backward pass:
     * {@code ∂L/∂ŷ = 2(ŷ − y)}, {@code ∂L/∂W2 = 2(ŷ − y)·aᵀ}, {@code ∂L/∂a = W2ᵀ·2(ŷ − y)},
     * {@code ∂L/∂h = ∂L/∂a ⊙ 1[h > 0]}, {@code ∂L/∂W1 = ∂L/∂h·xᵀ}.
     *
     * @param w1 the first layer
     * @param w2 the second layer
     * @param x  the input
     * @param y  the target
     * @return {@code {∂L/∂W1, ∂L/∂W2}}
     */
    public static double[][][] seedFormulas(double[][] w1, double[][] w2, double[] x, double[] y) {
        Forward f = forward(w1, w2, x);
        double[] dyHat = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            dyHat[i] = 2 * (f.yHat()[i] - y[i]);
        }
        double[][] dW2 = new double[w2.length][w2[0].length];
        for (int i = 0; i < dW2.length; i++) {
            for (int j = 0; j < dW2[i].length; j++) {
                dW2[i][j] = dyHat[i] * f.a()[j];
            }
        }
        double[] dh = new double[w1.length];
        for (int j = 0; j < dh.length; j++) {
            double da = 0;
            for (int i = 0; i < w2.length; i++) {
                da += w2[i][j] * dyHat[i];
            }
            dh[j] = f.h()[j] > 0 ? da : 0;
        }
        double[][] dW1 = new double[w1.length][x.length];
        for (int j = 0; j < dW1.length; j++) {
            for (int k = 0; k < x.length; k++) {
                dW1[j][k] = dh[j] * x[k];
            }
        }
        return new double[][][] {dW1, dW2};
    }

    /**
     * The generated gradient on one example beside the seed's formulas.
     *
     * @param generatedW1 {@code ∂L/∂W1} from the generated reverse mode
     * @param generatedW2 {@code ∂L/∂W2} from the generated reverse mode
     * @param formulaW1   {@code ∂L/∂W1} from {@link #seedFormulas}
     * @param formulaW2   {@code ∂L/∂W2} from {@link #seedFormulas}
     * @param activeUnits how many hidden units have {@code h > 0} on this example (the others pass no gradient)
     */
    public record Comparison(double[][] generatedW1, double[][] generatedW2, double[][] formulaW1,
            double[][] formulaW2, int activeUnits) {

        /**
         * The largest difference between generated and formula entries, relative to the largest formula entry.
         *
         * @return {@code max |generated − formula| / max |formula|} over both matrices
         */
        public double relativeError() {
            double difference = Math.max(maxDifference(generatedW1, formulaW1), maxDifference(generatedW2, formulaW2));
            double scale = Math.max(maxAbs(formulaW1), maxAbs(formulaW2));
            return difference == 0 ? 0 : difference / scale;
        }
    }

    /**
     * Compares the generated gradient ({@code lossGradient} with a batch of one) with {@link #seedFormulas} on the
     * first example of the problem, at the student's starting weights.
     *
     * @param problem the problem
     * @return the comparison
     */
    public static Comparison compareOnOneExample(Problem problem) {
        double[] x = problem.xs()[0];
        double[] y = problem.ys()[0];
        NetworkFunctionsDerivatives.LossGradient generated = NetworkFunctionsDerivatives.lossGradient(problem.w1(),
                problem.w2(), new double[][] {x}, new double[][] {y});
        double[][][] formulas = seedFormulas(problem.w1(), problem.w2(), x, y);
        int active = (int) Arrays.stream(forward(problem.w1(), problem.w2(), x).h()).filter(v -> v > 0).count();
        return new Comparison(generated.w1(), generated.w2(), formulas[0], formulas[1], active);
    }

    /**
     * Gradient descent on the whole batch with the generated reverse mode. The adjoint arrays are allocated once and
     * zeroed before every step, since {@code lossVjp} accumulates into them.
     *
     * @param problem the problem; its weights are updated in place
     * @param steps   how many steps
     * @return the loss before step 0, 1, ..., {@code steps - 1}, then the loss after the last step
     */
    public static double[] train(Problem problem, int steps) {
        double[][] w1 = problem.w1();
        double[][] w2 = problem.w2();
        double[][] w1Bar = new double[w1.length][w1[0].length];
        double[][] w2Bar = new double[w2.length][w2[0].length];
        double[] losses = new double[steps + 1];
        for (int step = 0; step < steps; step++) {
            zero(w1Bar);
            zero(w2Bar);
            losses[step] = NetworkFunctionsDerivatives.lossVjp(w1, w2, problem.xs(), problem.ys(), 1.0, w1Bar, w2Bar);
            descend(w1, w1Bar);
            descend(w2, w2Bar);
        }
        losses[steps] = NetworkFunctions.loss(w1, w2, problem.xs(), problem.ys());
        return losses;
    }

    /**
     * Runs the example and prints it.
     *
     * @param out where to print
     * @return the number of failed checks (0 when all pass)
     */
    public static int run(PrintStream out) {
        int failures = 0;
        out.println("5. The seed's 2-layer network: x -> W1 -> ReLU -> W2 -> MSE, L = (1/B) sum ||W2 relu(W1 x) - y||^2");
        out.printf(Locale.ROOT, "  %d inputs, %d hidden units, %d outputs, a synthetic batch of B = %d "
                + "(targets from a fixed teacher network)%n", INPUTS, HIDDEN, OUTPUTS, BATCH);

        Problem problem = problem();
        Comparison comparison = compareOnOneExample(problem);
        boolean close = comparison.relativeError() <= TOLERANCE;
        failures += close ? 0 : 1;
        out.printf(Locale.ROOT, "  one example (B = 1, %d of %d hidden units active):%n", comparison.activeUnits(),
                HIDDEN);
        out.println("    seed:      dL/dW2 = 2(yHat - y) a^T,  dL/dW1 = (W2^T 2(yHat - y) * 1[h > 0]) x^T");
        out.println("    generated: NetworkFunctionsDerivatives.lossGradient(w1, w2, {x}, {y})");
        out.printf(Locale.ROOT, "    dL/dW2 row 0: generated %s%n", row(comparison.generatedW2()[0]));
        out.printf(Locale.ROOT, "                  seed      %s%n", row(comparison.formulaW2()[0]));
        out.printf(Locale.ROOT, "    dL/dW1 col 0: generated %s%n", row(column(comparison.generatedW1(), 0)));
        out.printf(Locale.ROOT, "                  seed      %s%n", row(column(comparison.formulaW1(), 0)));
        out.printf(Locale.ROOT, "    max |generated - seed| / max |seed| over all %d entries: %.1e%s%n",
                HIDDEN * INPUTS + OUTPUTS * HIDDEN, comparison.relativeError(), close ? "" : "  MISMATCH");

        GradientCheck.Report check = GradientCheck.check(
                NetworkFunctionsDerivatives.loss(HIDDEN, INPUTS, OUTPUTS, HIDDEN, problem.xs(), problem.ys()),
                flatten(problem.w1(), problem.w2()));
        boolean passed = check.passes(SeedExamples.CHECK_TOLERANCE);
        failures += passed ? 0 : 1;
        out.printf(Locale.ROOT, "  whole batch: worst relative error %.1e vs central differences (%s)%n",
                check.worstRelativeError(), passed ? "pass" : "FAIL: " + check);

        out.printf(Locale.ROOT, "  gradient descent, learning rate %s, lossVjp into adjoint arrays reused every step:%n",
                LEARNING_RATE);
        double[] losses = train(problem, STEPS);
        for (int step = 0; step <= STEPS; step += PRINT_EVERY) {
            out.printf(Locale.ROOT, "    step %4d  loss %.6f%n", step, losses[step]);
        }
        boolean fell = losses[STEPS] < losses[0] / 10;
        failures += fell ? 0 : 1;
        out.printf(Locale.ROOT, "  loss %.6f -> %.6f (%s)%n", losses[0], losses[STEPS],
                fell ? "fell more than tenfold" : "FAIL: did not fall tenfold");
        return failures;
    }

    /**
     * Runs the example and fails if a check fails.
     *
     * @param args ignored
     * @throws IllegalStateException if a check fails
     */
    public static void main(String[] args) {
        int failures = run(System.out);
        if (failures > 0) {
            throw new IllegalStateException(failures + " network check(s) failed, see above");
        }
    }

    /**
     * The differentiable weights as the generated view's flat vector: {@code w1} then {@code w2}, row-major.
     *
     * @param w1 the first layer
     * @param w2 the second layer
     * @return a new flat vector
     */
    public static double[] flatten(double[][] w1, double[][] w2) {
        List<Double> values = new ArrayList<>();
        for (double[][] m : new double[][][] {w1, w2}) {
            for (double[] r : m) {
                for (double v : r) {
                    values.add(v);
                }
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[][] gaussian(Random random, int rows, int cols, double scale) {
        double[][] m = new double[rows][cols];
        for (double[] r : m) {
            for (int c = 0; c < cols; c++) {
                r[c] = scale * random.nextGaussian();
            }
        }
        return m;
    }

    private static void zero(double[][] m) {
        for (double[] r : m) {
            Arrays.fill(r, 0);
        }
    }

    private static void descend(double[][] w, double[][] grad) {
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w[i].length; j++) {
                w[i][j] -= LEARNING_RATE * grad[i][j];
            }
        }
    }

    private static double maxDifference(double[][] p, double[][] q) {
        double worst = 0;
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p[i].length; j++) {
                worst = Math.max(worst, Math.abs(p[i][j] - q[i][j]));
            }
        }
        return worst;
    }

    private static double maxAbs(double[][] m) {
        double worst = 0;
        for (double[] r : m) {
            for (double v : r) {
                worst = Math.max(worst, Math.abs(v));
            }
        }
        return worst;
    }

    private static double[] column(double[][] m, int c) {
        double[] col = new double[m.length];
        for (int r = 0; r < m.length; r++) {
            col[r] = m[r][c];
        }
        return col;
    }

    private static String row(double[] values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%8.4f", values[i] + 0.0));
        }
        return b.append(']').toString();
    }
}
