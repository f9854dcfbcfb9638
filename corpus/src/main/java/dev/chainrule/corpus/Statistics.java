package dev.chainrule.corpus;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/** Descriptive statistics and the log-probability helpers of machine learning, over samples in arrays. */
public final class Statistics {

    private Statistics() {
    }

    @Differentiable
    public static double mean(double[] x) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i];
        }
        return sum / x.length;
    }

    /** The unbiased sample variance, two passes (the numerically sound textbook form). */
    @Differentiable
    public static double variance(double[] x) {
        double m = mean(x);
        double ss = 0;
        for (double v : x) {
            double d = v - m;
            ss += d * d;
        }
        return ss / (x.length - 1);
    }

    @Differentiable
    public static double standardDeviation(double[] x) {
        return Math.sqrt(variance(x));
    }

    /** Welford's one-pass update of mean and sum of squared deviations. */
    @Differentiable
    public static double welfordVariance(double[] x) {
        double m = 0;
        double m2 = 0;
        int n = 0;
        for (double v : x) {
            n++;
            double delta = v - m;
            m += delta / n;
            m2 += delta * (v - m);
        }
        return m2 / (n - 1);
    }

    @Differentiable
    public static double weightedMean(double[] x, double[] w) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++) {
            num += w[i] * x[i];
            den += w[i];
        }
        return num / den;
    }

    /** Log-sum-exp shifted by the maximum, so that no term overflows. */
    @Differentiable
    public static double logSumExp(double[] x) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : x) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum);
    }

    @Differentiable
    public static double[] softmax(double[] x) {
        double max = x[0];
        for (int i = 1; i < x.length; i++) {
            if (x[i] > max) {
                max = x[i];
            }
        }
        double[] p = new double[x.length];
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            p[i] = Math.exp(x[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < x.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    @Differentiable
    public static double[] logSoftmax(double[] x) {
        double lse = logSumExp(x);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] - lse;
        }
        return out;
    }

    /** Cross-entropy of the softmax of the logits against the class {@code label}. */
    @Differentiable
    public static double crossEntropy(double[] logits, int label) {
        return logSumExp(logits) - logits[label];
    }

    /** Cross-entropy against a target distribution (soft labels). */
    @Differentiable
    public static double softCrossEntropy(double[] logits, @NoDerivative double[] target) {
        double lse = logSumExp(logits);
        double loss = 0;
        for (int i = 0; i < logits.length; i++) {
            loss -= target[i] * (logits[i] - lse);
        }
        return loss;
    }

    @Differentiable
    public static double entropy(double[] p) {
        double h = 0;
        for (double pi : p) {
            if (pi > 0) {
                h -= pi * Math.log(pi);
            }
        }
        return h;
    }

    /** Kullback–Leibler divergence of {@code p} from {@code q}, both probability vectors. */
    @Differentiable
    public static double klDivergence(double[] p, double[] q) {
        double d = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] == 0) {
                continue;
            }
            d += p[i] * Math.log(p[i] / q[i]);
        }
        return d;
    }

    @Differentiable
    public static double covariance(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (x[i] - mx) * (y[i] - my);
        }
        return s / (x.length - 1);
    }

    /** Pearson's correlation coefficient. */
    @Differentiable
    public static double correlation(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    @Differentiable
    public static double[] zScores(double[] x) {
        double m = mean(x);
        double s = standardDeviation(x);
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = (x[i] - m) / s;
        }
        return z;
    }

    @Differentiable
    public static double skewness(double[] x) {
        int n = x.length;
        double m = mean(x);
        double m2 = 0, m3 = 0;
        for (double v : x) {
            double d = v - m;
            m2 += d * d;
            m3 += d * d * d;
        }
        m2 /= n;
        m3 /= n;
        return m3 / Math.pow(m2, 1.5);
    }

    /** Excess kurtosis. */
    @Differentiable
    public static double kurtosis(double[] x) {
        int n = x.length;
        double m = mean(x);
        double m2 = 0, m4 = 0;
        for (double v : x) {
            double d2 = (v - m) * (v - m);
            m2 += d2;
            m4 += d2 * d2;
        }
        m2 /= n;
        m4 /= n;
        return m4 / (m2 * m2) - 3.0;
    }

    /** The geometric mean through logarithms, for positive samples. */
    @Differentiable
    public static double geometricMean(double[] x) {
        double logSum = 0;
        for (double v : x) {
            logSum += Math.log(v);
        }
        return Math.exp(logSum / x.length);
    }

    @Differentiable
    public static double harmonicMean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += 1.0 / v;
        }
        return x.length / s;
    }

    /** The log-density of a normal distribution, summed over the samples. */
    @Differentiable
    public static double gaussianLogLikelihood(@NoDerivative double[] data, double mu, double sigma) {
        double n = data.length;
        double ss = 0;
        for (double d : data) {
            double r = (d - mu) / sigma;
            ss += r * r;
        }
        return -0.5 * ss - n * Math.log(sigma) - 0.5 * n * Math.log(2 * Math.PI);
    }

    /** A trailing moving average of width {@code window}; the first entries average what is there. */
    @Differentiable
    public static double[] movingAverage(double[] x, int window) {
        double[] out = new double[x.length];
        double running = 0;
        for (int i = 0; i < x.length; i++) {
            running += x[i];
            if (i >= window) {
                running -= x[i - window];
            }
            int count = Math.min(i + 1, window);
            out[i] = running / count;
        }
        return out;
    }

    /** Simple exponential smoothing with factor {@code alpha}. */
    @Differentiable
    public static double[] exponentialSmoothing(double[] x, double alpha) {
        double[] s = new double[x.length];
        s[0] = x[0];
        for (int i = 1; i < x.length; i++) {
            s[i] = alpha * x[i] + (1 - alpha) * s[i - 1];
        }
        return s;
    }

    /** The log of the mean of exponentials, a soft maximum scaled by a temperature. */
    @Differentiable
    public static double softMaximum(double[] x, double temperature) {
        double[] z = scaled(x, 1.0 / temperature);
        return temperature * (logSumExp(z) - Math.log(x.length));
    }

    private static double[] scaled(double[] x, double factor) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = factor * x[i];
        }
        return y;
    }

    /** The median, by insertion sort of a copy. */
    @Differentiable
    public static double median(double[] x) {
        double[] s = x.clone();
        for (int i = 1; i < s.length; i++) {
            double key = s[i];
            int j = i - 1;
            while (j >= 0 && s[j] > key) {
                s[j + 1] = s[j];
                j--;
            }
            s[j + 1] = key;
        }
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    /** The mean without the {@code trim} smallest and {@code trim} largest samples (selection sort with swaps). */
    @Differentiable
    public static double trimmedMean(double[] x, int trim) {
        double[] s = x.clone();
        for (int i = 0; i < s.length - 1; i++) {
            int min = i;
            for (int j = i + 1; j < s.length; j++) {
                if (s[j] < s[min]) {
                    min = j;
                }
            }
            double t = s[i];
            s[i] = s[min];
            s[min] = t;
        }
        double sum = 0;
        for (int i = trim; i < s.length - trim; i++) {
            sum += s[i];
        }
        return sum / (s.length - 2 * trim);
    }
}
