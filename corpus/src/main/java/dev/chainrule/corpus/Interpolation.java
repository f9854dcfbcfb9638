package dev.chainrule.corpus;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/**
 * Interpolation on tabulated data and quadrature. Grids are increasing and constant; what is differentiated is the
 * point and the tabulated values.
 */
public final class Interpolation {

    /** A fixed, uneven grid, as a lookup table in a class keeps it. */
    static final double[] GRID = {0.0, 0.5, 1.2, 2.0, 3.1, 4.0, 5.5, 7.0};

    private Interpolation() {
    }

    /**
     * The index {@code i} with {@code grid[i] <= x < grid[i + 1]}, clamped to the first and last interval; as a
     * {@code double}, since chainrule calls only helpers that return {@code double} or {@code double[]}.
     */
    static double findInterval(double[] grid, double x) {
        int lo = 0;
        int hi = grid.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) / 2;
            if (grid[mid] <= x) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Piecewise-linear interpolation of {@code values} on {@code grid} at {@code x}. */
    @Differentiable
    public static double linear(@NoDerivative double[] grid, double[] values, double x) {
        int i = (int) findInterval(grid, x);
        double t = (x - grid[i]) / (grid[i + 1] - grid[i]);
        return (1 - t) * values[i] + t * values[i + 1];
    }

    /** Linear interpolation on the class's own grid, by a linear scan. */
    @Differentiable
    public static double linearOnTable(double[] values, double x) {
        int i = 0;
        while (i < GRID.length - 2 && x >= GRID[i + 1]) {
            i++;
        }
        double w = (x - GRID[i]) / (GRID[i + 1] - GRID[i]);
        return values[i] + w * (values[i + 1] - values[i]);
    }

    /** Cubic Hermite interpolation with given slopes at the knots. */
    @Differentiable
    public static double cubicHermite(@NoDerivative double[] grid, double[] values, double[] slopes, double x) {
        int i = (int) findInterval(grid, x);
        double h = grid[i + 1] - grid[i];
        double t = (x - grid[i]) / h;
        double t2 = t * t;
        double t3 = t2 * t;
        double h00 = 2 * t3 - 3 * t2 + 1;
        double h10 = t3 - 2 * t2 + t;
        double h01 = -2 * t3 + 3 * t2;
        double h11 = t3 - t2;
        return h00 * values[i] + h10 * h * slopes[i] + h01 * values[i + 1] + h11 * h * slopes[i + 1];
    }

    /** Catmull–Rom: Hermite with slopes from the neighbours (one-sided at the ends). */
    @Differentiable
    public static double catmullRom(@NoDerivative double[] grid, double[] values, double x) {
        int i = (int) findInterval(grid, x);
        int n = grid.length;
        double m0 = i == 0 ? (values[1] - values[0]) / (grid[1] - grid[0])
                : (values[i + 1] - values[i - 1]) / (grid[i + 1] - grid[i - 1]);
        double m1 = i + 2 >= n ? (values[n - 1] - values[n - 2]) / (grid[n - 1] - grid[n - 2])
                : (values[i + 2] - values[i]) / (grid[i + 2] - grid[i]);
        double h = grid[i + 1] - grid[i];
        double t = (x - grid[i]) / h;
        double t2 = t * t, t3 = t2 * t;
        return (2 * t3 - 3 * t2 + 1) * values[i] + (t3 - 2 * t2 + t) * h * m0
                + (-2 * t3 + 3 * t2) * values[i + 1] + (t3 - t2) * h * m1;
    }

    /** Bilinear interpolation on the unit-spaced grid of {@code table} at {@code (x, y)}. */
    @Differentiable
    public static double bilinear(double[][] table, double x, double y) {
        int i = (int) Math.floor(x);
        int j = (int) Math.floor(y);
        i = Math.max(0, Math.min(i, table.length - 2));
        j = Math.max(0, Math.min(j, table[0].length - 2));
        double fx = x - i;
        double fy = y - j;
        double top = (1 - fx) * table[i][j] + fx * table[i + 1][j];
        double bottom = (1 - fx) * table[i][j + 1] + fx * table[i + 1][j + 1];
        return (1 - fy) * top + fy * bottom;
    }

    /** The Lagrange polynomial through the points {@code (xs[k], ys[k])}, at {@code x}. */
    @Differentiable
    public static double lagrange(double[] xs, double[] ys, double x) {
        double sum = 0;
        for (int k = 0; k < xs.length; k++) {
            double basis = 1;
            for (int m = 0; m < xs.length; m++) {
                if (m != k) {
                    basis *= (x - xs[m]) / (xs[k] - xs[m]);
                }
            }
            sum += ys[k] * basis;
        }
        return sum;
    }

    /** Newton's divided differences, then the nested evaluation of the Newton form. */
    @Differentiable
    public static double newtonForm(double[] xs, double[] ys, double x) {
        int n = xs.length;
        double[] c = ys.clone();
        for (int level = 1; level < n; level++) {
            for (int k = n - 1; k >= level; k--) {
                c[k] = (c[k] - c[k - 1]) / (xs[k] - xs[k - level]);
            }
        }
        double p = c[n - 1];
        for (int k = n - 2; k >= 0; k--) {
            p = p * (x - xs[k]) + c[k];
        }
        return p;
    }

    @Differentiable
    public static double horner(double[] coefficients, double x) {
        double p = 0;
        for (int k = coefficients.length - 1; k >= 0; k--) {
            p = p * x + coefficients[k];
        }
        return p;
    }

