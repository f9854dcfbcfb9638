package dev.chainrule.samples.classic;

import dev.chainrule.Differentiable;

/**
 * Problems 20 to 35 of Moré, Garbow and Hillstrom (1981), whose size n is the length of {@code x}: the residual
 * vector {@code nameF} and the sum of squares {@code name}, written the way the paper states them (1-based
 * {@code i} and {@code j} in the formulas).
 */
final class MghScalable {
    static final double PENALTY_A = 1e-5;
    static final int LINEAR_M = 20;

    private MghScalable() {
    }

    /** (20) Watson, m = 31. */
    @Differentiable
    static double[] watsonF(double[] x) {
        int n = x.length;
        double[] f = new double[31];
        for (int i = 1; i <= 29; i++) {
            double t = i / 29.0;
            double sum1 = 0;
            for (int j = 2; j <= n; j++) {
                sum1 += (j - 1) * x[j - 1] * Math.pow(t, j - 2);
            }
            double sum2 = 0;
            for (int j = 1; j <= n; j++) {
                sum2 += x[j - 1] * Math.pow(t, j - 1);
            }
            f[i - 1] = sum1 - sum2 * sum2 - 1;
        }
        f[29] = x[0];
        f[30] = x[1] - x[0] * x[0] - 1;
        return f;
    }

    @Differentiable
    static double watson(double[] x) {
        double s = 0;
        for (int i = 1; i <= 29; i++) {
            double t = i / 29.0;
            double derivative = 0;
            double power = 1;
            for (int j = 1; j < x.length; j++) {
                derivative += j * x[j] * power;
                power *= t;
            }
            double value = 0;
            power = 1;
            for (double xj : x) {
                value += xj * power;
                power *= t;
            }
            double fi = derivative - value * value - 1;
            s += fi * fi;
        }
        return s + x[0] * x[0] + Math.pow(x[1] - x[0] * x[0] - 1, 2);
    }

    /** (21) Extended Rosenbrock. */
    @Differentiable
    static double[] extendedRosenbrockF(double[] x) {
        double[] f = new double[x.length];
        for (int i = 1; i <= x.length / 2; i++) {
            f[2 * i - 2] = 10 * (x[2 * i - 1] - x[2 * i - 2] * x[2 * i - 2]);
            f[2 * i - 1] = 1 - x[2 * i - 2];
        }
        return f;
    }

