package dev.chainrule.samples.classic;

/**
 * Hand-derived second derivatives of the residuals along a direction: {@code C[i] = ∇²F_i · v} (m × n), the
 * derivative of the Jacobian along {@code v}. With them the Hessian of f = Σ F_i² is 2 (JᵀJ + Σ F_i ∇²F_i), and the
 * weighted residual Hessian Σ w_i ∇²F_i · v is Cᵀw. Problems without an entry here are checked against central
 * differences of their hand-derived gradient instead.
 */
final class MghCurvatures {
    private static final double TWO_PI = 2 * Math.PI;

    private MghCurvatures() {
    }

    static double[][] rosenbrock(double[] x, double[] v) {
        return new double[][] {{-20 * v[0], 0}, {0, 0}};
    }

    static double[][] freudensteinRoth(double[] x, double[] v) {
        return new double[][] {{0, (10 - 6 * x[1]) * v[1]}, {0, (6 * x[1] + 2) * v[1]}};
    }

    static double[][] powellBadlyScaled(double[] x, double[] v) {
        return new double[][] {{1e4 * v[1], 1e4 * v[0]}, {Math.exp(-x[0]) * v[0], Math.exp(-x[1]) * v[1]}};
    }

    static double[][] brownBadlyScaled(double[] x, double[] v) {
        return new double[][] {{0, 0}, {0, 0}, {v[1], v[0]}};
    }

    /** ∂²/∂x1∂x2 = i x2^(i-1), ∂²/∂x2² = i (i - 1) x1 x2^(i-2). */
    static double[][] beale(double[] x, double[] v) {
        double[][] c = new double[3][];
        for (int i = 1; i <= 3; i++) {
            double mixed = i * Math.pow(x[1], i - 1);
            double second = i == 1 ? 0 : i * (i - 1) * x[0] * Math.pow(x[1], i - 2);
            c[i - 1] = new double[] {mixed * v[1], mixed * v[0] + second * v[1]};
        }
        return c;
    }

    static double[][] jennrichSampson(double[] x, double[] v) {
        double[][] c = new double[Mgh.JENNRICH_SAMPSON_M][];
        for (int i = 1; i <= Mgh.JENNRICH_SAMPSON_M; i++) {
            c[i - 1] = new double[] {-i * i * Math.exp(i * x[0]) * v[0], -i * i * Math.exp(i * x[1]) * v[1]};
        }
        return c;
    }

    /**
     * θ_11 = 2 x1 x2 / (2π r⁴), θ_12 = (x2² - x1²) / (2π r⁴), θ_22 = -θ_11; F1 = 10 x3 - 100 θ.
     * r_11 = x2² / r³, r_12 = -x1 x2 / r³, r_22 = x1² / r³; F2 = 10 r - 10.
     */
    static double[][] helicalValley(double[] x, double[] v) {
        double x1 = x[0];
        double x2 = x[1];
        double r2 = x1 * x1 + x2 * x2;
        double r3 = r2 * Math.sqrt(r2);
        double t11 = 2 * x1 * x2 / (TWO_PI * r2 * r2);
        double t12 = (x2 * x2 - x1 * x1) / (TWO_PI * r2 * r2);
        return new double[][] {
            {-100 * (t11 * v[0] + t12 * v[1]), -100 * (t12 * v[0] - t11 * v[1]), 0},
            {10 * (x2 * x2 * v[0] - x1 * x2 * v[1]) / r3, 10 * (-x1 * x2 * v[0] + x1 * x1 * v[1]) / r3, 0},
            {0, 0, 0}};
    }

    /** ∂²F/∂x_a∂x_b = -2 u c_a c_b / d³ with c = (0, v_i, w_i). */
    static double[][] bard(double[] x, double[] dir) {
        double[][] c = new double[15][];
        for (int i = 1; i <= 15; i++) {
            double u = i;
            double v = 16 - i;
            double w = Math.min(u, v);
            double d = v * x[1] + w * x[2];
            double along = -2 * u * (v * dir[1] + w * dir[2]) / (d * d * d);
            c[i - 1] = new double[] {0, along * v, along * w};
        }
        return c;
    }

