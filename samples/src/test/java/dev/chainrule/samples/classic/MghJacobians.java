package dev.chainrule.samples.classic;

/**
 * Jacobians J[i][j] = ∂F_i/∂x_j of problems 1 to 19, derived by hand from the paper's formulas (0-based indices here:
 * row i is the paper's F_{i+1}, column j its x_{j+1}). Independent of {@link Mgh}'s code: only the formulas are shared.
 */
final class MghJacobians {
    private static final double TWO_PI = 2 * Math.PI;

    private MghJacobians() {
    }

    static double[][] rosenbrock(double[] x) {
        return new double[][] {{-20 * x[0], 10}, {-1, 0}};
    }

    static double[][] freudensteinRoth(double[] x) {
        double x2 = x[1];
        return new double[][] {{1, 10 * x2 - 3 * x2 * x2 - 2}, {1, 3 * x2 * x2 + 2 * x2 - 14}};
    }

    static double[][] powellBadlyScaled(double[] x) {
        return new double[][] {{1e4 * x[1], 1e4 * x[0]}, {-Math.exp(-x[0]), -Math.exp(-x[1])}};
    }

    static double[][] brownBadlyScaled(double[] x) {
        return new double[][] {{1, 0}, {0, 1}, {x[1], x[0]}};
    }

    /** ∂/∂x1 = -(1 - x2^i), ∂/∂x2 = i x1 x2^(i-1). */
    static double[][] beale(double[] x) {
        double[][] j = new double[3][2];
        for (int i = 1; i <= 3; i++) {
            j[i - 1][0] = -(1 - Math.pow(x[1], i));
            j[i - 1][1] = i * x[0] * Math.pow(x[1], i - 1);
        }
        return j;
    }

    static double[][] jennrichSampson(double[] x) {
        double[][] j = new double[Mgh.JENNRICH_SAMPSON_M][2];
        for (int i = 1; i <= Mgh.JENNRICH_SAMPSON_M; i++) {
            j[i - 1][0] = -i * Math.exp(i * x[0]);
            j[i - 1][1] = -i * Math.exp(i * x[1]);
        }
        return j;
    }

    /** θ_x1 = -x2 / (2π r²), θ_x2 = x1 / (2π r²) on both branches; r_xk = x_k / r. */
    static double[][] helicalValley(double[] x) {
        double r2 = x[0] * x[0] + x[1] * x[1];
        double r = Math.sqrt(r2);
        return new double[][] {
            {100 * x[1] / (TWO_PI * r2), -100 * x[0] / (TWO_PI * r2), 10},
            {10 * x[0] / r, 10 * x[1] / r, 0},
            {0, 0, 1}};
    }

    /** d = v x2 + w x3: ∂/∂x1 = -1, ∂/∂x2 = u v / d², ∂/∂x3 = u w / d². */
    static double[][] bard(double[] x) {
        double[][] j = new double[15][3];
        for (int i = 1; i <= 15; i++) {
            double u = i;
            double v = 16 - i;
            double w = Math.min(u, v);
            double d = v * x[1] + w * x[2];
            j[i - 1] = new double[] {-1, u * v / (d * d), u * w / (d * d)};
        }
        return j;
    }

    /** e = exp(-x2 d² / 2), d = t - x3: (e, -x1 e d² / 2, x1 x2 d e). */
    static double[][] gaussian(double[] x) {
        double[][] j = new double[15][3];
        for (int i = 1; i <= 15; i++) {
            double d = (8 - i) / 2.0 - x[2];
            double e = Math.exp(-x[1] * d * d / 2);
            j[i - 1] = new double[] {e, -x[0] * e * d * d / 2, x[0] * x[1] * d * e};
        }
        return j;
    }

    /** s = t + x3, e = exp(x2 / s): (e, x1 e / s, -x1 x2 e / s²). */
    static double[][] meyer(double[] x) {
        double[][] j = new double[16][3];
        for (int i = 1; i <= 16; i++) {
            double s = 45 + 5 * i + x[2];
            double e = Math.exp(x[1] / s);
            j[i - 1] = new double[] {e, x[0] * e / s, -x[0] * x[1] * e / (s * s)};
        }
        return j;
    }

    /**
     * a = |y - x2|, p = a^x3, e = exp(-p / x1): ∂/∂x1 = e p / x1², ∂/∂x2 = e x3 a^(x3-1) sign(y - x2) / x1,
     * ∂/∂x3 = -e p ln(a) / x1.
     */
    static double[][] gulf(double[] x) {
        double[][] j = new double[Mgh.GULF_M][3];
        for (int i = 1; i <= Mgh.GULF_M; i++) {
            double y = 25 + Math.pow(-50 * Math.log(i / 100.0), 2.0 / 3.0);
            double a = Math.abs(y - x[1]);
            double p = Math.pow(a, x[2]);
            double e = Math.exp(-p / x[0]);
            j[i - 1] = new double[] {e * p / (x[0] * x[0]),
                e * x[2] * Math.pow(a, x[2] - 1) * Math.signum(y - x[1]) / x[0], -e * p * Math.log(a) / x[0]};
        }
        return j;
    }

