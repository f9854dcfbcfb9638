package dev.chainrule.samples.classic;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/**
 * Problems 1 to 19 of Moré, Garbow and Hillstrom, "Testing unconstrained optimization software", ACM TOMS 7 (1981),
 * written the way the paper states them: {@code nameF} is the residual vector F (with the paper's 1-based index
 * {@code i} in the formulas), {@code name} the sum of squares f = Σ F_i², mostly spelled out on its own so that it
 * calls nothing and gets Hessian-vector products. The data tables are the paper's; a method takes its table as a
 * {@code @NoDerivative} parameter because the processor does not read array fields (see the notes).
 */
final class Mgh {
    static final int JENNRICH_SAMPSON_M = 10;
    static final int GULF_M = 99;
    static final int BOX_M = 10;
    static final int BROWN_DENNIS_M = 20;
    static final int BIGGS_M = 13;

    static final double[] BARD_Y = {0.14, 0.18, 0.22, 0.25, 0.29, 0.32, 0.35, 0.39, 0.37, 0.58, 0.73, 0.96, 1.34,
        2.10, 4.39};
    static final double[] GAUSSIAN_Y = {0.0009, 0.0044, 0.0175, 0.0540, 0.1295, 0.2420, 0.3521, 0.3989, 0.3521,
        0.2420, 0.1295, 0.0540, 0.0175, 0.0044, 0.0009};
    static final double[] MEYER_Y = {34780, 28610, 23650, 19630, 16370, 13720, 11540, 9744, 8261, 7030, 6005, 5147,
        4427, 3820, 3307, 2872};
    static final double[] KOWALIK_OSBORNE_Y = {0.1957, 0.1947, 0.1735, 0.1600, 0.0844, 0.0627, 0.0456, 0.0342,
        0.0323, 0.0235, 0.0246};
    static final double[] KOWALIK_OSBORNE_U = {4, 2, 1, 0.5, 0.25, 0.167, 0.125, 0.1, 0.0833, 0.0714, 0.0625};
    static final double[] OSBORNE1_Y = {0.844, 0.908, 0.932, 0.936, 0.925, 0.908, 0.881, 0.850, 0.818, 0.784, 0.751,
        0.718, 0.685, 0.658, 0.628, 0.603, 0.580, 0.558, 0.538, 0.522, 0.506, 0.490, 0.478, 0.467, 0.457, 0.448,
        0.438, 0.431, 0.424, 0.420, 0.414, 0.411, 0.406};
    static final double[] OSBORNE2_Y = {1.366, 1.191, 1.112, 1.013, 0.991, 0.885, 0.831, 0.847, 0.786, 0.725, 0.746,
        0.679, 0.608, 0.655, 0.616, 0.606, 0.602, 0.626, 0.651, 0.724, 0.649, 0.649, 0.694, 0.644, 0.624, 0.661,
        0.612, 0.558, 0.533, 0.495, 0.500, 0.423, 0.395, 0.375, 0.372, 0.391, 0.396, 0.405, 0.428, 0.429, 0.523,
        0.562, 0.607, 0.653, 0.672, 0.708, 0.633, 0.668, 0.645, 0.632, 0.591, 0.559, 0.597, 0.625, 0.739, 0.710,
        0.729, 0.720, 0.636, 0.581, 0.428, 0.292, 0.162, 0.098, 0.054};

    private Mgh() {
    }

    /** (1) Rosenbrock. */
    @Differentiable
    static double[] rosenbrockF(double[] x) {
        return new double[] {10 * (x[1] - x[0] * x[0]), 1 - x[0]};
    }

    @Differentiable
    static double rosenbrock(double[] x) {
        return 100 * Math.pow(x[1] - x[0] * x[0], 2) + Math.pow(1 - x[0], 2);
    }

