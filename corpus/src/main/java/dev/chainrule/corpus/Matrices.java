package dev.chainrule.corpus;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/** Dense linear algebra on small {@code double[][]} matrices, written as the textbook loops. */
public final class Matrices {

    private Matrices() {
    }

    @Differentiable
    public static double[] matVec(double[][] a, double[] x) {
        double[] y = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < x.length; j++) {
                y[i] += a[i][j] * x[j];
            }
        }
        return y;
    }

    /** {@code Aᵀ·y}. */
    @Differentiable
    public static double[] transposeMatVec(double[][] a, double[] y) {
        double[] x = new double[a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < x.length; j++) {
                x[j] += a[i][j] * y[i];
            }
        }
        return x;
    }

    @Differentiable
    public static double quadraticForm(double[][] a, double[] x) {
        double q = 0;
        for (int i = 0; i < x.length; i++) {
            double row = 0;
            for (int j = 0; j < x.length; j++) {
                row += a[i][j] * x[j];
            }
            q += x[i] * row;
        }
        return q;
    }

    @Differentiable
    public static double bilinearForm(double[] x, double[][] a, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < y.length; j++) {
                s += x[i] * a[i][j] * y[j];
            }
        }
        return s;
    }

    @Differentiable
    public static double frobeniusNorm(double[][] a) {
        double s = 0;
        for (double[] row : a) {
            for (double v : row) {
                s += v * v;
            }
        }
        return Math.sqrt(s);
    }

    /** {@code trace(A·B)} without forming the product. */
    @Differentiable
    public static double traceOfProduct(double[][] a, double[][] b) {
        double t = 0;
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                t += a[i][k] * b[k][i];
            }
        }
        return t;
    }

    @Differentiable
    public static double determinant3(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    /** The lower Cholesky factor of a symmetric positive definite matrix, flattened row by row. */
    @Differentiable
    public static double[] choleskyFactor(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        double[] flat = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                flat[i * n + j] = l[i][j];
            }
        }
        return flat;
    }

    /** {@code log det A} of a symmetric positive definite matrix, by Cholesky. */
    @Differentiable
    public static double logDeterminant(double[][] a) {
        int n = a.length;
        double[] l = choleskyFactor(a);
        double logDet = 0;
        for (int i = 0; i < n; i++) {
            logDet += 2 * Math.log(l[i * n + i]);
        }
        return logDet;
    }

    /** Solves {@code L y = b} for lower-triangular {@code L} by forward substitution. */
    @Differentiable
    public static double[] forwardSubstitution(double[][] l, double[] b) {
        int n = b.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * y[k];
            }
            y[i] = s / l[i][i];
        }
        return y;
    }

    /** Solves {@code U x = y} for upper-triangular {@code U} by back substitution. */
    @Differentiable
    public static double[] backSubstitution(double[][] u, double[] y) {
        int n = y.length;
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= u[i][k] * x[k];
            }
            x[i] = s / u[i][i];
        }
        return x;
    }

    /** Solves {@code A x = b} for symmetric positive definite {@code A}: Cholesky, then two triangular solves. */
    @Differentiable
    public static double[] solveSpd(double[][] a, double[] b) {
        int n = b.length;
        double[] l = choleskyFactor(a);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i * n + k] * y[k];
            }
            y[i] = s / l[i * n + i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k * n + i] * x[k];
            }
            x[i] = s / l[i * n + i];
        }
        return x;
    }

    /** The Mahalanobis distance of {@code x} from {@code mu} under the covariance {@code sigma}. */
    @Differentiable
    public static double mahalanobis(double[] x, double[] mu, double[][] sigma) {
        int n = x.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = x[i] - mu[i];
        }
        double[] z = solveSpd(sigma, d);
        double q = 0;
        for (int i = 0; i < n; i++) {
            q += d[i] * z[i];
        }
        return Math.sqrt(q);
    }

    /** The log-density of a multivariate normal, through the Cholesky factor. */
    @Differentiable
    public static double gaussianLogDensity(double[] x, double[] mu, double[][] sigma) {
        int n = x.length;
        double[] l = choleskyFactor(sigma);
        double[] z = new double[n];
        double logDet = 0;
        for (int i = 0; i < n; i++) {
            double s = x[i] - mu[i];
            for (int k = 0; k < i; k++) {
                s -= l[i * n + k] * z[k];
            }
            z[i] = s / l[i * n + i];
            logDet += Math.log(l[i * n + i]);
        }
        double q = 0;
        for (double zi : z) {
            q += zi * zi;
        }
        return -0.5 * q - logDet - 0.5 * n * Math.log(2 * Math.PI);
    }

    /** The Rayleigh quotient {@code xᵀAx / xᵀx}. */
    @Differentiable
    public static double rayleighQuotient(@NoDerivative double[][] a, double[] x) {
        return quadraticForm(a, x) / Geometry.dot(x, x);
    }

    /** The (0, 0) entry of the inverse of a 2 × 2 matrix, through its adjugate. */
    @Differentiable
    public static double inverse2Entry(double a, double b, double c, double d) {
        double det = a * d - b * c;
        return d / det;
    }

    /** The product {@code A·B}, flattened row by row. */
    @Differentiable
    public static double[] matMul(double[][] a, double[][] b) {
        int n = a.length, m = b[0].length, inner = b.length;
        double[] c = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int k = 0; k < inner; k++) {
                    s += a[i][k] * b[k][j];
                }
                c[i * m + j] = s;
            }
        }
        return c;
    }

    /** Gaussian elimination with partial pivoting: the determinant of a general square matrix. */
    @Differentiable
    public static double determinant(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = a[i][j];
            }
        }
        double det = 1;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            if (pivot != col) {
                for (int j = 0; j < n; j++) {
                    double t = m[col][j];
                    m[col][j] = m[pivot][j];
                    m[pivot][j] = t;
                }
                det = -det;
            }
            det *= m[col][col];
            for (int r = col + 1; r < n; r++) {
                double factor = m[r][col] / m[col][col];
                for (int j = col; j < n; j++) {
                    m[r][j] -= factor * m[col][j];
                }
            }
        }
        return det;
    }

    /** The sum of the outer products {@code Σ w_k x_k x_kᵀ} contracted with a fixed matrix: {@code Σ w_k x_kᵀ M x_k}. */
    @Differentiable
    public static double weightedQuadraticSum(double[] weights, double[][] points, @NoDerivative double[][] m) {
        double total = 0;
        for (int k = 0; k < points.length; k++) {
            total += weights[k] * quadraticForm(m, points[k]);
        }
        return total;
    }
}
