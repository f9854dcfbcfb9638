package dev.chainrule.bench.functions;

import java.util.Random;
import org.apache.commons.math3.special.Gamma;

/**
 * One instance of the Gaussian mixture problem, drawn as ADBench's generator draws it: {@code alphas}, {@code icf}
 * and the points from N(0, 1), the means from U(0, 1), the Wishart prior with γ = 1 and m = 0.
 *
 * @param alphas the component logits, length {@code K}
 * @param means  the means, {@code K × d}
 * @param icf    the inverse-covariance factors, {@code K × d(d+1)/2}
 * @param x      the points, {@code N × d}
 * @param gamma  the Wishart prior's scale γ
 * @param m      the Wishart prior's extra degrees of freedom
 */
public record GaussianMixtureData(double[] alphas, double[][] means, double[][] icf, double[][] x, double gamma,
                                  int m) {

    /**
     * Draws an instance.
     *
     * @param d    the dimension, at least 1
     * @param k    the number of components, at least 1
     * @param n    the number of points, at least 1
     * @param seed the random seed
     * @return the instance
     */
    public static GaussianMixtureData generate(int d, int k, int n, long seed) {
        Random random = new Random(seed);
        double[] alphas = new double[k];
        double[][] means = new double[k][d];
        double[][] icf = new double[k][d * (d + 1) / 2];
        for (int c = 0; c < k; c++) {
            alphas[c] = random.nextGaussian();
            for (int j = 0; j < d; j++) {
                means[c][j] = random.nextDouble();
            }
            for (int j = 0; j < icf[c].length; j++) {
                icf[c][j] = random.nextGaussian();
            }
        }
        double[][] x = new double[n][d];
        for (double[] point : x) {
            for (int j = 0; j < d; j++) {
                point[j] = random.nextGaussian();
            }
        }
        return new GaussianMixtureData(alphas, means, icf, x, 1, 0);
    }

    /**
     * The terms of the objective that no parameter changes: {@code −N d ½ log 2π} from the normal densities and
     * {@code −K C} from the Wishart normaliser, {@code C = n p (log γ − ½ log 2) − log Γ_p(n / 2)} with
     * {@code n = p + m + 1} and the multivariate log-gamma {@code log Γ_p(a) = ¼ p(p−1) log π + Σ_j log Γ(a + ½(1 − j))}.
     *
     * @return the constant passed to {@link GaussianMixture#objective}
     */
    public double constant() {
        int d = dimension();
        int n = d + m + 1;
        double logMultivariateGamma = 0.25 * d * (d - 1) * Math.log(Math.PI);
        for (int j = 1; j <= d; j++) {
            logMultivariateGamma += Gamma.logGamma(0.5 * n + 0.5 * (1 - j));
        }
        double c = n * d * (Math.log(gamma) - 0.5 * Math.log(2)) - logMultivariateGamma;
        return -x.length * d * 0.5 * Math.log(2 * Math.PI) - alphas.length * c;
    }

    /**
     * Returns {@code d}.
     *
     * @return the dimension of the points
     */
    public int dimension() {
        return means[0].length;
    }

    /**
     * Returns {@code K}.
     *
     * @return the number of components
     */
    public int components() {
        return alphas.length;
    }

    /**
     * Evaluates the plain objective at this instance's parameters.
     *
     * @return {@link GaussianMixture#objective} of this instance
     */
    public double objective() {
        return GaussianMixture.objective(alphas, means, icf, x, gamma, m, constant());
    }

    /**
     * The parameters as one flat vector in the order of the generated view: {@code alphas}, then {@code means} and
     * {@code icf} row by row.
     *
     * @return a new array of length {@code K (1 + d + d(d+1)/2)}
     */
    public double[] parameters() {
        return Flattening.concat(new double[][] {alphas}, means, icf);
    }
}
