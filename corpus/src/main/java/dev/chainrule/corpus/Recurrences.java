package dev.chainrule.corpus;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/** Linear and nonlinear recurrences: polynomials, maps, filters and time-series models. */
public final class Recurrences {

    private Recurrences() {
    }

    /** The Chebyshev polynomial Tₙ(x) by its three-term recurrence. */
    @Differentiable
    public static double chebyshevT(int n, double x) {
        if (n == 0) {
            return 1;
        }
        double previous = 1;
        double current = x;
        for (int k = 2; k <= n; k++) {
            double next = 2 * x * current - previous;
            previous = current;
            current = next;
        }
        return current;
    }

    /** The physicists' Hermite polynomial Hₙ(x). */
    @Differentiable
    public static double hermite(int n, double x) {
        double h0 = 1;
        if (n == 0) {
            return h0;
        }
        double h1 = 2 * x;
        for (int k = 1; k < n; k++) {
            double h2 = 2 * x * h1 - 2 * k * h0;
            h0 = h1;
            h1 = h2;
        }
        return h1;
    }

    /** The Laguerre polynomial Lₙ(x). */
    @Differentiable
    public static double laguerre(int n, double x) {
        double l0 = 1;
        double l1 = 1 - x;
        if (n == 0) {
            return l0;
        }
        for (int k = 1; k < n; k++) {
            double l2 = ((2 * k + 1 - x) * l1 - k * l0) / (k + 1);
            l0 = l1;
            l1 = l2;
        }
        return l1;
    }

    /** {@code n} iterations of the logistic map {@code x ← r x (1 - x)}. */
    @Differentiable
    public static double logisticMap(double r, double x0, int n) {
        double x = x0;
        for (int i = 0; i < n; i++) {
            x = r * x * (1 - x);
        }
        return x;
    }

    /** A Fibonacci-like recurrence with real weights: {@code f(k) = a f(k-1) + b f(k-2)}. */
    @Differentiable
    public static double weightedFibonacci(double a, double b, int n) {
        double previous = 0;
        double current = 1;
        for (int k = 1; k < n; k++) {
            double next = a * current + b * previous;
            previous = current;
            current = next;
        }
        return current;
    }

    @Differentiable
    public static double[] prefixSums(double[] x) {
        double[] s = new double[x.length];
        double running = 0;
        for (int i = 0; i < x.length; i++) {
            running += x[i];
            s[i] = running;
        }
        return s;
    }

    @Differentiable
    public static double[] cumulativeProduct(double[] x) {
        double[] p = new double[x.length];
        p[0] = x[0];
        for (int i = 1; i < x.length; i++) {
            p[i] = p[i - 1] * x[i];
        }
        return p;
    }

    /** The Gaussian log-likelihood of an AR(1) series {@code y_t = φ y_{t-1} + ε}, conditional on {@code y_0}. */
    @Differentiable
    public static double ar1LogLikelihood(double phi, double sigma, @NoDerivative double[] series) {
        double ll = 0;
        for (int t = 1; t < series.length; t++) {
            double e = series[t] - phi * series[t - 1];
            ll += -0.5 * e * e / (sigma * sigma) - Math.log(sigma);
        }
        return ll - 0.5 * (series.length - 1) * Math.log(2 * Math.PI);
    }

    /** A scalar Kalman filter over observations: the negative log-likelihood of the innovations. */
    @Differentiable
    public static double kalmanNegLogLikelihood(double processNoise, double measurementNoise,
            @NoDerivative double[] observations) {
        double x = 0;
        double p = 1;
        double nll = 0;
        for (double z : observations) {
            p += processNoise;
            double s = p + measurementNoise;
            double innovation = z - x;
            nll += 0.5 * (Math.log(2 * Math.PI * s) + innovation * innovation / s);
            double gain = p / s;
            x += gain * innovation;
            p *= 1 - gain;
        }
        return nll;
    }

    /** Balance after monthly deposits at a monthly rate, year by year compounding. */
    @Differentiable
    public static double savingsBalance(double deposit, double annualRate, int years) {
        double balance = 0;
        for (int year = 0; year < years; year++) {
            for (int month = 0; month < 12; month++) {
                balance = balance * (1 + annualRate / 12) + deposit;
            }
        }
        return balance;
    }

