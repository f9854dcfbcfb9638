package dev.chainrule.samples.classic;

/** Hand-derived Jacobians of problems 20 to 35 (0-based: row i is the paper's F_{i+1}, column j its x_{j+1}). */
final class MghScalableJacobians {
    private MghScalableJacobians() {
    }

    /** Rows 1..29: (j-1) t^(j-2) - 2 S t^(j-1) with S = Σ x_j t^(j-1); row 30 = e1; row 31 = (-2 x1, 1, 0, ...). */
    static double[][] watson(double[] x) {
        int n = x.length;
        double[][] jac = new double[31][n];
        for (int i = 1; i <= 29; i++) {
            double t = i / 29.0;
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += x[k] * Math.pow(t, k);
            }
            for (int k = 0; k < n; k++) {
                double linear = k == 0 ? 0 : k * Math.pow(t, k - 1);
                jac[i - 1][k] = linear - 2 * sum * Math.pow(t, k);
            }
        }
        jac[29][0] = 1;
        jac[30][0] = -2 * x[0];
        jac[30][1] = 1;
        return jac;
    }

    static double[][] extendedRosenbrock(double[] x) {
        double[][] jac = new double[x.length][x.length];
        for (int k = 0; k < x.length; k += 2) {
            jac[k][k] = -20 * x[k];
            jac[k][k + 1] = 10;
            jac[k + 1][k] = -1;
        }
        return jac;
    }

    static double[][] extendedPowell(double[] x) {
        double[][] jac = new double[x.length][x.length];
        for (int k = 0; k < x.length; k += 4) {
            double[][] block = MghJacobians.powellSingular(new double[] {x[k], x[k + 1], x[k + 2], x[k + 3]});
            for (int r = 0; r < 4; r++) {
                System.arraycopy(block[r], 0, jac[k + r], k, 4);
            }
        }
        return jac;
    }

    static double[][] penalty1(double[] x) {
        int n = x.length;
        double[][] jac = new double[n + 1][n];
        for (int k = 0; k < n; k++) {
            jac[k][k] = Math.sqrt(MghScalable.PENALTY_A);
            jac[n][k] = 2 * x[k];
        }
        return jac;
    }

    /** d/dx √a e^(x/10) = √a e^(x/10) / 10; last row 2 (n - j + 1) x_j. */
    static double[][] penalty2(double[] x) {
        int n = x.length;
        double a = Math.sqrt(MghScalable.PENALTY_A);
        double[][] jac = new double[2 * n][n];
        jac[0][0] = 1;
        for (int i = 1; i < n; i++) {
            jac[i][i] = a * Math.exp(x[i] / 10) / 10;
            jac[i][i - 1] = a * Math.exp(x[i - 1] / 10) / 10;
        }
        for (int i = n; i < 2 * n - 1; i++) {
            jac[i][i - n + 1] = a * Math.exp(x[i - n + 1] / 10) / 10;
        }
        for (int k = 0; k < n; k++) {
            jac[2 * n - 1][k] = 2 * (n - k) * x[k];
        }
        return jac;
    }

    static double[][] variablyDimensioned(double[] x) {
        int n = x.length;
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += (k + 1) * (x[k] - 1);
        }
        double[][] jac = new double[n + 2][n];
        for (int k = 0; k < n; k++) {
            jac[k][k] = 1;
            jac[n][k] = k + 1;
            jac[n + 1][k] = 2 * sum * (k + 1);
        }
        return jac;
    }

    /** ∂F_i/∂x_j = sin x_j + δ_ij (i sin x_i - cos x_i). */
    static double[][] trigonometric(double[] x) {
        int n = x.length;
        double[][] jac = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                jac[i][k] = Math.sin(x[k]);
            }
            jac[i][i] += (i + 1) * Math.sin(x[i]) - Math.cos(x[i]);
        }
        return jac;
    }

    /** Rows i < n: δ_ij + 1; row n: Π_{k≠j} x_k. */
    static double[][] brownAlmostLinear(double[] x) {
        int n = x.length;
        double[][] jac = new double[n][n];
        for (int i = 0; i < n - 1; i++) {
            for (int k = 0; k < n; k++) {
                jac[i][k] = k == i ? 2 : 1;
            }
        }
        for (int k = 0; k < n; k++) {
            double product = 1;
            for (int l = 0; l < n; l++) {
                if (l != k) {
                    product *= x[l];
                }
            }
            jac[n - 1][k] = product;
        }
        return jac;
    }

    /** Tridiagonal: -1 off the diagonal, 2 + 3 h² (x_i + t_i + 1)² / 2 on it. */
    static double[][] discreteBoundaryValue(double[] x) {
        int n = x.length;
        double h = 1.0 / (n + 1);
        double[][] jac = new double[n][n];
        for (int i = 0; i < n; i++) {
            double s = x[i] + (i + 1) * h + 1;
            jac[i][i] = 2 + 1.5 * h * h * s * s;
            if (i > 0) {
                jac[i][i - 1] = -1;
            }
            if (i < n - 1) {
                jac[i][i + 1] = -1;
            }
        }
        return jac;
    }

    /** J_ij = δ_ij + (h / 2) w_ij 3 (x_j + t_j + 1)², w_ij = (1 - t_i) t_j for j ≤ i, t_i (1 - t_j) for j > i. */
    static double[][] discreteIntegral(double[] x) {
        int n = x.length;
        double h = 1.0 / (n + 1);
        double[][] jac = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double s = x[k] + (k + 1) * h + 1;
                jac[i][k] = h / 2 * integralWeight(i, k, h) * 3 * s * s + (k == i ? 1 : 0);
            }
        }
        return jac;
    }

    static double[][] broydenTridiagonal(double[] x) {
        int n = x.length;
        double[][] jac = new double[n][n];
        for (int i = 0; i < n; i++) {
            jac[i][i] = 3 - 4 * x[i];
            if (i > 0) {
                jac[i][i - 1] = -1;
            }
            if (i < n - 1) {
                jac[i][i + 1] = -2;
            }
        }
        return jac;
    }

    /** Diagonal 2 + 15 x_i²; -(1 + 2 x_j) for j in the band i-5..i+1, j ≠ i. */
    static double[][] broydenBanded(double[] x) {
        int n = x.length;
        double[][] jac = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = Math.max(0, i - 5); k <= Math.min(n - 1, i + 1); k++) {
                jac[i][k] = k == i ? 2 + 15 * x[i] * x[i] : -(1 + 2 * x[k]);
            }
        }
        return jac;
    }

    static double[][] linearFullRank(double[] x) {
        int m = MghScalable.LINEAR_M;
        double[][] jac = new double[m][x.length];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < x.length; k++) {
                jac[i][k] = (i == k ? 1 : 0) - 2.0 / m;
            }
        }
        return jac;
    }

    /** J_ij = i j (1-based). */
    static double[][] linearRank1(double[] x) {
        double[][] jac = new double[MghScalable.LINEAR_M][x.length];
        for (int i = 0; i < jac.length; i++) {
            for (int k = 0; k < x.length; k++) {
                jac[i][k] = (i + 1) * (k + 1);
            }
        }
        return jac;
    }

    /** J_ij = (i - 1) j (1-based) for 2 ≤ i ≤ m-1 and 2 ≤ j ≤ n-1, else 0. */
    static double[][] linearRank1Zero(double[] x) {
        int m = MghScalable.LINEAR_M;
        double[][] jac = new double[m][x.length];
        for (int i = 1; i < m - 1; i++) {
            for (int k = 1; k < x.length - 1; k++) {
                jac[i][k] = i * (k + 1);
            }
        }
        return jac;
    }

    /** J_ij = T_i'(x_j) / n. */
    static double[][] chebyquad(double[] x) {
        int n = x.length;
        double[][] jac = new double[n][n];
        for (int k = 0; k < n; k++) {
            double[] slopes = chebyshevDerivatives(x[k], n)[0];
            for (int i = 0; i < n; i++) {
                jac[i][k] = slopes[i] / n;
            }
        }
        return jac;
    }

    /**
     * T_i'(x) and T_i''(x), i = 1..n, of the shifted Chebyshev polynomials, by differentiating their recurrence
     * T_{k+1} = 2 (2x - 1) T_k - T_{k-1}: T'_{k+1} = 4 T_k + 2 (2x - 1) T'_k - T'_{k-1} and
     * T''_{k+1} = 8 T'_k + 2 (2x - 1) T''_k - T''_{k-1}.
     */
    static double[][] chebyshevDerivatives(double x, int n) {
        double[] slopes = new double[n];
        double[] curves = new double[n];
        double y = 2 * x - 1;
        double previous = 1;
        double current = y;
        double previousSlope = 0;
        double slope = 2;
        double previousCurve = 0;
        double curve = 0;
        slopes[0] = slope;
        for (int i = 1; i < n; i++) {
            double next = 2 * y * current - previous;
            double nextSlope = 4 * current + 2 * y * slope - previousSlope;
            double nextCurve = 8 * slope + 2 * y * curve - previousCurve;
            previous = current;
            current = next;
            previousSlope = slope;
            slope = nextSlope;
            previousCurve = curve;
            curve = nextCurve;
            slopes[i] = slope;
            curves[i] = curve;
        }
        return new double[][] {slopes, curves};
    }

    /** The integral equation's kernel weight: (1 - t_i) t_j for j ≤ i, t_i (1 - t_j) for j > i (0-based i, j). */
    static double integralWeight(int i, int j, double h) {
        double ti = (i + 1) * h;
        double tj = (j + 1) * h;
        return j <= i ? (1 - ti) * tj : ti * (1 - tj);
    }
}
