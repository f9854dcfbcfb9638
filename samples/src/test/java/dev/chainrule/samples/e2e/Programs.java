package dev.chainrule.samples.e2e;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/** Realistic programs: ADBench-style objectives, an ODE trajectory, the seed's network, data-dependent exits. */
final class Programs {

    private Programs() {
    }

    /** The extended Rosenbrock function, Σ 100 (x[i+1] - x[i]²)² + (1 - x[i])². */
    @Differentiable
    static double rosenbrock(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length - 1; i++) {
            double a = 1 - x[i];
            double b = x[i + 1] - x[i] * x[i];
            s += a * a + 100 * b * b;
        }
        return s;
    }

    /**
     * The log-likelihood of a Gaussian mixture with diagonal precisions, in ADBench's parameterisation: weights
     * {@code softmax(alphas)}, means, and {@code icf[k][j]} the log of the j-th diagonal entry of component k's
     * Cholesky factor of the precision; plus ADBench's Wishart prior term. Log-sum-exp with the maximum subtracted.
     */
    @Differentiable
    static double gmmLogLikelihood(double[] alphas, double[][] means, double[][] icf, @NoDerivative double[][] data,
            @NoDerivative double gamma, int m) {
        int k = alphas.length;
        int d = means[0].length;
        int n = data.length;
        double[] mainTerm = new double[k];
        double[] sumQs = new double[k];
        for (int c = 0; c < k; c++) {
            double sq = 0;
            for (int j = 0; j < d; j++) {
                sq += icf[c][j];
            }
            sumQs[c] = sq;
        }
        double slse = 0;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                double norm = 0;
                for (int j = 0; j < d; j++) {
                    double z = Math.exp(icf[c][j]) * (data[i][j] - means[c][j]);
                    norm += z * z;
                }
                mainTerm[c] = alphas[c] + sumQs[c] - 0.5 * norm;
            }
            double max = mainTerm[0];
            for (int c = 1; c < k; c++) {
                if (mainTerm[c] > max) {
                    max = mainTerm[c];
                }
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                sum += Math.exp(mainTerm[c] - max);
            }
            slse += max + Math.log(sum);
        }
        double amax = alphas[0];
        for (int c = 1; c < k; c++) {
            amax = alphas[c] > amax ? alphas[c] : amax;
        }
        double asum = 0;
        for (int c = 0; c < k; c++) {
            asum += Math.exp(alphas[c] - amax);
        }
        double lseAlphas = amax + Math.log(asum);
        double prior = 0;
        for (int c = 0; c < k; c++) {
            double frobenius = 0;
            for (int j = 0; j < d; j++) {
                double q = Math.exp(icf[c][j]);
                frobenius += q * q;
            }
            prior += 0.5 * gamma * gamma * frobenius - m * sumQs[c];
        }
        double constant = -n * d * 0.5 * Math.log(2 * Math.PI);
        return constant + slse - n * lseAlphas - prior;
    }

    /**
     * ADBench's bundle-adjustment reprojection residual of one observation: camera {@code cam = (r[3], c[3], f,
     * u0, v0, k1, k2)} with a Rodrigues rotation {@code r}, a 3-D point, radial distortion. The rotation branches on
     * θ² = 0 (then it is the first-order {@code X + r × X}).
     */
    @Differentiable
    static double[] reprojection(double[] cam, double[] point, @NoDerivative double[] observation) {
        double[] x = new double[3];
        for (int j = 0; j < 3; j++) {
            x[j] = point[j] - cam[3 + j];
        }
        double r0 = cam[0];
        double r1 = cam[1];
        double r2 = cam[2];
        double sqTheta = r0 * r0 + r1 * r1 + r2 * r2;
        double[] y = new double[3];
        if (sqTheta != 0) {
            double theta = Math.sqrt(sqTheta);
            double cos = Math.cos(theta);
            double sin = Math.sin(theta);
            double inverse = 1 / theta;
            double w0 = r0 * inverse;
            double w1 = r1 * inverse;
            double w2 = r2 * inverse;
            double cross0 = w1 * x[2] - w2 * x[1];
            double cross1 = w2 * x[0] - w0 * x[2];
            double cross2 = w0 * x[1] - w1 * x[0];
            double tmp = (w0 * x[0] + w1 * x[1] + w2 * x[2]) * (1 - cos);
            y[0] = x[0] * cos + cross0 * sin + w0 * tmp;
            y[1] = x[1] * cos + cross1 * sin + w1 * tmp;
            y[2] = x[2] * cos + cross2 * sin + w2 * tmp;
        } else {
            y[0] = x[0] + r1 * x[2] - r2 * x[1];
            y[1] = x[1] + r2 * x[0] - r0 * x[2];
            y[2] = x[2] + r0 * x[1] - r1 * x[0];
        }
        double p0 = y[0] / y[2];
        double p1 = y[1] / y[2];
        double rsq = p0 * p0 + p1 * p1;
        double distortion = 1 + cam[9] * rsq + cam[10] * rsq * rsq;
        double[] err = new double[2];
        err[0] = cam[6] * distortion * p0 + cam[7] - observation[0];
        err[1] = cam[6] * distortion * p1 + cam[8] - observation[1];
        return err;
    }

    /**
     * A Lotka–Volterra trajectory by classical Runge–Kutta: {@code u' = a u - b u v, v' = -c v + d u v} from
     * {@code (u0, v0)}; the result holds (u, v) after each of {@code steps} steps: 2·steps outputs of 6 inputs.
     */
    @Differentiable
    static double[] rk4(double[] p, double[] y0, int steps, @NoDerivative double dt) {
        double[] out = new double[2 * steps];
        double u = y0[0];
        double v = y0[1];
        for (int s = 0; s < steps; s++) {
            double[] k = new double[8];
            k[0] = p[0] * u - p[1] * u * v;
            k[1] = -p[2] * v + p[3] * u * v;
            double u2 = u + 0.5 * dt * k[0];
            double v2 = v + 0.5 * dt * k[1];
            k[2] = p[0] * u2 - p[1] * u2 * v2;
            k[3] = -p[2] * v2 + p[3] * u2 * v2;
            double u3 = u + 0.5 * dt * k[2];
            double v3 = v + 0.5 * dt * k[3];
            k[4] = p[0] * u3 - p[1] * u3 * v3;
            k[5] = -p[2] * v3 + p[3] * u3 * v3;
            double u4 = u + dt * k[4];
            double v4 = v + dt * k[5];
            k[6] = p[0] * u4 - p[1] * u4 * v4;
            k[7] = -p[2] * v4 + p[3] * u4 * v4;
            u = u + dt / 6 * (k[0] + 2 * k[2] + 2 * k[4] + k[6]);
            v = v + dt / 6 * (k[1] + 2 * k[3] + 2 * k[5] + k[7]);
            out[2 * s] = u;
            out[2 * s + 1] = v;
        }
        return out;
    }

    /** The seed's network: h = W₁x, a = max(0, h), ŷ = W₂a, L = ‖ŷ - y‖². */
    @Differentiable
    static double mlpLoss(double[][] w1, double[][] w2, @NoDerivative double[] x, @NoDerivative double[] y) {
        double[] a = new double[w1.length];
        for (int i = 0; i < w1.length; i++) {
            double h = 0;
            for (int j = 0; j < x.length; j++) {
                h += w1[i][j] * x[j];
            }
            if (h > 0) {
                a[i] = h;
            } else {
                a[i] = 0;
            }
        }
        double loss = 0;
        for (int o = 0; o < w2.length; o++) {
            double yHat = 0;
            for (int i = 0; i < a.length; i++) {
                yHat += w2[o][i] * a[i];
            }
            double r = yHat - y[o];
            loss += r * r;
        }
        return loss;
    }

    /** The seed's network over a batch, with biases, mean over the batch (the seed's PyTorch example's loss). */
    @Differentiable
    static double mlpBatchLoss(double[][] w1, double[] b1, double[][] w2, double[] b2, @NoDerivative double[][] xs,
            @NoDerivative double[][] ys) {
        double total = 0;
        for (int s = 0; s < xs.length; s++) {
            double[] a = new double[w1.length];
            for (int i = 0; i < w1.length; i++) {
                double h = b1[i];
                for (int j = 0; j < xs[s].length; j++) {
                    h += w1[i][j] * xs[s][j];
                }
                a[i] = h > 0 ? h : 0;
            }
            for (int o = 0; o < w2.length; o++) {
                double yHat = b2[o];
                for (int i = 0; i < a.length; i++) {
                    yHat += w2[o][i] * a[i];
                }
                double r = yHat - ys[s][o];
                total += r * r;
            }
        }
        return total / (xs.length * ys[0].length);
    }

    /**
     * The first passage of a random walk through a threshold, by linear interpolation between the two steps around
     * it: a loop whose exit depends on the data, returning from inside the loop.
     */
    @Differentiable
    static double firstPassage(double[] increments, double threshold) {
        double position = 0;
        for (int i = 0; i < increments.length; i++) {
            double next = position + increments[i];
            if (next >= threshold) {
                return i + (threshold - position) / increments[i];
            }
            position = next;
        }
        return increments.length + Math.exp(position - threshold);
    }

    /**
     * Gradient descent on a 1-D quadratic {@code (t - target)² · curvature} until the step is small: the trip count
     * depends on the data, and the result is the iterate (whose derivative is the iteration's, close to the
     * solution's).
     */
    @Differentiable
    static double descent(double target, double curvature) {
        double t = 0;
        double step = 1;
        int n = 0;
        while (Math.abs(step) > 1e-13 && n < 10000) {
            step = 0.2 * 2 * curvature * (t - target) / (1 + curvature);
            t = t - step;
            n++;
        }
        return t * t + target;
    }
}