    /** (2) Freudenstein and Roth. */
    @Differentiable
    static double[] freudensteinRothF(double[] x) {
        double[] f = new double[2];
        f[0] = -13 + x[0] + ((5 - x[1]) * x[1] - 2) * x[1];
        f[1] = -29 + x[0] + ((x[1] + 1) * x[1] - 14) * x[1];
        return f;
    }

    @Differentiable
    static double freudensteinRoth(double[] x) {
        double x1 = x[0];
        double x2 = x[1];
        double f1 = -13 + x1 + ((5 - x2) * x2 - 2) * x2;
        double f2 = -29 + x1 + ((x2 + 1) * x2 - 14) * x2;
        return f1 * f1 + f2 * f2;
    }

    /** (3) Powell badly scaled. */
    @Differentiable
    static double[] powellBadlyScaledF(double[] x) {
        return new double[] {1e4 * x[0] * x[1] - 1, Math.exp(-x[0]) + Math.exp(-x[1]) - 1.0001};
    }

    @Differentiable
    static double powellBadlyScaled(double[] x) {
        double f1 = 10000 * x[0] * x[1] - 1;
        double f2 = Math.exp(-x[0]) + Math.exp(-x[1]) - 1.0001;
        return f1 * f1 + f2 * f2;
    }

    /** (4) Brown badly scaled. */
    @Differentiable
    static double[] brownBadlyScaledF(double[] x) {
        return new double[] {x[0] - 1e6, x[1] - 2e-6, x[0] * x[1] - 2};
    }

    @Differentiable
    static double brownBadlyScaled(double[] x) {
        return Math.pow(x[0] - 1e6, 2) + Math.pow(x[1] - 2e-6, 2) + Math.pow(x[0] * x[1] - 2, 2);
    }

    /** (5) Beale: f_i = y_i - x1 (1 - x2^i). */
    @Differentiable
    static double[] bealeF(double[] x) {
        double[] y = {1.5, 2.25, 2.625};
        double[] f = new double[3];
        for (int i = 1; i <= 3; i++) {
            f[i - 1] = y[i - 1] - x[0] * (1 - Math.pow(x[1], i));
        }
        return f;
    }

    @Differentiable
    static double beale(double[] x) {
        double[] y = {1.5, 2.25, 2.625};
        double s = 0;
        for (int i = 1; i <= 3; i++) {
            s += Math.pow(y[i - 1] - x[0] * (1 - Math.pow(x[1], i)), 2);
        }
        return s;
    }

    /** (6) Jennrich and Sampson, m = 10: f_i = 2 + 2i - (exp(i x1) + exp(i x2)). */
    @Differentiable
    static double[] jennrichSampsonF(double[] x) {
        double[] f = new double[JENNRICH_SAMPSON_M];
        for (int i = 1; i <= JENNRICH_SAMPSON_M; i++) {
            f[i - 1] = 2 + 2 * i - (Math.exp(i * x[0]) + Math.exp(i * x[1]));
        }
        return f;
    }

    @Differentiable
    static double jennrichSampson(double[] x) {
        double s = 0;
        for (int i = 1; i <= JENNRICH_SAMPSON_M; i++) {
            double fi = 2 + 2 * i - Math.exp(i * x[0]) - Math.exp(i * x[1]);
            s += fi * fi;
        }
        return s;
    }

    /** (7) Helical valley, with the paper's two-branch θ. */
    @Differentiable
    static double[] helicalValleyF(double[] x) {
        double theta;
        if (x[0] < 0) {
            theta = Math.atan(x[1] / x[0]) / (2 * Math.PI) + 0.5;
        } else {
            theta = Math.atan(x[1] / x[0]) / (2 * Math.PI);
        }
        return new double[] {10 * (x[2] - 10 * theta), 10 * (Math.sqrt(x[0] * x[0] + x[1] * x[1]) - 1), x[2]};
    }

