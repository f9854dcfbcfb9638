package dev.chainrule.bench;

/**
 * Hand-written adjoints, the manual anchors of the benchmarks: what a careful programmer writes for the gradient of
 * the same functions, in the same Java, without any tool. They overwrite their gradient arrays (no zeroing needed by
 * the caller) and return the value.
 */
public final class HandWritten {

    private HandWritten() {
    }

    /**
     * The value and gradient of {@link BenchFunctions#rosenbrock} in one loop: with {@code a = 1 − x_i} and
     * {@code b = x_{i+1} − x_i²}, term {@code i} adds {@code −2a − 400·b·x_i} to {@code g_i} and {@code 200·b} to
     * {@code g_{i+1}}; the second is carried to the next iteration so each {@code g_i} is written once.
     *
     * @param x the point, length at least 1
     * @param g the gradient, overwritten, same length as {@code x}
     * @return the value
     */
    public static double rosenbrock(double[] x, double[] g) {
        double s = 0;
        double carry = 0;
        int last = x.length - 1;
        for (int i = 0; i < last; i++) {
            double xi = x[i];
            double a = 1 - xi;
            double b = x[i + 1] - xi * xi;
            s += a * a + 100 * b * b;
            g[i] = carry - 2 * a - 400 * b * xi;
            carry = 200 * b;
        }
        g[last] = carry;
        return s;
    }

    /**
     * The value of {@link dev.chainrule.samples.NetworkFunctions#loss} and its gradient by textbook backpropagation, one example at a
     * time: forward {@code h = W1·x}, {@code a = relu(h)}, {@code ŷ = W2·a}; backward {@code δ = (2/B)(ŷ − y)},
     * {@code ∂W2 += δ·aᵀ}, {@code ∂a = W2ᵀ·δ}, {@code ∂W1 += (∂a ⊙ 1[h > 0])·xᵀ}.
     *
     * @param w1 the first layer, {@code hidden × inputs}
     * @param w2 the second layer, {@code outputs × hidden}
     * @param xs the inputs, {@code batch × inputs}
     * @param ys the targets, {@code batch × outputs}
     * @param a  scratch, length {@code hidden} (the activations)
     * @param da scratch, length {@code hidden} (their adjoints)
     * @param g1 the gradient with respect to {@code w1}, overwritten
     * @param g2 the gradient with respect to {@code w2}, overwritten
     * @return the loss
     */
    public static double networkLoss(double[][] w1, double[][] w2, double[][] xs, double[][] ys, double[] a,
            double[] da, double[][] g1, double[][] g2) {
        int hidden = w1.length;
        int inputs = w1[0].length;
        int outputs = w2.length;
        Shapes.zero(g1);
        Shapes.zero(g2);
        double scale = 2.0 / xs.length;
        double total = 0;
        for (int s = 0; s < xs.length; s++) {
            double[] x = xs[s];
            for (int j = 0; j < hidden; j++) {
                double[] w1j = w1[j];
                double h = 0;
                for (int k = 0; k < inputs; k++) {
                    h += w1j[k] * x[k];
                }
                a[j] = h > 0 ? h : 0;
                da[j] = 0;
            }
            for (int i = 0; i < outputs; i++) {
                double[] w2i = w2[i];
                double[] g2i = g2[i];
                double yHat = 0;
                for (int j = 0; j < hidden; j++) {
                    yHat += w2i[j] * a[j];
                }
                double d = yHat - ys[s][i];
                total += d * d;
                double delta = scale * d;
                for (int j = 0; j < hidden; j++) {
                    g2i[j] += delta * a[j];
                    da[j] += delta * w2i[j];
                }
            }
            for (int j = 0; j < hidden; j++) {
                if (a[j] > 0) {
                    double dh = da[j];
                    double[] g1j = g1[j];
                    for (int k = 0; k < inputs; k++) {
                        g1j[k] += dh * x[k];
                    }
                }
            }
        }
        return total / xs.length;
    }
}