    /**
     * F = x1 e^g, g = x2 / s, s = t + x3: g_2 = 1/s, g_3 = -x2/s², g_23 = -1/s², g_33 = 2 x2/s³;
     * F_12 = e g_2, F_13 = e g_3, F_22 = x1 e g_2², F_23 = x1 e (g_2 g_3 + g_23), F_33 = x1 e (g_3² + g_33).
     */
    static double[][] meyer(double[] x, double[] v) {
        double[][] c = new double[16][];
        for (int i = 1; i <= 16; i++) {
            double s = 45 + 5 * i + x[2];
            double e = Math.exp(x[1] / s);
            double g2 = 1 / s;
            double g3 = -x[1] / (s * s);
            double f12 = e * g2;
            double f13 = e * g3;
            double f22 = x[0] * e * g2 * g2;
            double f23 = x[0] * e * (g2 * g3 - 1 / (s * s));
            double f33 = x[0] * e * (g3 * g3 + 2 * x[1] / (s * s * s));
            c[i - 1] = new double[] {f12 * v[1] + f13 * v[2], f12 * v[0] + f22 * v[1] + f23 * v[2],
                f13 * v[0] + f23 * v[1] + f33 * v[2]};
        }
        return c;
    }

    /**
     * F = e^q - t, q = -p / x1, p = a^x3, a = |y - x2|, s = sign(y - x2): ∇²F = e^q (∇q ∇qᵀ + ∇²q) with
     * q_1 = p / x1², q_2 = -p_2 / x1, q_3 = -p_3 / x1, q_11 = -2p / x1³, q_12 = p_2 / x1², q_13 = p_3 / x1²,
     * q_kl = -p_kl / x1 otherwise; p_2 = -s x3 a^(x3-1), p_3 = p ln a, p_22 = x3 (x3 - 1) a^(x3-2),
     * p_23 = -s a^(x3-1) (1 + x3 ln a), p_33 = p ln² a.
     */
    static double[][] gulf(double[] x, double[] v) {
        double[][] c = new double[Mgh.GULF_M][];
        double x1 = x[0];
        double x3 = x[2];
        for (int i = 1; i <= Mgh.GULF_M; i++) {
            double y = 25 + Math.pow(-50 * Math.log(i / 100.0), 2.0 / 3.0);
            double s = Math.signum(y - x[1]);
            double a = Math.abs(y - x[1]);
            double p = Math.pow(a, x3);
            double log = Math.log(a);
            double p2 = -s * x3 * Math.pow(a, x3 - 1);
            double p3 = p * log;
            double p22 = x3 * (x3 - 1) * Math.pow(a, x3 - 2);
            double p23 = -s * Math.pow(a, x3 - 1) * (1 + x3 * log);
            double p33 = p * log * log;
            double[] q = {p / (x1 * x1), -p2 / x1, -p3 / x1};
            double[][] qq = {
                {-2 * p / (x1 * x1 * x1), p2 / (x1 * x1), p3 / (x1 * x1)},
                {p2 / (x1 * x1), -p22 / x1, -p23 / x1},
                {p3 / (x1 * x1), -p23 / x1, -p33 / x1}};
            double e = Math.exp(-p / x1);
            double qv = q[0] * v[0] + q[1] * v[1] + q[2] * v[2];
            double[] row = new double[3];
            for (int k = 0; k < 3; k++) {
                row[k] = e * (q[k] * qv + qq[k][0] * v[0] + qq[k][1] * v[1] + qq[k][2] * v[2]);
            }
            c[i - 1] = row;
        }
        return c;
    }

    static double[][] box3d(double[] x, double[] v) {
        double[][] c = new double[Mgh.BOX_M][];
        for (int i = 1; i <= Mgh.BOX_M; i++) {
            double t = 0.1 * i;
            c[i - 1] = new double[] {t * t * Math.exp(-t * x[0]) * v[0], -t * t * Math.exp(-t * x[1]) * v[1], 0};
        }
        return c;
    }