    @Differentiable
    static double helicalValley(double[] x) {
        double x1 = x[0];
        double x2 = x[1];
        double x3 = x[2];
        double theta = 1 / (2 * Math.PI) * Math.atan(x2 / x1);
        if (x1 < 0) {
            theta += 0.5;
        }
        double r = Math.hypot(x1, x2);
        return 100 * Math.pow(x3 - 10 * theta, 2) + 100 * Math.pow(r - 1, 2) + x3 * x3;
    }

    /** (8) Bard: f_i = y_i - (x1 + u_i / (v_i x2 + w_i x3)), u_i = i, v_i = 16 - i, w_i = min(u_i, v_i). */
    @Differentiable
    static double[] bardF(double[] x, @NoDerivative double[] y) {
        double[] f = new double[15];
        for (int i = 1; i <= 15; i++) {
            int u = i;
            int v = 16 - i;
            int w = Math.min(u, v);
            f[i - 1] = y[i - 1] - (x[0] + u / (v * x[1] + w * x[2]));
        }
        return f;
    }

    @Differentiable
    static double bard(double[] x, @NoDerivative double[] y) {
        double s = 0;
        for (int i = 1; i <= 15; i++) {
            double u = i;
            double v = 16 - i;
            double w = Math.min(u, v);
            double fi = y[i - 1] - (x[0] + u / (v * x[1] + w * x[2]));
            s += fi * fi;
        }
        return s;
    }

    /** (9) Gaussian: f_i = x1 exp(-x2 (t_i - x3)² / 2) - y_i, t_i = (8 - i) / 2. */
    @Differentiable
    static double[] gaussianF(double[] x, @NoDerivative double[] y) {
        double[] f = new double[15];
        for (int i = 1; i <= 15; i++) {
            double t = (8 - i) / 2.0;
            f[i - 1] = x[0] * Math.exp(-x[1] * Math.pow(t - x[2], 2) / 2) - y[i - 1];
        }
        return f;
    }

