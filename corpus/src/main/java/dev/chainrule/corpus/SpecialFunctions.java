package dev.chainrule.corpus;

import dev.chainrule.Differentiable;

/** Special functions by their series, recurrences and classical approximations. */
public final class SpecialFunctions {

    /** Lanczos coefficients for g = 7, n = 9 (Numerical Recipes' and Wikipedia's table). */
    static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
    };

    private SpecialFunctions() {
    }

    /** The error function by its Maclaurin series, summed until the terms no longer matter (for |x| ≤ 3). */
    @Differentiable
    public static double erfSeries(double x) {
        double term = x;
        double sum = x;
        for (int n = 1; n < 100; n++) {
            term *= -x * x / n;
            double contribution = term / (2 * n + 1);
            sum += contribution;
            if (Math.abs(contribution) < 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return 2 / Math.sqrt(Math.PI) * sum;
    }

    @Differentiable
    public static double erfc(double x) {
        return 1 - erfSeries(x);
    }

    /** The standard normal distribution function through the error function. */
    @Differentiable
    public static double normalCdf(double x) {
        return 0.5 * (1 + erfSeries(x / Math.sqrt(2)));
    }

    @Differentiable
    public static double normalPdf(double x, double mu, double sigma) {
        double z = (x - mu) / sigma;
        return Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI));
    }

    /** The gamma function by the Lanczos approximation, with the reflection formula below 1/2. */
    @Differentiable
    public static double gamma(double x) {
        if (x < 0.5) {
            return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
        }
        double z = x - 1;
        double a = LANCZOS[0];
        double t = z + 7.5;
        for (int i = 1; i < LANCZOS.length; i++) {
            a += LANCZOS[i] / (z + i);
        }
        return Math.sqrt(2 * Math.PI) * Math.pow(t, z + 0.5) * Math.exp(-t) * a;
    }

    /** The logarithm of the gamma function for positive arguments, without overflow. */
    @Differentiable
    public static double logGamma(double x) {
        double z = x - 1;
        double a = LANCZOS[0];
        double t = z + 7.5;
        for (int i = 1; i < LANCZOS.length; i++) {
            a += LANCZOS[i] / (z + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
    }

    @Differentiable
    public static double beta(double a, double b) {
        return Math.exp(logGamma(a) + logGamma(b) - logGamma(a + b));
    }

    /** The digamma function: shift up by the recurrence, then the asymptotic series. */
    @Differentiable
    public static double digamma(double x) {
        double result = 0;
        while (x < 6) {
            result -= 1 / x;
            x += 1;
        }
        double inv = 1 / x;
        double inv2 = inv * inv;
        result += Math.log(x) - 0.5 * inv
                - inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 / 132))));
        return result;
    }

    /** The Bessel function J₀ by its power series (for moderate |x|). */
    @Differentiable
    public static double besselJ0(double x) {
        double q = -0.25 * x * x;
        double term = 1;
        double sum = 1;
        for (int k = 1; k < 60; k++) {
            term *= q / (k * k);
            sum += term;
        }
        return sum;
    }

    /** The lower regularised incomplete gamma function P(a, x) by its series. */
    @Differentiable
    public static double lowerIncompleteGamma(double a, double x) {
        double term = 1 / a;
        double sum = term;
        for (int n = 1; n < 200; n++) {
            term *= x / (a + n);
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
    }

    @Differentiable
    public static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    /** The logistic function, evaluated on the side where {@code exp} cannot overflow. */
    @Differentiable
    public static double expit(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    @Differentiable
    public static double sinc(double x) {
        if (Math.abs(x) < 1e-8) {
            return 1 - x * x / 6;
        }
        return Math.sin(x) / x;
    }

    /** The exponential integral E₁(x) by its series: {@code -γ - ln x - Σ (-x)^k / (k·k!)}. */
    @Differentiable
    public static double exponentialIntegral(double x) {
        final double eulerGamma = 0.5772156649015329;
        double sum = 0;
        double term = 1;
        for (int k = 1; k <= 60; k++) {
            term *= -x / k;
            sum += term / k;
        }
        return -eulerGamma - Math.log(x) - sum;
    }

    /** The Fresnel integral S(x) by its power series. */
    @Differentiable
    public static double fresnelS(double x) {
        double x2 = Math.PI / 2 * x * x;
        double term = x * x2 / 3;
        double sum = term;
        for (int n = 1; n < 40; n++) {
            term *= -x2 * x2 * (4 * n - 1) / ((2 * n) * (2 * n + 1) * (4 * n + 3));
            sum += term;
        }
        return sum;
    }

    /** The Riemann zeta function for s > 1 by the alternating (Dirichlet eta) series. */
    @Differentiable
    public static double zeta(double s) {
        double eta = 0;
        double sign = 1;
        for (int n = 1; n <= 2000; n++) {
            eta += sign / Math.pow(n, s);
            sign = -sign;
        }
        return eta / (1 - Math.pow(2, 1 - s));
    }

    /** The complete elliptic integral of the first kind, by the arithmetic–geometric mean. */
    @Differentiable
    public static double ellipticK(double k) {
        double a = 1;
        double b = Math.sqrt(1 - k * k);
        for (int i = 0; i < 8; i++) {
            double mean = 0.5 * (a + b);
            b = Math.sqrt(a * b);
            a = mean;
        }
        return Math.PI / (2 * a);
    }

    /** The Student t density with {@code nu} degrees of freedom, through log-gamma. */
    @Differentiable
    public static double studentTDensity(double t, double nu) {
        double logNorm = logGamma(0.5 * (nu + 1)) - logGamma(0.5 * nu) - 0.5 * Math.log(nu * Math.PI);
        return Math.exp(logNorm - 0.5 * (nu + 1) * Math.log1p(t * t / nu));
    }

    /** The log-density of the Beta distribution. */
    @Differentiable
    public static double betaLogDensity(double x, double a, double b) {
        return (a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - Math.log(beta(a, b));
    }

    /** The Legendre polynomial Pₙ(x) by Bonnet's recurrence. */
    @Differentiable
    public static double legendre(int n, double x) {
        if (n == 0) {
            return 1;
        }
        double previous = 1;
        double current = x;
        for (int k = 1; k < n; k++) {
            double next = ((2 * k + 1) * x * current - k * previous) / (k + 1);
            previous = current;
            current = next;
        }
        return current;
    }

    /** The polylogarithm Li₂(x) (dilogarithm) by its series, for |x| < 1. */
    @Differentiable
    public static double dilogarithm(double x) {
        double sum = 0;
        double power = x;
        for (int k = 1; k <= 400; k++) {
            sum += power / ((double) k * k);
            power *= x;
        }
        return sum;
    }

    /** {@code e^x} by its Taylor series, summed until a term no longer changes the sum. */
    @Differentiable
    public static double expSeries(double x) {
        double term = 1;
        double sum = 1;
        int n = 0;
        do {
            n++;
            term *= x / n;
            sum += term;
        } while (Math.abs(term) > 1e-17 * Math.abs(sum));
        return sum;
    }
}