    /** F3 = (x2 - 2x3)²: ∇²F3 = 2 a aᵀ, a = (0, 1, -2, 0); F4 = √10 (x1 - x4)²: ∇²F4 = 2√10 b bᵀ, b = (1, 0, 0, -1). */
    static double[][] powellSingular(double[] x, double[] v) {
        double a = 2 * (v[1] - 2 * v[2]);
        double b = 2 * Math.sqrt(10) * (v[0] - v[3]);
        return new double[][] {{0, 0, 0, 0}, {0, 0, 0, 0}, {0, a, -2 * a, 0}, {b, 0, 0, -b}};
    }

    static double[][] wood(double[] x, double[] v) {
        double[][] c = new double[6][4];
        c[0][0] = -20 * v[0];
        c[2][2] = -2 * Math.sqrt(90) * v[2];
        return c;
    }

    /** F = a² + b²: ∇²F = 2 ∇a ∇aᵀ + 2 ∇b ∇bᵀ with ∇a = (1, t, 0, 0), ∇b = (0, 0, 1, sin t). */
    static double[][] brownDennis(double[] x, double[] v) {
        double[][] c = new double[Mgh.BROWN_DENNIS_M][];
        for (int i = 1; i <= Mgh.BROWN_DENNIS_M; i++) {
            double t = i / 5.0;
            double s = Math.sin(t);
            double a = 2 * (v[0] + t * v[1]);
            double b = 2 * (v[2] + s * v[3]);
            c[i - 1] = new double[] {a, a * t, b, b * s};
        }
        return c;
    }

    /** A term c e^(-t a): ∂²/∂a² = t² c e, ∂²/∂a∂c = -t e, ∂²/∂c² = 0; {@code sign} is the term's sign in F. */
    private static void exponentialTerm(double[] row, int a, int c, double t, double sign, double[] x, double[] v) {
        double e = Math.exp(-t * x[a]);
        row[a] += sign * (t * t * x[c] * e * v[a] - t * e * v[c]);
        row[c] += sign * (-t * e * v[a]);
    }

    static double[][] osborne1(double[] x, double[] v) {
        double[][] c = new double[33][5];
        for (int i = 1; i <= 33; i++) {
            double t = 10 * (i - 1);
            exponentialTerm(c[i - 1], 3, 1, t, -1, x, v);
            exponentialTerm(c[i - 1], 4, 2, t, -1, x, v);
        }
        return c;
    }

    static double[][] biggsExp6(double[] x, double[] v) {
        double[][] c = new double[Mgh.BIGGS_M][6];
        for (int i = 1; i <= Mgh.BIGGS_M; i++) {
            double t = 0.1 * i;
            exponentialTerm(c[i - 1], 0, 2, t, 1, x, v);
            exponentialTerm(c[i - 1], 1, 3, t, -1, x, v);
            exponentialTerm(c[i - 1], 4, 5, t, 1, x, v);
        }
        return c;
    }

    /** Rows 1..29: -2 (Σ_k t^(k-1) v_k) t^(j-1); row 31: (-2 v1, 0, ...). */
    static double[][] watson(double[] x, double[] v) {
        int n = x.length;
        double[][] c = new double[31][n];
        for (int i = 1; i <= 29; i++) {
            double t = i / 29.0;
            double along = 0;
            for (int k = 0; k < n; k++) {
                along += Math.pow(t, k) * v[k];
            }
            for (int k = 0; k < n; k++) {
                c[i - 1][k] = -2 * along * Math.pow(t, k);
            }
        }
        c[30][0] = -2 * v[0];
        return c;
    }

    static double[][] extendedRosenbrock(double[] x, double[] v) {
        double[][] c = new double[x.length][x.length];
        for (int k = 0; k < x.length; k += 2) {
            c[k][k] = -20 * v[k];
        }
        return c;
    }

    static double[][] extendedPowell(double[] x, double[] v) {
        double[][] c = new double[x.length][x.length];
        for (int k = 0; k < x.length; k += 4) {
            double[][] block = powellSingular(null, new double[] {v[k], v[k + 1], v[k + 2], v[k + 3]});
            for (int r = 0; r < 4; r++) {
                System.arraycopy(block[r], 0, c[k + r], k, 4);
            }
        }
        return c;
    }

    static double[][] penalty1(double[] x, double[] v) {
        int n = x.length;
        double[][] c = new double[n + 1][n];
        for (int k = 0; k < n; k++) {
            c[n][k] = 2 * v[k];
        }
        return c;
    }

