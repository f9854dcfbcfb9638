package dev.chainrule.corpus;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/**
 * Losses of linear and generalised linear models over a data set: {@code xs[i]} is sample {@code i}'s features,
 * {@code ys[i]} its target, {@code beta} the coefficients (with {@code beta[0]} the intercept where a model has one).
 * The data are constants; the coefficients are differentiated.
 */
public final class Regression {

    private Regression() {
    }

    static double predict(double[] beta, double[] features) {
        double y = beta[0];
        for (int j = 0; j < features.length; j++) {
            y += beta[j + 1] * features[j];
        }
        return y;
    }

    @Differentiable
    public static double leastSquares(double[] beta, @NoDerivative double[][] xs, @NoDerivative double[] ys) {
        double loss = 0;
        for (int i = 0; i < ys.length; i++) {
            double r = predict(beta, xs[i]) - ys[i];
            loss += r * r;
        }
        return 0.5 * loss;
    }

    @Differentiable
    public static double meanSquaredError(double[] beta, @NoDerivative double[][] xs, @NoDerivative double[] ys) {
        return 2 * leastSquares(beta, xs, ys) / ys.length;
    }

    @Differentiable
    public static double weightedLeastSquares(double[] beta, @NoDerivative double[][] xs, @NoDerivative double[] ys,
            @NoDerivative double[] weights) {
        double loss = 0;
        for (int i = 0; i < ys.length; i++) {
            double r = ys[i] - predict(beta, xs[i]);
            loss += weights[i] * r * r;
        }
        return loss;
    }

    /** Ridge regression: least squares plus an L2 penalty on every coefficient but the intercept. */
    @Differentiable
    public static double ridge(double[] beta, @NoDerivative double[][] xs, @NoDerivative double[] ys, double lambda) {
        double penalty = 0;
        for (int j = 1; j < beta.length; j++) {
            penalty += beta[j] * beta[j];
        }
        return leastSquares(beta, xs, ys) + lambda * penalty;
    }

    /** The elastic net with a smoothed L1 term {@code sqrt(b² + ε)}. */
    @Differentiable
    public static double elasticNet(double[] beta, @NoDerivative double[][] xs, @NoDerivative double[] ys,
            @NoDerivative double l1, @NoDerivative double l2) {
        double loss = leastSquares(beta, xs, ys);
        for (int j = 1; j < beta.length; j++) {
            loss += l1 * Math.sqrt(beta[j] * beta[j] + 1e-8) + 0.5 * l2 * beta[j] * beta[j];
        }
        return loss;
    }

    /** Binary logistic regression: the negative log-likelihood, written stably with {@code log1p(exp(-|z|))}. */
    @Differentiable
    public static double logisticLoss(double[] beta, @NoDerivative double[][] xs, @NoDerivative double[] labels) {
        double loss = 0;
        for (int i = 0; i < labels.length; i++) {
            double z = predict(beta, xs[i]);
            double softplus = Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
            loss += softplus - labels[i] * z;
        }
        return loss;
    }

    /** Logistic loss written the way the formula reads, with the sigmoid. */
    @Differentiable
    public static double logisticLossNaive(double[] beta, @NoDerivative double[][] xs, @NoDerivative double[] labels) {
        double loss = 0;
        for (int i = 0; i < labels.length; i++) {
            double p = 1 / (1 + Math.exp(-predict(beta, xs[i])));
            loss -= labels[i] * Math.log(p) + (1 - labels[i]) * Math.log(1 - p);
        }
        return loss / labels.length;
    }

    /** Huber loss of the residuals with threshold {@code delta}. */
    @Differentiable
    public static double huber(double[] beta, @NoDerivative double[][] xs, @NoDerivative double[] ys,
            @NoDerivative double delta) {
        double loss = 0;
        for (int i = 0; i < ys.length; i++) {
            double r = Math.abs(predict(beta, xs[i]) - ys[i]);
            if (r <= delta) {
                loss += 0.5 * r * r;
            } else {
                loss += delta * (r - 0.5 * delta);
            }
        }
        return loss;
    }

    @Differentiable
    public static double pseudoHuber(double[] beta, @NoDerivative double[][] xs, @NoDerivative double[] ys,
            double delta) {
        double loss = 0;
        for (int i = 0; i < ys.length; i++) {
            double r = (predict(beta, xs[i]) - ys[i]) / delta;
            loss += delta * delta * (Math.sqrt(1 + r * r) - 1);
        }
        return loss;
    }

    /** The pinball loss of quantile regression at quantile {@code tau}. */
    @Differentiable
    public static double quantileLoss(double[] beta, @NoDerivative double[][] xs, @NoDerivative double[] ys,
            @NoDerivative double tau) {
        double loss = 0;
        for (int i = 0; i < ys.length; i++) {
            double r = ys[i] - predict(beta, xs[i]);
            loss += r >= 0 ? tau * r : (tau - 1) * r;
        }
        return loss;
    }