    @Differentiable
    static double gaussian(double[] x, @NoDerivative double[] y) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            double t = (7 - i) * 0.5;
            double d = t - x[2];
            double fi = x[0] * Math.exp(-0.5 * x[1] * d * d) - y[i];
            s += fi * fi;
        }
        return s;
    }

    /** (10) Meyer: f_i = x1 exp(x2 / (t_i + x3)) - y_i, t_i = 45 + 5i. */
    @Differentiable
    static double[] meyerF(double[] x, @NoDerivative double[] y) {
        double[] f = new double[16];
        for (int i = 1; i <= 16; i++) {
            double t = 45 + 5 * i;
            f[i - 1] = x[0] * Math.exp(x[1] / (t + x[2])) - y[i - 1];
        }
        return f;
    }

    @Differentiable
    static double meyer(double[] x, @NoDerivative double[] y) {
        double s = 0;
        for (int i = 1; i <= 16; i++) {
            double fi = x[0] * Math.exp(x[1] / (45 + 5 * i + x[2])) - y[i - 1];
            s += fi * fi;
        }
        return s;
    }

    /** (11) Gulf research and development, m = 99: f_i = exp(-|y_i - x2|^x3 / x1) - t_i. */
    @Differentiable
    static double[] gulfF(double[] x) {
        double[] f = new double[GULF_M];
        for (int i = 1; i <= GULF_M; i++) {
            double t = i / 100.0;
            double y = 25 + Math.pow(-50 * Math.log(t), 2.0 / 3.0);
            f[i - 1] = Math.exp(-Math.pow(Math.abs(y - x[1]), x[2]) / x[0]) - t;
        }
        return f;
    }

    @Differentiable
    static double gulf(double[] x) {
        double s = 0;
        for (int i = 1; i <= GULF_M; i++) {
            double t = i * 0.01;
            double y = 25 + Math.cbrt(Math.pow(50 * Math.log(t), 2));
            double fi = Math.exp(-Math.pow(Math.abs(y - x[1]), x[2]) / x[0]) - t;
            s += fi * fi;
        }
        return s;
    }

    /** (12) Box three-dimensional, m = 10. */
    @Differentiable
    static double[] box3dF(double[] x) {
        double[] f = new double[BOX_M];
        for (int i = 1; i <= BOX_M; i++) {
            double t = 0.1 * i;
            f[i - 1] = Math.exp(-t * x[0]) - Math.exp(-t * x[1]) - x[2] * (Math.exp(-t) - Math.exp(-10 * t));
        }
        return f;
    }

    @Differentiable
    static double box3d(double[] x) {
        double s = 0;
        for (int i = 1; i <= BOX_M; i++) {
            double t = 0.1 * i;
            s += Math.pow(Math.exp(-t * x[0]) - Math.exp(-t * x[1]) - x[2] * (Math.exp(-t) - Math.exp(-10 * t)), 2);
        }
        return s;
    }

    /** (13) Powell singular. */
    @Differentiable
    static double[] powellSingularF(double[] x) {
        return new double[] {
            x[0] + 10 * x[1],
            Math.sqrt(5) * (x[2] - x[3]),
            Math.pow(x[1] - 2 * x[2], 2),
            Math.sqrt(10) * Math.pow(x[0] - x[3], 2)};
    }

    @Differentiable
    static double powellSingular(double[] x) {
        return Math.pow(x[0] + 10 * x[1], 2) + 5 * Math.pow(x[2] - x[3], 2) + Math.pow(x[1] - 2 * x[2], 4)
                + 10 * Math.pow(x[0] - x[3], 4);
    }

    /** (14) Wood. */
    @Differentiable
    static double[] woodF(double[] x) {
        return new double[] {
            10 * (x[1] - x[0] * x[0]),
            1 - x[0],
            Math.sqrt(90) * (x[3] - x[2] * x[2]),
            1 - x[2],
            Math.sqrt(10) * (x[1] + x[3] - 2),
            (x[1] - x[3]) / Math.sqrt(10)};
    }

    @Differentiable
    static double wood(double[] x) {
        double x1 = x[0];
        double x2 = x[1];
        double x3 = x[2];
        double x4 = x[3];
        return 100 * (x2 - x1 * x1) * (x2 - x1 * x1) + (1 - x1) * (1 - x1) + 90 * (x4 - x3 * x3) * (x4 - x3 * x3)
                + (1 - x3) * (1 - x3) + 10 * (x2 + x4 - 2) * (x2 + x4 - 2) + 0.1 * (x2 - x4) * (x2 - x4);
    }

    /** (15) Kowalik and Osborne: f_i = y_i - x1 (u_i² + u_i x2) / (u_i² + u_i x3 + x4). */
    @Differentiable
    static double[] kowalikOsborneF(double[] x, @NoDerivative double[] y, @NoDerivative double[] u) {
        double[] f = new double[11];
        for (int i = 0; i < 11; i++) {
            double ui = u[i];
            f[i] = y[i] - x[0] * (ui * ui + ui * x[1]) / (ui * ui + ui * x[2] + x[3]);
        }
        return f;
    }

    @Differentiable
    static double kowalikOsborne(double[] x, @NoDerivative double[] y, @NoDerivative double[] u) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            double ui = u[i];
            double model = x[0] * ui * (ui + x[1]) / (ui * (ui + x[2]) + x[3]);
            s += (y[i] - model) * (y[i] - model);
        }
        return s;
    }

    /** (16) Brown and Dennis, m = 20: f_i = (x1 + t_i x2 - exp(t_i))² + (x3 + x4 sin t_i - cos t_i)², t_i = i/5. */
    @Differentiable
    static double[] brownDennisF(double[] x) {
        double[] f = new double[BROWN_DENNIS_M];
        for (int i = 1; i <= BROWN_DENNIS_M; i++) {
            double t = i / 5.0;
            f[i - 1] = Math.pow(x[0] + t * x[1] - Math.exp(t), 2) + Math.pow(x[2] + x[3] * Math.sin(t) - Math.cos(t), 2);
        }
        return f;
    }

    @Differentiable
    static double brownDennis(double[] x) {
        double s = 0;
        for (int i = 1; i <= BROWN_DENNIS_M; i++) {
            double t = i / 5.0;
            double a = x[0] + t * x[1] - Math.exp(t);
            double b = x[2] + x[3] * Math.sin(t) - Math.cos(t);
            double fi = a * a + b * b;
            s += fi * fi;
        }
        return s;
    }

    /** (17) Osborne 1: f_i = y_i - (x1 + x2 exp(-t_i x4) + x3 exp(-t_i x5)), t_i = 10 (i - 1). */
    @Differentiable
    static double[] osborne1F(double[] x, @NoDerivative double[] y) {
        double[] f = new double[33];
        for (int i = 1; i <= 33; i++) {
            double t = 10 * (i - 1);
            f[i - 1] = y[i - 1] - (x[0] + x[1] * Math.exp(-t * x[3]) + x[2] * Math.exp(-t * x[4]));
        }
        return f;
    }

    @Differentiable
    static double osborne1(double[] x, @NoDerivative double[] y) {
        double s = 0;
        double t = 0;
        for (double yi : y) {
            double fi = yi - x[0] - x[1] * Math.exp(-t * x[3]) - x[2] * Math.exp(-t * x[4]);
            s += fi * fi;
            t += 10;
        }
        return s;
    }

    /** (18) Biggs EXP6, m = 13: f_i = x3 e^(-t_i x1) - x4 e^(-t_i x2) + x6 e^(-t_i x5) - y_i, t_i = i/10. */
    @Differentiable
    static double[] biggsExp6F(double[] x) {
        double[] f = new double[BIGGS_M];
        for (int i = 1; i <= BIGGS_M; i++) {
            double t = 0.1 * i;
            double y = Math.exp(-t) - 5 * Math.exp(-10 * t) + 3 * Math.exp(-4 * t);
            f[i - 1] = x[2] * Math.exp(-t * x[0]) - x[3] * Math.exp(-t * x[1]) + x[5] * Math.exp(-t * x[4]) - y;
        }
        return f;
    }

    @Differentiable
    static double biggsExp6(double[] x) {
        double s = 0;
        for (int i = 1; i <= BIGGS_M; i++) {
            double t = i / 10.0;
            double y = Math.exp(-t) - 5 * Math.exp(-10 * t) + 3 * Math.exp(-4 * t);
            s += Math.pow(x[2] * Math.exp(-t * x[0]) - x[3] * Math.exp(-t * x[1]) + x[5] * Math.exp(-t * x[4]) - y, 2);
        }
        return s;
    }

    /** (19) Osborne 2: three Gaussians on an exponential, 65 data, t_i = (i - 1) / 10. */
    @Differentiable
    static double[] osborne2F(double[] x, @NoDerivative double[] y) {
        double[] f = new double[65];
        for (int i = 1; i <= 65; i++) {
            double t = (i - 1) / 10.0;
            double model = x[0] * Math.exp(-t * x[4]);
            for (int k = 0; k < 3; k++) {
                model += x[1 + k] * Math.exp(-Math.pow(t - x[8 + k], 2) * x[5 + k]);
            }
            f[i - 1] = y[i - 1] - model;
        }
        return f;
    }

    /** The sum of squares through a call of the residuals, as a user reusing F would write it (through a local:
     * an enhanced for over the call itself crashes the processor, see the notes). */
    @Differentiable
    static double osborne2(double[] x, @NoDerivative double[] y) {
        double s = 0;
        double[] f = osborne2F(x, y);
        for (double fi : f) {
            s += fi * fi;
        }
        return s;
    }
}
