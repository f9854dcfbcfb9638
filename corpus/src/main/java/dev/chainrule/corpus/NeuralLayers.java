package dev.chainrule.corpus;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/**
 * Small neural-network layers on plain arrays: a weight matrix {@code w} is {@code outputs × inputs}, row-major as
 * {@code double[][]}, and activations are vectors.
 */
public final class NeuralLayers {

    private NeuralLayers() {
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** {@code w·x + b}. */
    @Differentiable
    public static double[] dense(double[][] w, double[] b, double[] x) {
        double[] y = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            double s = b[i];
            for (int j = 0; j < x.length; j++) {
                s += w[i][j] * x[j];
            }
            y[i] = s;
        }
        return y;
    }

    @Differentiable
    public static double[] tanhLayer(double[][] w, double[] b, double[] x) {
        double[] z = dense(w, b, x);
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.tanh(z[i]);
        }
        return z;
    }

    @Differentiable
    public static double[] reluLayer(double[][] w, double[] b, double[] x) {
        double[] z = dense(w, b, x);
        double[] a = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            a[i] = Math.max(0, z[i]);
        }
        return a;
    }

    @Differentiable
    public static double[] leakyRelu(double[] z, @NoDerivative double slope) {
        double[] a = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            a[i] = z[i] > 0 ? z[i] : slope * z[i];
        }
        return a;
    }

    @Differentiable
    public static double[] sigmoidLayer(double[][] w, double[] b, double[] x) {
        double[] z = dense(w, b, x);
        double[] a = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            a[i] = sigmoid(z[i]);
        }
        return a;
    }

    /** Softplus {@code log(1 + e^z)}, written to neither overflow nor lose precision. */
    @Differentiable
    public static double softplus(double z) {
        if (z > 30) {
            return z;
        }
        return Math.log1p(Math.exp(z));
    }

    /** GELU by its tanh approximation. */
    @Differentiable
    public static double gelu(double x) {
        final double c = Math.sqrt(2 / Math.PI);
        return 0.5 * x * (1 + Math.tanh(c * (x + 0.044715 * x * x * x)));
    }

    /** Swish (SiLU) with a trainable {@code beta}. */
    @Differentiable
    public static double swish(double x, double beta) {
        return x * sigmoid(beta * x);
    }

    @Differentiable
    public static double elu(double x, @NoDerivative double alpha) {
        return x >= 0 ? x : alpha * Math.expm1(x);
    }

    /** Layer normalisation with gain and bias. */
    @Differentiable
    public static double[] layerNorm(double[] x, double[] gain, double[] bias) {
        int n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double var = 0;
        for (double v : x) {
            var += (v - mean) * (v - mean);
        }
        var /= n;
        double inv = 1 / Math.sqrt(var + 1e-5);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = gain[i] * (x[i] - mean) * inv + bias[i];
        }
        return y;
    }

    /**
     * Single-query dot-product attention: scores {@code q·k_i / √d}, their softmax, and the weighted sum of the
     * values {@code v_i}.
     */
    @Differentiable
    public static double[] attention(double[] query, double[][] keys, double[][] values) {
        int n = keys.length;
        int d = query.length;
        double[] scores = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                s += query[j] * keys[i][j];
            }
            scores[i] = s / Math.sqrt(d);
            if (scores[i] > max) {
                max = scores[i];
            }
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            scores[i] = Math.exp(scores[i] - max);
            total += scores[i];
        }
        double[] out = new double[values[0].length];
        for (int i = 0; i < n; i++) {
            double weight = scores[i] / total;
            for (int j = 0; j < out.length; j++) {
                out[j] += weight * values[i][j];
            }
        }
        return out;
    }

    /** A two-layer perceptron with a tanh hidden layer and a scalar linear output. */
    @Differentiable
    public static double mlp(double[][] w1, double[] b1, double[] w2, double b2, @NoDerivative double[] x) {
        double[] hidden = tanhLayer(w1, b1, x);
        double out = b2;
        for (int i = 0; i < hidden.length; i++) {
            out += w2[i] * hidden[i];
        }
        return out;
    }

    /** The mean squared error of that perceptron over a batch. */
    @Differentiable
    public static double mlpLoss(double[][] w1, double[] b1, double[] w2, double b2, @NoDerivative double[][] xs,
            @NoDerivative double[] ys) {
        double loss = 0;
        for (int n = 0; n < xs.length; n++) {
            double r = mlp(w1, b1, w2, b2, xs[n]) - ys[n];
            loss += r * r;
        }
        return loss / xs.length;
    }

    /** A residual block {@code x + W₂·relu(W₁·x)} with square weights. */
    @Differentiable
    public static double[] residualBlock(double[][] w1, double[][] w2, double[] x) {
        int n = x.length;
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += w1[i][j] * x[j];
            }
            h[i] = Math.max(s, 0);
        }
        double[] y = x.clone();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                y[i] += w2[i][j] * h[j];
            }
        }
        return y;
    }

    /** A 1-D convolution (cross-correlation) with "valid" padding. */
    @Differentiable
    public static double[] conv1d(double[] signal, double[] kernel) {
        int outLength = signal.length - kernel.length + 1;
        double[] out = new double[outLength];
        for (int i = 0; i < outLength; i++) {
            for (int k = 0; k < kernel.length; k++) {
                out[i] += signal[i + k] * kernel[k];
            }
        }
        return out;
    }

    /** Max pooling over windows of {@code width}, stride {@code width}. */
    @Differentiable
    public static double[] maxPool(double[] x, int width) {
        double[] out = new double[x.length / width];
        for (int i = 0; i < out.length; i++) {
            double m = x[i * width];
            for (int k = 1; k < width; k++) {
                m = Math.max(m, x[i * width + k]);
            }
            out[i] = m;
        }
        return out;
    }

    /** One step of an Elman recurrent cell: {@code tanh(W·x + U·h + b)}. */
    @Differentiable
    public static double[] rnnCell(double[][] w, double[][] u, double[] b, double[] x, double[] h) {
        double[] next = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            double s = b[i];
            for (int j = 0; j < x.length; j++) {
                s += w[i][j] * x[j];
            }
            for (int j = 0; j < h.length; j++) {
                s += u[i][j] * h[j];
            }
            next[i] = Math.tanh(s);
        }
        return next;
    }

    /** The last hidden state of a scalar-input gated unit run over a sequence (a minimal GRU). */
    @Differentiable
    public static double gatedSequence(double[] params, @NoDerivative double[] sequence) {
        double h = 0;
        for (double x : sequence) {
            double z = sigmoid(params[0] * x + params[1] * h + params[2]);
            double candidate = Math.tanh(params[3] * x + params[4] * z * h + params[5]);
            h = (1 - z) * h + z * candidate;
        }
        return h;
    }

    /** Embeds a token by its row of the table and scores it against a context vector. */
    @Differentiable
    public static double embeddingScore(double[][] table, double[] context, int token) {
        double s = 0;
        for (int j = 0; j < context.length; j++) {
            s += table[token][j] * context[j];
        }
        return s;
    }

    /** Dropout-free batch normalisation of one feature over a batch, then scale and shift. */
    @Differentiable
    public static double[] batchNorm(double[] batch, double gamma, double beta) {
        double mean = Statistics.mean(batch);
        double var = 0;
        for (double v : batch) {
            var += (v - mean) * (v - mean);
        }
        var /= batch.length;
        double[] out = new double[batch.length];
        for (int i = 0; i < batch.length; i++) {
            out[i] = gamma * (batch[i] - mean) / Math.sqrt(var + 1e-5) + beta;
        }
        return out;
    }
}
