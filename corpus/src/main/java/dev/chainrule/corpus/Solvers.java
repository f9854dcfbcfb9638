package dev.chainrule.corpus;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/**
 * Iterative solvers with bounded iteration counts, as they sit inside models: the derivative of the solution with
 * respect to the problem's parameters comes from differentiating the iterations themselves.
 */
public final class Solvers {

    private Solvers() {
    }

    /** The fixed point of {@code x = cos(a x)} by plain iteration. */
    @Differentiable
    public static double fixedPointCos(double a) {
        double x = 0.5;
        for (int i = 0; i < 200; i++) {
            x = Math.cos(a * x);
        }
        return x;
    }

    /** Newton's method for the square root, stopping when the update stalls. */
    @Differentiable
    public static double newtonSqrt(double a) {
        double x = a > 1 ? a : 1;
        for (int i = 0; i < 60; i++) {
            double next = 0.5 * (x + a / x);
            if (next == x) {
                break;
            }
            x = next;
        }
        return x;
    }

    /** Halley's method for the cube root. */
    @Differentiable
    public static double halleyCbrt(double a) {
        double x = 1;
        for (int i = 0; i < 40; i++) {
            double x3 = x * x * x;
            x = x * (x3 + 2 * a) / (2 * x3 + a);
        }
        return x;
    }

    /** Solves Kepler's equation {@code E - e sin E = M} for the eccentric anomaly by Newton's method. */
    @Differentiable
    public static double keplerEccentricAnomaly(double meanAnomaly, double eccentricity) {
        double e = meanAnomaly;
        for (int i = 0; i < 30; i++) {
            double f = e - eccentricity * Math.sin(e) - meanAnomaly;
            double df = 1 - eccentricity * Math.cos(e);
            e -= f / df;
        }
        return e;
    }

    /** The principal branch of the Lambert W function by Halley's iteration, for {@code x > 0}. */
    @Differentiable
    public static double lambertW(double x) {
        double w = Math.log1p(x);
        for (int i = 0; i < 20; i++) {
            double ew = Math.exp(w);
            double f = w * ew - x;
            double wp1 = w + 1;
            w -= f / (ew * wp1 - (w + 2) * f / (2 * wp1));
        }
        return w;
    }