    /** Holt's linear trend method: the one-step forecast after the series. */
    @Differentiable
    public static double holtForecast(double alpha, double beta, @NoDerivative double[] series) {
        double level = series[0];
        double trend = series[1] - series[0];
        for (int t = 1; t < series.length; t++) {
            double previousLevel = level;
            level = alpha * series[t] + (1 - alpha) * (level + trend);
            trend = beta * (level - previousLevel) + (1 - beta) * trend;
        }
        return level + trend;
    }

    /** Sum of squared one-step errors of simple exponential smoothing, a fitting objective for {@code alpha}. */
    @Differentiable
    public static double smoothingError(double alpha, @NoDerivative double[] series) {
        double forecast = series[0];
        double sse = 0;
        for (int t = 1; t < series.length; t++) {
            double error = series[t] - forecast;
            sse += error * error;
            forecast += alpha * error;
        }
        return sse;
    }

    /** A second-order IIR (biquad) low-pass filter applied to the input, direct form I. */
    @Differentiable
    public static double[] biquad(double[] input, double b0, double b1, double b2, double a1, double a2) {
        double[] out = new double[input.length];
        double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
        for (int n = 0; n < input.length; n++) {
            double y = b0 * input[n] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = input[n];
            y2 = y1;
            y1 = y;
            out[n] = y;
        }
        return out;
    }

    /** The continued fraction for {@code tan x} (Lambert), evaluated bottom-up to {@code depth} levels. */
    @Differentiable
    public static double tanContinuedFraction(double x, int depth) {
        double x2 = x * x;
        double f = 2 * depth + 1;
        for (int k = depth; k >= 1; k--) {
            f = (2 * k - 1) - x2 / f;
        }
        return x / f;
    }

    /** The arithmetic–geometric mean of two positive numbers. */
    @Differentiable
    public static double agm(double a, double b) {
        for (int i = 0; i < 30; i++) {
            double mean = (a + b) / 2;
            double geometric = Math.sqrt(a * b);
            if (mean == a && geometric == b) {
                break;
            }
            a = mean;
            b = geometric;
        }
        return a;
    }

    /** A random-walk Metropolis proposal chain made deterministic: the log-density of a damped AR(2) path. */
    @Differentiable
    public static double ar2PathLogDensity(double phi1, double phi2, @NoDerivative double[] path) {
        double total = 0;
        for (int t = 2; t < path.length; t++) {
            double mean = phi1 * path[t - 1] + phi2 * path[t - 2];
            double e = path[t] - mean;
            total -= 0.5 * e * e;
        }
        return total;
    }

    /** Discounted sum of rewards computed backwards, as reinforcement learning computes returns. */
    @Differentiable
    public static double[] discountedReturns(double[] rewards, double gamma) {
        double[] returns = new double[rewards.length];
        double g = 0;
        for (int t = rewards.length - 1; t >= 0; t--) {
            g = rewards[t] + gamma * g;
            returns[t] = g;
        }
        return returns;
    }

    /** Generalised advantage estimates from rewards and value estimates. */
    @Differentiable
    public static double[] advantages(double[] rewards, double[] values, double gamma, double lambda) {
        int n = rewards.length;
        double[] adv = new double[n];
        double running = 0;
        for (int t = n - 1; t >= 0; t--) {
            double nextValue = t + 1 < n ? values[t + 1] : 0;
            double delta = rewards[t] + gamma * nextValue - values[t];
            running = delta + gamma * lambda * running;
            adv[t] = running;
        }
        return adv;
    }

    /** The Bernoulli-trial recurrence of the probability of {@code k} successes in {@code n} trials. */
    @Differentiable
    public static double binomialProbability(double p, int n, int k) {
        double[] prob = new double[n + 1];
        prob[0] = 1;
        for (int trial = 1; trial <= n; trial++) {
            for (int j = trial; j >= 1; j--) {
                prob[j] = prob[j] * (1 - p) + prob[j - 1] * p;
            }
            prob[0] *= 1 - p;
        }
        return prob[k];
    }

    /** The largest fall from a running peak of the cumulative returns (in place: {@code wealth[i] *= ...}). */
    @Differentiable
    public static double maximumDrawdown(double[] returns) {
        double[] wealth = new double[returns.length + 1];
        wealth[0] = 1;
        for (int i = 0; i < returns.length; i++) {
            wealth[i + 1] = wealth[i];
            wealth[i + 1] *= 1 + returns[i];
        }
        double peak = wealth[0];
        double drawdown = 0;
        for (double w : wealth) {
            peak = Math.max(peak, w);
            drawdown = Math.max(drawdown, (peak - w) / peak);
        }
        return drawdown;
    }
}