    @Differentiable
    static double extendedRosenbrock(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i += 2) {
            s += 100 * Math.pow(x[i + 1] - x[i] * x[i], 2) + Math.pow(1 - x[i], 2);
        }
        return s;
    }

    /** (22) Extended Powell singular. */
    @Differentiable
    static double[] extendedPowellF(double[] x) {
        double[] f = new double[x.length];
        for (int i = 1; i <= x.length / 4; i++) {
            f[4 * i - 4] = x[4 * i - 4] + 10 * x[4 * i - 3];
            f[4 * i - 3] = Math.sqrt(5) * (x[4 * i - 2] - x[4 * i - 1]);
            f[4 * i - 2] = Math.pow(x[4 * i - 3] - 2 * x[4 * i - 2], 2);
            f[4 * i - 1] = Math.sqrt(10) * Math.pow(x[4 * i - 4] - x[4 * i - 1], 2);
        }
        return f;
    }

    @Differentiable
    static double extendedPowell(double[] x) {
        double s = 0;
        for (int k = 0; k + 3 < x.length; k += 4) {
            double a = x[k] + 10 * x[k + 1];
            double b = x[k + 2] - x[k + 3];
            double c = (x[k + 1] - 2 * x[k + 2]) * (x[k + 1] - 2 * x[k + 2]);
            double d = (x[k] - x[k + 3]) * (x[k] - x[k + 3]);
            s += a * a + 5 * b * b + c * c + 10 * d * d;
        }
        return s;
    }

    /** (23) Penalty I, m = n + 1. */
    @Differentiable
    static double[] penalty1F(double[] x) {
        int n = x.length;
        double[] f = new double[n + 1];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            f[i] = Math.sqrt(PENALTY_A) * (x[i] - 1);
            sum += x[i] * x[i];
        }
        f[n] = sum - 0.25;
        return f;
    }

    @Differentiable
    static double penalty1(double[] x) {
        double s = 0;
        double sum = 0;
        for (double xi : x) {
            s += PENALTY_A * (xi - 1) * (xi - 1);
            sum += xi * xi;
        }
        return s + (sum - 0.25) * (sum - 0.25);
    }

    /** (24) Penalty II, m = 2n. */
    @Differentiable
    static double[] penalty2F(double[] x) {
        int n = x.length;
        double[] f = new double[2 * n];
        double a = Math.sqrt(PENALTY_A);
        f[0] = x[0] - 0.2;
        for (int i = 2; i <= n; i++) {
            double y = Math.exp(i / 10.0) + Math.exp((i - 1) / 10.0);
            f[i - 1] = a * (Math.exp(x[i - 1] / 10) + Math.exp(x[i - 2] / 10) - y);
        }
        for (int i = n + 1; i < 2 * n; i++) {
            f[i - 1] = a * (Math.exp(x[i - n] / 10) - Math.exp(-1.0 / 10));
        }
        double sum = 0;
        for (int j = 1; j <= n; j++) {
            sum += (n - j + 1) * x[j - 1] * x[j - 1];
        }
        f[2 * n - 1] = sum - 1;
        return f;
    }

    /** Penalty II's sum of squares through a call of its residuals. */
    @Differentiable
    static double penalty2(double[] x) {
        double[] f = penalty2F(x);
        double s = 0;
        for (int i = 0; i < f.length; i++) {
            s += f[i] * f[i];
        }
        return s;
    }

    /** (25) Variably dimensioned, m = n + 2. */
    @Differentiable
    static double[] variablyDimensionedF(double[] x) {
        int n = x.length;
        double[] f = new double[n + 2];
        double sum = 0;
        for (int j = 1; j <= n; j++) {
            f[j - 1] = x[j - 1] - 1;
            sum += j * (x[j - 1] - 1);
        }
        f[n] = sum;
        f[n + 1] = sum * sum;
        return f;
    }

    @Differentiable
    static double variablyDimensioned(double[] x) {
        double s = 0;
        double sum = 0;
        for (int j = 0; j < x.length; j++) {
            s += (x[j] - 1) * (x[j] - 1);
            sum += (j + 1) * (x[j] - 1);
        }
        return s + sum * sum + Math.pow(sum, 4);
    }

    /** (26) Trigonometric: f_i = n - Σ cos x_j + i (1 - cos x_i) - sin x_i. */
    @Differentiable
    static double[] trigonometricF(double[] x) {
        int n = x.length;
        double cosSum = 0;
        for (double xj : x) {
            cosSum += Math.cos(xj);
        }
        double[] f = new double[n];
        for (int i = 1; i <= n; i++) {
            f[i - 1] = n - cosSum + i * (1 - Math.cos(x[i - 1])) - Math.sin(x[i - 1]);
        }
        return f;
    }

    @Differentiable
    static double trigonometric(double[] x) {
        int n = x.length;
        double cosSum = 0;
        for (int j = 0; j < n; j++) {
            cosSum += Math.cos(x[j]);
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            double fi = n - cosSum + (i + 1) * (1 - Math.cos(x[i])) - Math.sin(x[i]);
            s += fi * fi;
        }
        return s;
    }

    /** (27) Brown almost-linear. */
    @Differentiable
    static double[] brownAlmostLinearF(double[] x) {
        int n = x.length;
        double sum = 0;
        double product = 1;
        for (int j = 0; j < n; j++) {
            sum += x[j];
            product *= x[j];
        }
        double[] f = new double[n];
        for (int i = 0; i < n - 1; i++) {
            f[i] = x[i] + sum - (n + 1);
        }
        f[n - 1] = product - 1;
        return f;
    }

    @Differentiable
    static double brownAlmostLinear(double[] x) {
        int n = x.length;
        double sum = 0;
        double product = 1;
        for (double xj : x) {
            sum += xj;
            product *= xj;
        }
        double s = 0;
        for (int i = 0; i < n - 1; i++) {
            s += Math.pow(x[i] + sum - (n + 1), 2);
        }
        return s + (product - 1) * (product - 1);
    }

    /** (28) Discrete boundary value, x_0 = x_{n+1} = 0. */
    @Differentiable
    static double[] discreteBoundaryValueF(double[] x) {
        int n = x.length;
        double h = 1.0 / (n + 1);
        double[] f = new double[n];
        for (int i = 1; i <= n; i++) {
            double t = i * h;
            double left = i > 1 ? x[i - 2] : 0;
            double right = i < n ? x[i] : 0;
            f[i - 1] = 2 * x[i - 1] - left - right + h * h * Math.pow(x[i - 1] + t + 1, 3) / 2;
        }
        return f;
    }

    @Differentiable
    static double discreteBoundaryValue(double[] x) {
        int n = x.length;
        double h = 1.0 / (n + 1);
        double s = 0;
        for (int i = 0; i < n; i++) {
            double fi = 2 * x[i] + h * h * Math.pow(x[i] + (i + 1) * h + 1, 3) / 2;
            if (i > 0) {
                fi -= x[i - 1];
            }
            if (i < n - 1) {
                fi -= x[i + 1];
            }
            s += fi * fi;
        }
        return s;
    }

    /** (29) Discrete integral equation. */
    @Differentiable
    static double[] discreteIntegralF(double[] x) {
        int n = x.length;
        double h = 1.0 / (n + 1);
        double[] f = new double[n];
        for (int i = 1; i <= n; i++) {
            double ti = i * h;
            double lower = 0;
            for (int j = 1; j <= i; j++) {
                double tj = j * h;
                lower += tj * Math.pow(x[j - 1] + tj + 1, 3);
            }
            double upper = 0;
            for (int j = i + 1; j <= n; j++) {
                double tj = j * h;
                upper += (1 - tj) * Math.pow(x[j - 1] + tj + 1, 3);
            }
            f[i - 1] = x[i - 1] + h * ((1 - ti) * lower + ti * upper) / 2;
        }
        return f;
    }

    /** The integral equation's sum of squares through a call of its residuals. */
    @Differentiable
    static double discreteIntegral(double[] x) {
        double s = 0;
        double[] f = discreteIntegralF(x);
        for (double fi : f) {
            s += fi * fi;
        }
        return s;
    }

    /** (30) Broyden tridiagonal, x_0 = x_{n+1} = 0. */
    @Differentiable
    static double[] broydenTridiagonalF(double[] x) {
        int n = x.length;
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            double left = i == 0 ? 0 : x[i - 1];
            double right = i == n - 1 ? 0 : x[i + 1];
            f[i] = (3 - 2 * x[i]) * x[i] - left - 2 * right + 1;
        }
        return f;
    }

    @Differentiable
    static double broydenTridiagonal(double[] x) {
        int n = x.length;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double fi = (3 - 2 * x[i]) * x[i] + 1;
            if (i > 0) {
                fi = fi - x[i - 1];
            }
            if (i + 1 < n) {
                fi = fi - 2 * x[i + 1];
            }
            s = s + fi * fi;
        }
        return s;
    }

    /** (31) Broyden banded, m_l = 5, m_u = 1. */
    @Differentiable
    static double[] broydenBandedF(double[] x) {
        int n = x.length;
        double[] f = new double[n];
        for (int i = 1; i <= n; i++) {
            double band = 0;
            for (int j = Math.max(1, i - 5); j <= Math.min(n, i + 1); j++) {
                if (j != i) {
                    band += x[j - 1] * (1 + x[j - 1]);
                }
            }
            f[i - 1] = x[i - 1] * (2 + 5 * x[i - 1] * x[i - 1]) + 1 - band;
        }
        return f;
    }

    @Differentiable
    static double broydenBanded(double[] x) {
        int n = x.length;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double fi = x[i] * (2 + 5 * x[i] * x[i]) + 1;
            for (int j = i - 5; j <= i + 1; j++) {
                if (j < 0 || j >= n || j == i) {
                    continue;
                }
                fi -= x[j] * (1 + x[j]);
            }
            s += fi * fi;
        }
        return s;
    }

    /** (32) Linear function, full rank, m = 20. */
    @Differentiable
    static double[] linearFullRankF(double[] x) {
        int n = x.length;
        double sum = 0;
        for (double xj : x) {
            sum += xj;
        }
        double[] f = new double[LINEAR_M];
        for (int i = 1; i <= LINEAR_M; i++) {
            f[i - 1] = -2.0 / LINEAR_M * sum - 1;
            if (i <= n) {
                f[i - 1] += x[i - 1];
            }
        }
        return f;
    }

    @Differentiable
    static double linearFullRank(double[] x) {
        double sum = 0;
        for (double xj : x) {
            sum += xj;
        }
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += Math.pow(x[i] - 2 * sum / LINEAR_M - 1, 2);
        }
        return s + (LINEAR_M - x.length) * Math.pow(2 * sum / LINEAR_M + 1, 2);
    }

    /** (33) Linear function, rank 1, m = 20: f_i = i (Σ j x_j) - 1. */
    @Differentiable
    static double[] linearRank1F(double[] x) {
        double sum = 0;
        for (int j = 1; j <= x.length; j++) {
            sum += j * x[j - 1];
        }
        double[] f = new double[LINEAR_M];
        for (int i = 1; i <= LINEAR_M; i++) {
            f[i - 1] = i * sum - 1;
        }
        return f;
    }

    @Differentiable
    static double linearRank1(double[] x) {
        double sum = 0;
        for (int j = 0; j < x.length; j++) {
            sum += (j + 1) * x[j];
        }
        double s = 0;
        for (int i = 1; i <= LINEAR_M; i++) {
            s += (i * sum - 1) * (i * sum - 1);
        }
        return s;
    }

    /** (34) Linear function, rank 1 with zero columns and rows, m = 20. */
    @Differentiable
    static double[] linearRank1ZeroF(double[] x) {
        int n = x.length;
        double sum = 0;
        for (int j = 2; j <= n - 1; j++) {
            sum += j * x[j - 1];
        }
        double[] f = new double[LINEAR_M];
        f[0] = -1;
        for (int i = 2; i <= LINEAR_M - 1; i++) {
            f[i - 1] = (i - 1) * sum - 1;
        }
        f[LINEAR_M - 1] = -1;
        return f;
    }

    @Differentiable
    static double linearRank1Zero(double[] x) {
        double sum = 0;
        for (int j = 1; j < x.length - 1; j++) {
            sum += (j + 1) * x[j];
        }
        double s = 2;
        for (int i = 1; i < LINEAR_M - 1; i++) {
            s += Math.pow(i * sum - 1, 2);
        }
        return s;
    }

    /** (35) Chebyquad, m = n: shifted Chebyshev polynomials T_i on [0, 1] by their three-term recurrence. */
    @Differentiable
    static double[] chebyquadF(double[] x) {
        int n = x.length;
        double[] f = new double[n];
        for (int j = 0; j < n; j++) {
            double previous = 1;
            double current = 2 * x[j] - 1;
            f[0] += current / n;
            for (int i = 2; i <= n; i++) {
                double next = 2 * (2 * x[j] - 1) * current - previous;
                previous = current;
                current = next;
                f[i - 1] += current / n;
            }
        }
        for (int i = 2; i <= n; i += 2) {
            f[i - 1] += 1.0 / (i * i - 1);
        }
        return f;
    }

    @Differentiable
    static double chebyquad(double[] x) {
        int n = x.length;
        double s = 0;
        for (int i = 1; i <= n; i++) {
            double mean = 0;
            for (double xj : x) {
                double y = 2 * xj - 1;
                double previous = 1;
                double current = y;
                for (int k = 2; k <= i; k++) {
                    double next = 2 * y * current - previous;
                    previous = current;
                    current = next;
                }
                mean += current;
            }
            double fi = mean / n;
            if (i % 2 == 0) {
                fi += 1.0 / (i * i - 1);
            }
            s += fi * fi;
        }
        return s;
    }
}
