package dev.chainrule.samples.calls;

import dev.chainrule.Differentiable;

/** Programs that once broke the generated code: matrices reallocated, early returns of arrays restored later. */
public final class RegressionFunctions {
    private RegressionFunctions() {
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** A matrix local allocated in a loop: its old reference is saved and restored with its own type. */
    @Differentiable
    public static double matrixInLoop(double[][] w, double[] x) {
        double s = 0;
        for (int l = 0; l < 2; l++) {
            double[] h = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                h[i] = Math.tanh(dot(w[i], x) + l);
            }
            double[][] o = new double[2][w.length];
            for (int i = 0; i < w.length; i++) {
                o[0][i] = h[i];
                o[1][i] = h[i] * h[i];
            }
            for (int i = 0; i < w.length; i++) {
                s += o[l][i] * o[1 - l][i];
            }
        }
        return s;
    }

    /** A matrix local reassigned with a new matrix outside any loop. */
    @Differentiable
    public static double matrixReassigned(double[] x) {
        int n = x.length;
        double[][] m = new double[n][2];
        for (int i = 0; i < n; i++) {
            m[i][0] = x[i];
            m[i][1] = x[i] * x[i];
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += m[i][0] * m[(i + 1) % n][1];
        }
        m = new double[2][n];
        for (int i = 0; i < n; i++) {
            m[0][i] = Math.cos(x[i]) * s;
            m[1][i] = m[0][i] * x[i];
        }
        for (int i = 0; i < n; i++) {
            s += m[1][i];
        }
        return s;
    }

    /** An early return of an array whose elements a later statement overwrites. */
    @Differentiable
    public static double[] earlyArray(double a, double b) {
        double[] v = {a * b, a + b};
        if (a > b) {
            return v;
        }
        v[1] *= v[0];
        return v;
    }

    private static double[] squared(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = v[i] * v[i];
        }
        return r;
    }

    private static double[] scaled(double[] v, double c) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = v[i] * c;
        }
        return r;
    }

    /** A local array replaced by calls reading it, straight-line and in a loop. */
    @Differentiable
    public static double reassignedFromCalls(double[] x) {
        double[] v = squared(x);
        v = squared(v);
        for (int k = 0; k < 2; k++) {
            v = squared(v);
        }
        return v[0] + v[1];
    }

    /** A scalar argument that is an expression, to a callee returning an array: v / |v|. */
    @Differentiable
    public static double[] normalized(double[] x) {
        return scaled(x, 1.0 / Math.sqrt(x[0] * x[0] + x[1] * x[1]));
    }

    /** A local array given a new array by an initializer, after its first one was read. */
    @Differentiable
    public static double reinitialized(double[] x) {
        double[] a = {x[0], x[1]};
        double r = a[0] * a[1];
        a = new double[] {r, x[2]};
        return a[0] * a[1] + r;
    }

    /** A data table, read by {@link #fitted} as a constant. */
    static final double[] TABLE = {0.5, 1.5, 2.5, 3.5};

    /** A table with rows. */
    static final double[][] PAIRS = {{1, 2}, {3, 4}};

    /** Static array fields read as constants: elements, length, enhanced for, the owner's name, matrix rows. */
    @Differentiable
    public static double fitted(double[] p) {
        double s = 0;
        for (int i = 0; i < TABLE.length; i++) {
            double r = p[0] * Math.exp(p[1] * TABLE[i]) - RegressionFunctions.TABLE[i];
            s += r * r;
        }
        for (double t : TABLE) {
            s += p[1] * t;
        }
        for (int i = 0; i < PAIRS.length; i++) {
            s += PAIRS[i][0] * p[0] * PAIRS[i][1];
        }
        return s + PAIRS[1].length * p[1];
    }

    /** An enhanced for over what a called method returns. */
    @Differentiable
    public static double sumOfSquares(double[] x) {
        double s = 0;
        for (double r : residuals(x)) {
            s += r * r;
        }
        return s;
    }

    /** Residuals for {@link #sumOfSquares}. */
    @Differentiable
    public static double[] residuals(double[] x) {
        return new double[] {x[0] * x[1] - 1, x[0] + Math.sin(x[1])};
    }

    /** Enhanced for over the rows of a matrix parameter and of a local matrix written through its rows. */
    @Differentiable
    public static double rows(double[][] w, double[] x) {
        double[][] h = new double[w.length][2];
        int r = 0;
        for (double[] row : w) {
            double s = 0;
            for (int j = 0; j < row.length; j++) {
                s += row[j] * x[j];
            }
            h[r][0] = Math.tanh(s);
            h[r][1] = s * s;
            r++;
        }
        double total = 0;
        for (double[] row : h) {
            row[1] = row[1] * row[0];
            for (double v : row) {
                total += v;
            }
        }
        return total;
    }
}
