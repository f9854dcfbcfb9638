package dev.chainrule.samples.classic;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Jacobians;

/**
 * A plain Levenberg–Marquardt least-squares solver (Marquardt's diagonal scaling, floored at 1e-8 of its largest entry; λ divided or multiplied by ten)
 * driven by the generated Jacobian: if the derivatives or the data tables were wrong, it would not land on the minima
 * the paper reports.
 */
final class LevenbergMarquardt {
    private static final int MAX_ITERATIONS = 5000;

    private LevenbergMarquardt() {
    }

    /** The smallest f = Σ F_i² reached from {@code start}. */
    static double minimize(DifferentiableFunction residuals, double[] start) {
        double[] x = start.clone();
        double f = sumOfSquares(residuals.value(x));
        double lambda = 1e-3;
        for (int iteration = 0; iteration < MAX_ITERATIONS && f > 0; iteration++) {
            double[] residual = residuals.value(x);
            double[][] jac = Jacobians.jacobian(residuals, x);
            int n = x.length;
            double[][] normal = new double[n][n];
            double[] gradient = new double[n];
            for (int i = 0; i < jac.length; i++) {
                for (int j = 0; j < n; j++) {
                    gradient[j] += jac[i][j] * residual[i];
                    for (int k = 0; k < n; k++) {
                        normal[j][k] += jac[i][j] * jac[i][k];
                    }
                }
            }
            double largest = 0;
            for (int j = 0; j < n; j++) {
                largest = Math.max(largest, normal[j][j]);
            }
            boolean improved = false;
            while (!improved && lambda < 1e20) {
                double[][] damped = new double[n][];
                for (int j = 0; j < n; j++) {
                    damped[j] = normal[j].clone();
                    damped[j][j] += lambda * Math.max(normal[j][j], 1e-8 * largest);
                }
                double[] trial = x.clone();
                double[] step = solve(damped, gradient);
                for (int j = 0; j < n; j++) {
                    trial[j] -= step[j];
                }
                double fTrial = sumOfSquares(residuals.value(trial));
                if (fTrial < f) {
                    boolean stalled = f - fTrial <= 1e-15 * f;
                    x = trial;
                    f = fTrial;
                    lambda = Math.max(lambda / 10, 1e-15);
                    improved = !stalled;
                    if (stalled) {
                        return f;
                    }
                } else {
                    lambda *= 10;
                }
            }
            if (!improved) {
                return f;
            }
        }
        return f;
    }

    private static double sumOfSquares(double[] r) {
        double s = 0;
        for (double ri : r) {
            s += ri * ri;
        }
        return Double.isNaN(s) ? Double.POSITIVE_INFINITY : s;
    }

    /** Gaussian elimination with partial pivoting on a copy. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        double[] rhs = b.clone();
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] row = m[col];
            m[col] = m[pivot];
            m[pivot] = row;
            double t = rhs[col];
            rhs[col] = rhs[pivot];
            rhs[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double factor = m[r][col] / m[col][col];
                for (int c = col; c < n; c++) {
                    m[r][c] -= factor * m[col][c];
                }
                rhs[r] -= factor * rhs[col];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = rhs[r];
            for (int c = r + 1; c < n; c++) {
                s -= m[r][c] * x[c];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }
}
