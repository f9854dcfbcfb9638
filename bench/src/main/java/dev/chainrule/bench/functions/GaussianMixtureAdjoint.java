package dev.chainrule.bench.functions;

import java.util.Arrays;

/**
 * The hand-written adjoint of {@link GaussianMixture#objective}, the manual anchor: one pass over the points that
 * keeps {@code x_i − μ_k} and {@code Q_k (x_i − μ_k)} of every component, then accumulates each component's share,
 * weighted by its posterior {@code w_k = softmax(mainTerm)_k}:
 * <pre>
 *   ∂/∂alphas[k] += w_k            ∂/∂icf[k][j &lt; d] += w_k (from Σ_j icf)
 *   q̄ = −w_k q                     ∂/∂Q[r][j] += q̄_r (x − μ)_j,   ∂/∂(x − μ)_j += q̄_r Q[r][j],   ∂/∂μ = −∂/∂(x − μ)
 * </pre>
 * with the diagonal's chain factor {@code ∂Q[r][r]/∂icf[k][r] = Q[r][r]}, then {@code −N softmax(alphas)} and the
 * prior's {@code γ² Q[r][r]²}, {@code γ² icf[k][j ≥ d]} and {@code −m}. Holds its scratch arrays, so one instance
 * serves one thread.
 */
public final class GaussianMixtureAdjoint {

    private final double[][] qDiagonal;
    private final double[] sumQs;
    private final double[] mainTerm;
    private final double[] weightSum;
    private final double[][] centered;
    private final double[][] transformed;
    private final double[] centeredBar;

    /**
     * Creates the scratch space for mixtures of {@code k} components in {@code d} dimensions.
     *
     * @param d the dimension
     * @param k the number of components
     */
    public GaussianMixtureAdjoint(int d, int k) {
        qDiagonal = new double[k][d];
        sumQs = new double[k];
        mainTerm = new double[k];
        weightSum = new double[k];
        centered = new double[k][d];
        transformed = new double[k][d];
        centeredBar = new double[d];
    }

    /**
     * Computes the objective and its gradient.
     *
     * @param data      the instance
     * @param constant  {@link GaussianMixtureData#constant()} of the instance
     * @param alphasBar receives ∂f/∂alphas; overwritten
     * @param meansBar  receives ∂f/∂means; overwritten
     * @param icfBar    receives ∂f/∂icf; overwritten
     * @return the objective
     */
    public double gradient(GaussianMixtureData data, double constant, double[] alphasBar, double[][] meansBar,
            double[][] icfBar) {
        double[] alphas = data.alphas();
        double[][] means = data.means();
        double[][] icf = data.icf();
        double[][] x = data.x();
        int k = alphas.length;
        int d = means[0].length;
        int n = x.length;
        for (int c = 0; c < k; c++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                qDiagonal[c][j] = Math.exp(icf[c][j]);
                s += icf[c][j];
            }
            sumQs[c] = s;
            weightSum[c] = 0;
            Arrays.fill(meansBar[c], 0);
            Arrays.fill(icfBar[c], 0);
        }
        double slse = 0;
        for (double[] point : x) {
            for (int c = 0; c < k; c++) {
                double[] xc = centered[c];
                double[] qxc = transformed[c];
                double squaredNorm = 0;
                for (int r = 0; r < d; r++) {
                    xc[r] = point[r] - means[c][r];
                    double q = qDiagonal[c][r] * xc[r];
                    for (int j = 0; j < r; j++) {
                        q += icf[c][lowerIndex(d, r, j)] * xc[j];
                    }
                    qxc[r] = q;
                    squaredNorm += q * q;
                }
                mainTerm[c] = alphas[c] + sumQs[c] - 0.5 * squaredNorm;
            }
            double lse = LogSumExp.logSumExp(mainTerm);
            slse += lse;
            for (int c = 0; c < k; c++) {
                double w = Math.exp(mainTerm[c] - lse);
                weightSum[c] += w;
                double[] xc = centered[c];
                double[] qxc = transformed[c];
                double[] icfBarC = icfBar[c];
                Arrays.fill(centeredBar, 0);
                for (int r = 0; r < d; r++) {
                    double qBar = -w * qxc[r];
                    icfBarC[r] += qBar * xc[r] * qDiagonal[c][r];
                    centeredBar[r] += qBar * qDiagonal[c][r];
                    for (int j = 0; j < r; j++) {
                        int l = lowerIndex(d, r, j);
                        icfBarC[l] += qBar * xc[j];
                        centeredBar[j] += qBar * icf[c][l];
                    }
                }
                for (int r = 0; r < d; r++) {
                    meansBar[c][r] -= centeredBar[r];
                }
            }
        }
        double lseAlphas = LogSumExp.logSumExp(alphas);
        double gamma2 = data.gamma() * data.gamma();
        double prior = 0;
        for (int c = 0; c < k; c++) {
            alphasBar[c] = weightSum[c] - n * Math.exp(alphas[c] - lseAlphas);
            double frobenius = 0;
            for (int j = 0; j < d; j++) {
                double q = qDiagonal[c][j];
                frobenius += q * q;
                icfBar[c][j] += weightSum[c] - data.m() + gamma2 * q * q;
            }
            for (int j = d; j < icf[c].length; j++) {
                frobenius += icf[c][j] * icf[c][j];
                icfBar[c][j] += gamma2 * icf[c][j];
            }
            prior += 0.5 * gamma2 * frobenius - data.m() * sumQs[c];
        }
        return constant + slse - n * lseAlphas + prior;
    }

    /** The position of {@code Q[r][j]}, {@code j < r}, in a factor packed column by column after the diagonal. */
    private static int lowerIndex(int d, int r, int j) {
        return d + j * (2 * d - j - 1) / 2 + r - j - 1;
    }
}
