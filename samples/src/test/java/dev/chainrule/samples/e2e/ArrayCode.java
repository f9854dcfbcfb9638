package dev.chainrule.samples.e2e;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/** Arrays: 2-D, local (allocated once and per iteration), initializers, element updates, vector results. */
final class ArrayCode {

    private ArrayCode() {
    }

    /** {@code h[j] += w[j][i] * x[i]} into a local array allocated once, then a sum of squares. */
    @Differentiable
    static double matVecSquares(double[][] w, double[] x) {
        double[] h = new double[w.length];
        for (int j = 0; j < w.length; j++) {
            for (int i = 0; i < x.length; i++) {
                h[j] += w[j][i] * x[i];
            }
        }
        double s = 0;
        for (int j = 0; j < h.length; j++) {
            s += h[j] * h[j];
        }
        return s;
    }

    /** A local array allocated anew in every iteration, filled, and reduced. */
    @Differentiable
    static double allocatedInLoop(double[] x) {
        double s = 0;
        for (int i = 0; i + 2 < x.length; i++) {
            double[] t = new double[3];
            for (int k = 0; k < 3; k++) {
                t[k] = x[i + k] * (k + 1);
            }
            s += t[0] * t[1] - t[2] * t[2] * 0.1;
        }
        return s;
    }

    /** A local array allocated each iteration whose entries are carried across iterations in another. */
    @Differentiable
    static double reallocatedCarry(double[] x) {
        double[] state = new double[2];
        state[0] = 1;
        for (int i = 0; i < x.length; i++) {
            double[] next = new double[2];
            next[0] = state[0] * Math.cos(x[i]) - state[1] * Math.sin(x[i]);
            next[1] = state[0] * Math.sin(x[i]) + state[1] * Math.cos(x[i]) + 0.1 * x[i];
            state[0] = next[0];
            state[1] = next[1];
        }
        return state[0] + 2 * state[1];
    }

    @Differentiable
    static double initializer(double a, double b) {
        double[] v = {a, b, a * b, 1.5};
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            s += v[i] * v[i] * (i + 1);
        }
        return s;
    }

    /** A local matrix, {@code .length} of rows. */
    @Differentiable
    static double localMatrix(double[] x) {
        double[][] m = new double[x.length][x.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                m[i][j] = x[i] * x[j] + (i == j ? 1 : 0);
            }
        }
        double trace = 0;
        for (int i = 0; i < m.length; i++) {
            trace += m[i][i] * m[i][(i + 1) % m.length];
        }
        return trace;
    }

    /** Every compound operator on elements. */
    @Differentiable
    static double elementCompound(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 1;
            y[i] += x[i];
            y[i] *= x[i] + 2;
            y[i] -= 0.5 * x[i] * x[i];
            y[i] /= 1 + x[i] * x[i];
        }
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += y[i] * (i + 1);
        }
        return s;
    }

    /** An element read and written in the same loop: y[i] depends on y[i - 1] (a recurrence). */
    @Differentiable
    static double recurrence(double[] x) {
        double[] y = new double[x.length];
        y[0] = x[0];
        for (int i = 1; i < x.length; i++) {
            y[i] = y[i - 1] * Math.sin(x[i]) + x[i];
        }
        return y[x.length - 1];
    }

    /** A copy of the parameter overwritten in place twice: each overwritten element must be restored backward. */
    @Differentiable
    static double inPlaceCopy(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i];
        }
        for (int i = 0; i < y.length; i++) {
            y[i] = y[i] * y[i] + 1;
        }
        for (int i = 1; i < y.length; i++) {
            y[i] = y[i] * y[i - 1];
        }
        for (int i = y.length - 2; i >= 0; i--) {
            y[i] = Math.sqrt(y[i] + y[i + 1]);
        }
        return y[0];
    }

    /** A constant array and an int beside the differentiable array. */
    @Differentiable
    static double noDerivativeArray(double[] x, @NoDerivative double[] data, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            double r = x[i % x.length] - data[i];
            s += r * r;
        }
        return s;
    }

    /** A constant matrix. */
    @Differentiable
    static double noDerivativeMatrix(@NoDerivative double[][] a, double[] x) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double r = 0;
            for (int j = 0; j < x.length; j++) {
                r += a[i][j] * x[j];
            }
            s += Math.exp(-r * r);
        }
        return s;
    }

    /** Differentiated with respect to {@code x} only; {@code y} is bound. */
    @Differentiable(wrt = {"x"})
    static double wrtArray(double[] x, double[] y, double k) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i] * k;
        }
        return s * s;
    }

    /** Differentiated with respect to the matrix and the scalar. */
    @Differentiable(wrt = {"k", "w"})
    static double wrtMatrix(double[][] w, double[] x, double k) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w[i].length; j++) {
                s += Math.sin(w[i][j] * x[j] * k);
            }
        }
        return s;
    }

    // ---- vector results ----------------------------------------------------------------------------------------

    @Differentiable
    static double[] softmax(double[] x) {
        double max = x[0];
        for (int i = 1; i < x.length; i++) {
            if (x[i] > max) {
                max = x[i];
            }
        }
        double[] e = new double[x.length];
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            e[i] = Math.exp(x[i] - max);
            sum += e[i];
        }
        for (int i = 0; i < x.length; i++) {
            e[i] /= sum;
        }
        return e;
    }

    @Differentiable
    static double[] cumulativeProduct(double[] x) {
        double[] y = new double[x.length];
        double p = 1;
        for (int i = 0; i < x.length; i++) {
            p = p * x[i];
            y[i] = p;
        }
        return y;
    }

    /** tanh(W·x + b): a 2-D parameter and a vector result. */
    @Differentiable
    static double[] layer(double[][] w, double[] x, double[] b) {
        double[] y = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            double r = b[i];
            for (int j = 0; j < x.length; j++) {
                r += w[i][j] * x[j];
            }
            y[i] = Math.tanh(r);
        }
        return y;
    }

    /** A result built with an initializer. */
    @Differentiable
    static double[] polar(double r, double theta) {
        return new double[] {r * Math.cos(theta), r * Math.sin(theta), r * r};
    }

    /** A vector result with a constant array and an early return. */
    @Differentiable
    static double[] thresholded(double[] x, @NoDerivative double[] limits) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (x[i] > limits[i]) {
                y[i] = limits[i] + Math.log1p(x[i] - limits[i]);
            } else {
                y[i] = x[i];
            }
            if (y[i] > 4.5) {
                return y;
            }
        }
        return y;
    }

    /** Two returns of two different local arrays, chosen by a branch (no loop). */
    @Differentiable
    static double[] branchReturnVector(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] * x[i];
        }
        if (x[0] > 0) {
            return y;
        }
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = Math.sin(x[i]) + y[i];
        }
        return z;
    }

    /** A vector result returned from inside a loop, the loop otherwise running to its end. */
    @Differentiable
    static double[] loopReturnVector(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 2 * x[i];
            if (i == 100) {
                return y;
            }
        }
        return y;
    }
}