    /** A Chebyshev series on [-1, 1] by Clenshaw's recurrence. */
    @Differentiable
    public static double clenshaw(double[] c, double x) {
        double b1 = 0, b2 = 0;
        for (int k = c.length - 1; k >= 1; k--) {
            double b = 2 * x * b1 - b2 + c[k];
            b2 = b1;
            b1 = b;
        }
        return x * b1 - b2 + c[0];
    }

    @Differentiable
    public static double smoothstep(double edge0, double edge1, double x) {
        double t = (x - edge0) / (edge1 - edge0);
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        return t * t * (3 - 2 * t);
    }

    /** A point on the Bézier curve with control points {@code (px[k], py[k])}, by de Casteljau. */
    @Differentiable
    public static double[] bezier(double[] px, double[] py, double t) {
        double[] x = px.clone();
        double[] y = py.clone();
        for (int level = px.length - 1; level > 0; level--) {
            for (int k = 0; k < level; k++) {
                x[k] = (1 - t) * x[k] + t * x[k + 1];
                y[k] = (1 - t) * y[k] + t * y[k + 1];
            }
        }
        return new double[] {x[0], y[0]};
    }

    /** The uniform cubic B-spline with control values {@code c} at parameter {@code u} in [0, n - 3). */
    @Differentiable
    public static double cubicBSpline(double[] c, double u) {
        int i = (int) u;
        if (i > c.length - 4) {
            i = c.length - 4;
        }
        double t = u - i;
        double b0 = (1 - t) * (1 - t) * (1 - t) / 6;
        double b1 = (3 * t * t * t - 6 * t * t + 4) / 6;
        double b2 = (-3 * t * t * t + 3 * t * t + 3 * t + 1) / 6;
        double b3 = t * t * t / 6;
        return b0 * c[i] + b1 * c[i + 1] + b2 * c[i + 2] + b3 * c[i + 3];
    }

    /** The trapezoid rule over tabulated values on an uneven grid. */
    @Differentiable
    public static double trapezoid(@NoDerivative double[] grid, double[] values) {
        double area = 0;
        for (int i = 0; i + 1 < grid.length; i++) {
            area += 0.5 * (values[i] + values[i + 1]) * (grid[i + 1] - grid[i]);
        }
        return area;
    }

    /** Composite Simpson's rule for {@code ∫₀^b exp(-a t²) dt} on {@code n} (even) intervals. */
    @Differentiable
    public static double simpsonGaussian(double a, double b, int n) {
        double h = b / n;
        double sum = 1 + Math.exp(-a * b * b);
        for (int i = 1; i < n; i++) {
            double t = i * h;
            sum += (i % 2 == 1 ? 4 : 2) * Math.exp(-a * t * t);
        }
        return sum * h / 3;
    }

    /** Inverse-distance weighting of scattered values at a query point in the plane. */
    @Differentiable
    public static double inverseDistance(@NoDerivative double[] xs, @NoDerivative double[] ys, double[] values,
            double qx, double qy) {
        double num = 0;
        double den = 0;
        for (int k = 0; k < xs.length; k++) {
            double d2 = (qx - xs[k]) * (qx - xs[k]) + (qy - ys[k]) * (qy - ys[k]);
            double w = 1 / d2;
            num += w * values[k];
            den += w;
        }
        return num / den;
    }

    /** Monotone (Fritsch–Carlson) slopes, then cubic Hermite at {@code x}. */
    @Differentiable
    public static double monotoneCubic(@NoDerivative double[] grid, double[] values, double x) {
        int n = grid.length;
        double[] delta = new double[n - 1];
        for (int k = 0; k < n - 1; k++) {
            delta[k] = (values[k + 1] - values[k]) / (grid[k + 1] - grid[k]);
        }
        double[] m = new double[n];
        m[0] = delta[0];
        m[n - 1] = delta[n - 2];
        for (int k = 1; k < n - 1; k++) {
            if (delta[k - 1] * delta[k] <= 0) {
                m[k] = 0;
            } else {
                m[k] = 2 / (1 / delta[k - 1] + 1 / delta[k]);
            }
        }
        return cubicHermite(grid, values, m, x);
    }

    /** {@code ∫_a^b exp(-t²) cos(ωt) dt} by Gauss–Legendre quadrature with 2, 3 or 4 nodes. */
    @Differentiable
    public static double gaussLegendre(double a, double b, double omega, int points) {
        double[] nodes;
        double[] weights;
        switch (points) {
            case 2:
                nodes = new double[] {-0.5773502691896257, 0.5773502691896257};
                weights = new double[] {1, 1};
                break;
            case 3:
                nodes = new double[] {-0.7745966692414834, 0, 0.7745966692414834};
                weights = new double[] {0.5555555555555556, 0.8888888888888888, 0.5555555555555556};
                break;
            default:
                nodes = new double[] {-0.8611363115940526, -0.3399810435848563, 0.3399810435848563,
                    0.8611363115940526};
                weights = new double[] {0.3478548451374538, 0.6521451548625461, 0.6521451548625461,
                    0.3478548451374538};
                break;
        }
        double half = 0.5 * (b - a);
        double mid = 0.5 * (a + b);
        double sum = 0;
        for (int i = 0; i < nodes.length; i++) {
            double t = mid + half * nodes[i];
            sum += weights[i] * Math.exp(-t * t) * Math.cos(omega * t);
        }
        return half * sum;
    }
}