    /** d²/dx² √a e^(x/10) = √a e^(x/10) / 100; last row 2 (n - j + 1) v_j. */
    static double[][] penalty2(double[] x, double[] v) {
        int n = x.length;
        double a = Math.sqrt(MghScalable.PENALTY_A);
        double[][] c = new double[2 * n][n];
        for (int i = 1; i < n; i++) {
            c[i][i] = a * Math.exp(x[i] / 10) / 100 * v[i];
            c[i][i - 1] = a * Math.exp(x[i - 1] / 10) / 100 * v[i - 1];
        }
        for (int i = n; i < 2 * n - 1; i++) {
            int k = i - n + 1;
            c[i][k] = a * Math.exp(x[k] / 10) / 100 * v[k];
        }
        for (int k = 0; k < n; k++) {
            c[2 * n - 1][k] = 2 * (n - k) * v[k];
        }
        return c;
    }

    static double[][] variablyDimensioned(double[] x, double[] v) {
        int n = x.length;
        double along = 0;
        for (int k = 0; k < n; k++) {
            along += (k + 1) * v[k];
        }
        double[][] c = new double[n + 2][n];
        for (int k = 0; k < n; k++) {
            c[n + 1][k] = 2 * along * (k + 1);
        }
        return c;
    }

    /** Row i: cos x_j v_j + δ_ij (i cos x_i + sin x_i) v_i. */
    static double[][] trigonometric(double[] x, double[] v) {
        int n = x.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                c[i][k] = Math.cos(x[k]) * v[k];
            }
            c[i][i] += ((i + 1) * Math.cos(x[i]) + Math.sin(x[i])) * v[i];
        }
        return c;
    }

    /** Only the product row curves: ∂²/∂x_j∂x_l Π x = Π_{k ≠ j, l} x_k for j ≠ l. */
    static double[][] brownAlmostLinear(double[] x, double[] v) {
        int n = x.length;
        double[][] c = new double[n][n];
        for (int j = 0; j < n; j++) {
            for (int l = 0; l < n; l++) {
                if (l == j) {
                    continue;
                }
                double product = 1;
                for (int k = 0; k < n; k++) {
                    if (k != j && k != l) {
                        product *= x[k];
                    }
                }
                c[n - 1][j] += product * v[l];
            }
        }
        return c;
    }

    static double[][] discreteBoundaryValue(double[] x, double[] v) {
        int n = x.length;
        double h = 1.0 / (n + 1);
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            c[i][i] = 3 * h * h * (x[i] + (i + 1) * h + 1) * v[i];
        }
        return c;
    }

    static double[][] discreteIntegral(double[] x, double[] v) {
        int n = x.length;
        double h = 1.0 / (n + 1);
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                c[i][k] = h / 2 * MghScalableJacobians.integralWeight(i, k, h) * 6 * (x[k] + (k + 1) * h + 1) * v[k];
            }
        }
        return c;
    }

    static double[][] broydenTridiagonal(double[] x, double[] v) {
        double[][] c = new double[x.length][x.length];
        for (int i = 0; i < x.length; i++) {
            c[i][i] = -4 * v[i];
        }
        return c;
    }

    static double[][] broydenBanded(double[] x, double[] v) {
        int n = x.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = Math.max(0, i - 5); k <= Math.min(n - 1, i + 1); k++) {
                c[i][k] = k == i ? 30 * x[i] * v[i] : -2 * v[k];
            }
        }
        return c;
    }

    /** The linear problems do not curve. */
    static double[][] linear(double[] x, double[] v) {
        return new double[MghScalable.LINEAR_M][x.length];
    }

    /** C_ij = T_i''(x_j) v_j / n. */
    static double[][] chebyquad(double[] x, double[] v) {
        int n = x.length;
        double[][] c = new double[n][n];
        for (int k = 0; k < n; k++) {
            double[] curves = MghScalableJacobians.chebyshevDerivatives(x[k], n)[1];
            for (int i = 0; i < n; i++) {
                c[i][k] = curves[i] * v[k] / n;
            }
        }
        return c;
    }
}