    /** The real root of {@code x³ + p x + q} in [-10, 10]: bisection to bracket, then Newton to polish. */
    @Differentiable
    public static double cubicRoot(double p, double q) {
        double lo = -10, hi = 10;
        for (int i = 0; i < 40; i++) {
            double mid = 0.5 * (lo + hi);
            double f = mid * mid * mid + p * mid + q;
            if (f > 0) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        double x = 0.5 * (lo + hi);
        for (int i = 0; i < 3; i++) {
            x -= (x * x * x + p * x + q) / (3 * x * x + p);
        }
        return x;
    }

    /** The secant method on {@code exp(x) = a x + b}, from two starting guesses. */
    @Differentiable
    public static double secantRoot(double a, double b) {
        double x0 = -2, x1 = 0;
        double f0 = Math.exp(x0) - a * x0 - b;
        double f1 = Math.exp(x1) - a * x1 - b;
        for (int i = 0; i < 50; i++) {
            if (f1 == f0) {
                break;
            }
            double x2 = x1 - f1 * (x1 - x0) / (f1 - f0);
            x0 = x1;
            f0 = f1;
            x1 = x2;
            f1 = Math.exp(x1) - a * x1 - b;
        }
        return x1;
    }

    /** Steepest descent with a fixed step on {@code ½ xᵀ A x - bᵀ x}; returns the iterate. */
    @Differentiable
    public static double[] gradientDescent(@NoDerivative double[][] a, double[] b, double step, int iterations) {
        int n = b.length;
        double[] x = new double[n];
        double[] g = new double[n];
        for (int it = 0; it < iterations; it++) {
            for (int i = 0; i < n; i++) {
                double s = -b[i];
                for (int j = 0; j < n; j++) {
                    s += a[i][j] * x[j];
                }
                g[i] = s;
            }
            for (int i = 0; i < n; i++) {
                x[i] -= step * g[i];
            }
        }
        return x;
    }

    /** Jacobi iteration for {@code A x = b} with a diagonally dominant {@code A}. */
    @Differentiable
    public static double[] jacobi(double[][] a, double[] b, int iterations) {
        int n = b.length;
        double[] x = new double[n];
        double[] next = new double[n];
        for (int it = 0; it < iterations; it++) {
            for (int i = 0; i < n; i++) {
                double s = b[i];
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        s -= a[i][j] * x[j];
                    }
                }
                next[i] = s / a[i][i];
            }
            for (int i = 0; i < n; i++) {
                x[i] = next[i];
            }
        }
        return x;
    }

    /** Gauss–Seidel: Jacobi using each new component at once. */
    @Differentiable
    public static double[] gaussSeidel(double[][] a, double[] b, int iterations) {
        int n = b.length;
        double[] x = new double[n];
        for (int it = 0; it < iterations; it++) {
            for (int i = 0; i < n; i++) {
                double s = b[i];
                for (int j = 0; j < n; j++) {
                    if (j == i) {
                        continue;
                    }
                    s -= a[i][j] * x[j];
                }
                x[i] = s / a[i][i];
            }
        }
        return x;
    }

    /** The dominant eigenvalue of a symmetric matrix by power iteration and the Rayleigh quotient. */
    @Differentiable
    public static double powerIteration(double[][] a, int iterations) {
        int n = a.length;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 1.0 / Math.sqrt(n);
        }
        double lambda = 0;
        for (int it = 0; it < iterations; it++) {
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    w[i] += a[i][j] * v[j];
                }
            }
            double norm = 0;
            lambda = 0;
            for (int i = 0; i < n; i++) {
                norm += w[i] * w[i];
                lambda += v[i] * w[i];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                v[i] = w[i] / norm;
            }
        }
        return lambda;
    }

    /** The golden ratio's continued fraction generalised: {@code a + 1/(a + 1/(a + ...))}, {@code depth} deep. */
    @Differentiable
    public static double continuedFraction(double a, int depth) {
        double value = a;
        for (int i = 0; i < depth; i++) {
            value = a + 1 / value;
        }
        return value;
    }

    /** The minimiser of {@code cosh(x - c) + k x²} by damped Newton steps. */
    @Differentiable
    public static double newtonMinimum(double c, double k) {
        double x = 0;
        for (int i = 0; i < 25; i++) {
            double g = Math.sinh(x - c) + 2 * k * x;
            double h = Math.cosh(x - c) + 2 * k;
            double step = g / h;
            if (Math.abs(step) > 1) {
                step = Math.signum(step);
            }
            x -= step;
        }
        return x;
    }

    /** The implied volatility of a Black–Scholes call by Newton's method on the price. */
    @Differentiable
    public static double impliedVolatility(double price, double spot, double strike, double rate, double time) {
        double sigma = 0.3;
        for (int i = 0; i < 40; i++) {
            double model = Finance.blackScholesCall(spot, strike, rate, sigma, time);
            double sqrtT = Math.sqrt(time);
            double d1 = (Math.log(spot / strike) + (rate + 0.5 * sigma * sigma) * time) / (sigma * sqrtT);
            double vega = spot * Math.exp(-0.5 * d1 * d1) / Math.sqrt(2 * Math.PI) * sqrtT;
            sigma -= (model - price) / vega;
        }
        return sigma;
    }

    /** Conjugate gradients for a symmetric positive definite {@code A}, a fixed number of steps. */
    @Differentiable
    public static double[] conjugateGradient(double[][] a, double[] b, int iterations) {
        int n = b.length;
        double[] x = new double[n];
        double[] r = b.clone();
        double[] p = b.clone();
        double rr = Geometry.dot(r, r);
        for (int it = 0; it < iterations; it++) {
            double[] ap = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    ap[i] += a[i][j] * p[j];
                }
            }
            double alpha = rr / Geometry.dot(p, ap);
            for (int i = 0; i < n; i++) {
                x[i] += alpha * p[i];
                r[i] -= alpha * ap[i];
            }
            double rrNext = Geometry.dot(r, r);
            double beta = rrNext / rr;
            for (int i = 0; i < n; i++) {
                p[i] = r[i] + beta * p[i];
            }
            rr = rrNext;
        }
        return x;
    }

    /** The root of {@code tanh(x) - a x + b}: bisection to a bracket of 1e-6, then two Newton steps to polish. */
    @Differentiable
    public static double bracketedRoot(double a, double b) {
        double lo = -20;
        double hi = 20;
        int iterations = 0;
        while (hi - lo > 1e-6 && iterations < 100) {
            double mid = (lo + hi) / 2;
            if (Math.tanh(mid) - a * mid + b > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
            iterations++;
        }
        double x = (lo + hi) / 2;
        for (int i = 0; i < 2; i++) {
            double t = Math.tanh(x);
            x -= (t - a * x + b) / (1 - t * t - a);
        }
        return x;
    }
}
