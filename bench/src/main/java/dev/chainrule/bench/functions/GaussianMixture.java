package dev.chainrule.bench.functions;

import dev.chainrule.Differentiable;

/**
 * ADBench's Gaussian mixture model objective (Šrajer, Kukelova and Fitzgibbon 2018, section 5.1): the negative
 * log-likelihood of {@code N} points under {@code K} Gaussians in {@code d} dimensions, plus a Wishart prior on the
 * inverse covariances.
 *
 * <p>Component {@code k} has a weight {@code alphas[k]} (a logit), a mean {@code means[k]} and the inverse-covariance
 * factor {@code icf[k]} of length {@code d(d+1)/2}: its first {@code d} entries are the logarithms of the diagonal of
 * the lower-triangular {@code Q_k}, the rest its strictly lower part, column by column. Then
 * <pre>
 *   f = Σ_i logsumexp_k(alphas[k] + Σ_j icf[k][j] − ½‖Q_k (x_i − means[k])‖²) − N · logsumexp(alphas)
 *       + Σ_k (½γ² ‖Q_k‖_F² − m Σ_j icf[k][j]) + constant
 * </pre>
 * where the constant ({@link GaussianMixtureData#constant}) collects the terms that do not depend on the parameters.
 */
public final class GaussianMixture {

    private GaussianMixture() {
    }

    /**
     * The objective, differentiable with respect to {@code alphas}, {@code means} and {@code icf}.
     *
     * @param alphas   the component logits, length {@code K}
     * @param means    the means, {@code K × d}
     * @param icf      the inverse-covariance factors, {@code K × d(d+1)/2}
     * @param x        the points, {@code N × d}
     * @param gamma    the Wishart prior's scale γ
     * @param m        the Wishart prior's extra degrees of freedom
     * @param constant the parameter-free terms of the log-likelihood and the prior
     * @return the objective
     */
    @Differentiable(wrt = {"alphas", "means", "icf"})
    public static double objective(double[] alphas, double[][] means, double[][] icf, double[][] x, double gamma,
            int m, double constant) {
        int k = alphas.length;
        int d = means[0].length;
        int n = x.length;
        double[][] qDiagonal = new double[k][d];
        double[] sumQs = new double[k];
        for (int c = 0; c < k; c++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                qDiagonal[c][j] = Math.exp(icf[c][j]);
                s += icf[c][j];
            }
            sumQs[c] = s;
        }
        double[] mainTerm = new double[k];
        double slse = 0;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                double squaredNorm = 0;
                for (int r = 0; r < d; r++) {
                    double q = qDiagonal[c][r] * (x[i][r] - means[c][r]);
                    for (int j = 0; j < r; j++) {
                        // Q[r][j] for j < r sits at d + (entries of columns 0..j-1 below the diagonal) + (r - j - 1).
                        q += icf[c][d + j * (2 * d - j - 1) / 2 + r - j - 1] * (x[i][j] - means[c][j]);
                    }
                    squaredNorm += q * q;
                }
                mainTerm[c] = alphas[c] + sumQs[c] - 0.5 * squaredNorm;
            }
            slse += LogSumExp.logSumExp(mainTerm);
        }
        double prior = 0;
        for (int c = 0; c < k; c++) {
            double frobenius = 0;
            for (int j = 0; j < d; j++) {
                frobenius += qDiagonal[c][j] * qDiagonal[c][j];
            }
            for (int j = d; j < icf[c].length; j++) {
                frobenius += icf[c][j] * icf[c][j];
            }
            prior += 0.5 * gamma * gamma * frobenius - m * sumQs[c];
        }
        return constant + slse - n * LogSumExp.logSumExp(alphas) + prior;
    }
}