    static double[][] box3d(double[] x) {
        double[][] j = new double[Mgh.BOX_M][3];
        for (int i = 1; i <= Mgh.BOX_M; i++) {
            double t = 0.1 * i;
            j[i - 1] = new double[] {-t * Math.exp(-t * x[0]), t * Math.exp(-t * x[1]),
                -(Math.exp(-t) - Math.exp(-10 * t))};
        }
        return j;
    }

    static double[][] powellSingular(double[] x) {
        double a = 2 * (x[1] - 2 * x[2]);
        double b = 2 * Math.sqrt(10) * (x[0] - x[3]);
        double r5 = Math.sqrt(5);
        return new double[][] {{1, 10, 0, 0}, {0, 0, r5, -r5}, {0, a, -2 * a, 0}, {b, 0, 0, -b}};
    }

    static double[][] wood(double[] x) {
        double r10 = Math.sqrt(10);
        return new double[][] {
            {-20 * x[0], 10, 0, 0},
            {-1, 0, 0, 0},
            {0, 0, -2 * Math.sqrt(90) * x[2], Math.sqrt(90)},
            {0, 0, -1, 0},
            {0, r10, 0, r10},
            {0, 1 / r10, 0, -1 / r10}};
    }

    /** N = u² + u x2, D = u² + u x3 + x4: (-N/D, -x1 u/D, x1 N u/D², x1 N/D²). */
    static double[][] kowalikOsborne(double[] x) {
        double[][] j = new double[11][4];
        for (int i = 0; i < 11; i++) {
            double u = Mgh.KOWALIK_OSBORNE_U[i];
            double num = u * u + u * x[1];
            double den = u * u + u * x[2] + x[3];
            j[i] = new double[] {-num / den, -x[0] * u / den, x[0] * num * u / (den * den), x[0] * num / (den * den)};
        }
        return j;
    }

    /** a = x1 + t x2 - e^t, b = x3 + x4 sin t - cos t: (2a, 2at, 2b, 2b sin t). */
    static double[][] brownDennis(double[] x) {
        double[][] j = new double[Mgh.BROWN_DENNIS_M][4];
        for (int i = 1; i <= Mgh.BROWN_DENNIS_M; i++) {
            double t = i / 5.0;
            double a = x[0] + t * x[1] - Math.exp(t);
            double b = x[2] + x[3] * Math.sin(t) - Math.cos(t);
            j[i - 1] = new double[] {2 * a, 2 * a * t, 2 * b, 2 * b * Math.sin(t)};
        }
        return j;
    }

    static double[][] osborne1(double[] x) {
        double[][] j = new double[33][5];
        for (int i = 1; i <= 33; i++) {
            double t = 10 * (i - 1);
            double e4 = Math.exp(-t * x[3]);
            double e5 = Math.exp(-t * x[4]);
            j[i - 1] = new double[] {-1, -e4, -e5, t * x[1] * e4, t * x[2] * e5};
        }
        return j;
    }

    static double[][] biggsExp6(double[] x) {
        double[][] j = new double[Mgh.BIGGS_M][6];
        for (int i = 1; i <= Mgh.BIGGS_M; i++) {
            double t = 0.1 * i;
            double e1 = Math.exp(-t * x[0]);
            double e2 = Math.exp(-t * x[1]);
            double e5 = Math.exp(-t * x[4]);
            j[i - 1] = new double[] {-t * x[2] * e1, t * x[3] * e2, e1, -e2, -t * x[5] * e5, e5};
        }
        return j;
    }

    /**
     * F = y - (x1 e^(-t x5) + Σ_k c_k E_k), E_k = exp(-(t - μ_k)² w_k) with c = x2..x4, w = x6..x8, μ = x9..x11:
     * ∂/∂c_k = -E_k, ∂/∂w_k = c_k (t - μ_k)² E_k, ∂/∂μ_k = -2 c_k w_k (t - μ_k) E_k.
     */
    static double[][] osborne2(double[] x) {
        double[][] j = new double[65][11];
        for (int i = 1; i <= 65; i++) {
            double t = (i - 1) / 10.0;
            double[] row = j[i - 1];
            double e = Math.exp(-t * x[4]);
            row[0] = -e;
            row[4] = t * x[0] * e;
            for (int k = 0; k < 3; k++) {
                double d = t - x[8 + k];
                double big = Math.exp(-d * d * x[5 + k]);
                row[1 + k] = -big;
                row[5 + k] = x[1 + k] * d * d * big;
                row[8 + k] = -2 * x[1 + k] * x[5 + k] * d * big;
            }
        }
        return j;
    }
}
