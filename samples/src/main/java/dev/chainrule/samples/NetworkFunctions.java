package dev.chainrule.samples;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/**
 * The seed's 2-layer network (section 4, "Detailed Example: 2-Layer Network"), written as plain Java loops:
 *
 * <pre>
 *   h = W1·x          (linear, no bias)
 *   a = max(0, h)     (ReLU)
 *   ŷ = W2·a          (linear, no bias)
 *   L = ‖ŷ − y‖²      (squared error)
 * </pre>
 *
 * <p>{@link #loss} averages {@code L} over a batch. chainrule generates {@code NetworkFunctionsDerivatives.lossVjp}
 * from it: one reverse sweep gives {@code ∂L/∂W1} and {@code ∂L/∂W2} for the whole batch.
 */
public final class NetworkFunctions {

    private NetworkFunctions() {
    }

    /**
     * The mean over the batch of the seed's loss {@code ‖W2·relu(W1·x) − y‖²}.
     *
     * @param w1 the first layer, {@code hidden × inputs}
     * @param w2 the second layer, {@code outputs × hidden}
     * @param xs the inputs, one row per example ({@code batch × inputs}); a constant
     * @param ys the targets, one row per example ({@code batch × outputs}); a constant
     * @return {@code (1/batch) Σ_s ‖W2·relu(W1·xs[s]) − ys[s]‖²}
     */
    @Differentiable
    public static double loss(double[][] w1, double[][] w2, @NoDerivative double[][] xs,
            @NoDerivative double[][] ys) {
        int hidden = w1.length;
        int inputs = w1[0].length;
        int outputs = w2.length;
        double[] a = new double[hidden];
        double total = 0;
        for (int s = 0; s < xs.length; s++) {
            for (int j = 0; j < hidden; j++) {
                double h = 0;
                for (int k = 0; k < inputs; k++) {
                    h += w1[j][k] * xs[s][k];
                }
                a[j] = h > 0 ? h : 0;
            }
            for (int i = 0; i < outputs; i++) {
                double yHat = 0;
                for (int j = 0; j < hidden; j++) {
                    yHat += w2[i][j] * a[j];
                }
                double d = yHat - ys[s][i];
                total += d * d;
            }
        }
        return total / xs.length;
    }
}