    @Differentiable
    public static double logCoshLoss(double[] beta, @NoDerivative double[][] xs, @NoDerivative double[] ys) {
        double loss = 0;
        for (int i = 0; i < ys.length; i++) {
            loss += Math.log(Math.cosh(predict(beta, xs[i]) - ys[i]));
        }
        return loss;
    }

    /** Poisson regression: the negative log-likelihood with a log link (constants dropped). */
    @Differentiable
    public static double poissonLoss(double[] beta, @NoDerivative double[][] xs, @NoDerivative double[] counts) {
        double loss = 0;
        for (int i = 0; i < counts.length; i++) {
            double eta = predict(beta, xs[i]);
            loss += Math.exp(eta) - counts[i] * eta;
        }
        return loss;
    }

    /** Squared hinge loss of a linear classifier, labels ±1, with an L2 penalty. */
    @Differentiable
    public static double squaredHinge(double[] beta, @NoDerivative double[][] xs, @NoDerivative double[] labels,
            @NoDerivative double lambda) {
        double loss = 0;
        for (int i = 0; i < labels.length; i++) {
            double margin = 1 - labels[i] * predict(beta, xs[i]);
            if (margin > 0) {
                loss += margin * margin;
            }
        }
        double norm2 = 0;
        for (int j = 1; j < beta.length; j++) {
            norm2 += beta[j] * beta[j];
        }
        return loss + lambda * norm2;
    }

    /** The fitted values of a linear model. */
    @Differentiable
    public static double[] predictions(double[] beta, @NoDerivative double[][] xs) {
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = predict(beta, xs[i]);
        }
        return out;
    }

    /** Residuals of a polynomial fit {@code y ≈ Σ c_k t^k} (Horner's rule), one per sample. */
    @Differentiable
    public static double[] polynomialResiduals(double[] coefficients, @NoDerivative double[] ts,
            @NoDerivative double[] ys) {
        double[] residuals = new double[ts.length];
        for (int i = 0; i < ts.length; i++) {
            double value = 0;
            for (int k = coefficients.length - 1; k >= 0; k--) {
                value = value * ts[i] + coefficients[k];
            }
            residuals[i] = value - ys[i];
        }
        return residuals;
    }

    /** The coefficient of determination of a linear fit. */
    @Differentiable
    public static double rSquared(double[] beta, @NoDerivative double[][] xs, @NoDerivative double[] ys) {
        double mean = 0;
        for (double y : ys) {
            mean += y;
        }
        mean /= ys.length;
        double ssRes = 0, ssTot = 0;
        for (int i = 0; i < ys.length; i++) {
            double r = ys[i] - predict(beta, xs[i]);
            ssRes += r * r;
            ssTot += (ys[i] - mean) * (ys[i] - mean);
        }
        return 1 - ssRes / ssTot;
    }

    /** Exponential decay fit {@code y ≈ a·exp(-b t) + c}: the sum of squared residuals. */
    @Differentiable
    public static double exponentialFit(double a, double b, double c, @NoDerivative double[] ts,
            @NoDerivative double[] ys) {
        double sse = 0;
        for (int i = 0; i < ts.length; i++) {
            double r = a * Math.exp(-b * ts[i]) + c - ys[i];
            sse += r * r;
        }
        return sse;
    }

    /**
     * Multinomial logistic regression: {@code weights[k]} are class {@code k}'s coefficients, {@code labels[i]} the
     * class of sample {@code i} (a whole number; chainrule takes no {@code int[]} parameter).
     */
    @Differentiable
    public static double softmaxRegression(double[][] weights, @NoDerivative double[][] xs,
            @NoDerivative double[] labels) {
        double loss = 0;
        int classes = weights.length;
        double[] scores = new double[classes];
        for (int i = 0; i < xs.length; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < classes; k++) {
                scores[k] = predict(weights[k], xs[i]);
                max = Math.max(max, scores[k]);
            }
            double sum = 0;
            for (int k = 0; k < classes; k++) {
                sum += Math.exp(scores[k] - max);
            }
            loss += max + Math.log(sum) - scores[(int) labels[i]];
        }
        return loss;
    }

    /** Least squares over the complete samples only: a sample with a missing (NaN) feature is skipped. */
    @Differentiable
    public static double leastSquaresComplete(double[] beta, @NoDerivative double[][] xs, @NoDerivative double[] ys) {
        double loss = 0;
        samples:
        for (int i = 0; i < ys.length; i++) {
            for (int j = 0; j < xs[i].length; j++) {
                if (xs[i][j] != xs[i][j]) { // NaN; chainrule does not take Double.isNaN
                    continue samples;
                }
            }
            double r = predict(beta, xs[i]) - ys[i];
            loss += r * r;
        }
        return loss;
    }
}
