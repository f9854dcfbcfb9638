package dev.chainrule.samples.e2e;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/** Loops of every kind, break and continue, early exits, data-dependent trip counts. */
final class Loops {

    private Loops() {
    }

    // ---- loop kinds ----------------------------------------------------------------------------------------------

    @Differentiable
    static double forLoop(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * x[i] + Math.sin(x[i]);
        }
        return s;
    }

    /** {@code p = p * x[i]}: the value about to be overwritten is what the backward sweep needs. */
    @Differentiable
    static double product(double[] x) {
        double p = 1;
        for (int i = 0; i < x.length; i++) {
            p = p * x[i];
        }
        return p;
    }

    /** {@code s = s - x[i] / s}: the overwritten value enters nonlinearly. */
    @Differentiable
    static double continuedUpdate(double[] x) {
        double s = 4;
        for (int i = 0; i < x.length; i++) {
            s = s - x[i] / s;
        }
        return s;
    }

    @Differentiable
    static double enhancedFor(double[] x) {
        double s = 0;
        double t = 1;
        for (double v : x) {
            s += v * Math.exp(-v * v);
            t = t * 0.5 + v;
        }
        return s * t;
    }

    @Differentiable
    static double whileLoop(double[] x) {
        double s = 0;
        int i = 0;
        while (i < x.length) {
            s = 0.5 * s + x[i] * x[i];
            i++;
        }
        return s;
    }

    /** A loop counting down, with a step of two. */
    @Differentiable
    static double countDown(double[] x) {
        double s = 1;
        for (int i = x.length - 1; i >= 0; i -= 2) {
            s = s * Math.cos(x[i]) + x[i];
        }
        return s;
    }

    @Differentiable
    static double nestedLoops(double[] x, double[][] w) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            double r = 0;
            for (int j = 0; j < x.length; j++) {
                r += w[i][j] * x[j];
            }
            s += Math.tanh(r);
        }
        return s;
    }

    /** A triangular nest: the inner trip count depends on the outer index. */
    @Differentiable
    static double triangular(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j <= i; j++) {
                s += x[i] * x[j] / (1 + j);
            }
        }
        return s;
    }

    // ---- break, continue, early return -------------------------------------------------------------------------

    /** Stops summing once the partial sum passes 3: the trip count depends on the data. */
    @Differentiable
    static double breakOnSum(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            if (s > 3) {
                break;
            }
            s += x[i] * x[i];
        }
        return s;
    }

    /** Skips negative entries. */
    @Differentiable
    static double continueOnNegative(double[] x) {
        double s = 0;
        double p = 1;
        for (int i = 0; i < x.length; i++) {
            if (x[i] < 0) {
                continue;
            }
            s += x[i] * p;
            p = p * 0.9 + x[i] * 0.1;
        }
        return s + p;
    }

    @Differentiable
    static double breakAndContinue(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] < -1) {
                continue;
            }
            if (x[i] > 4) {
                break;
            }
            s = s * x[i] + 1;
        }
        return s;
    }

    /** Returns from inside the inner of two loops as soon as an accumulation passes a limit. */
    @Differentiable
    static double earlyReturnNested(double[] x, double[][] w) {
        double acc = 0;
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < x.length; j++) {
                acc += w[i][j] * x[j] * x[j];
                if (acc > 6) {
                    return acc * x[j] + i;
                }
            }
            acc = acc * 0.5;
        }
        return -acc;
    }

    /** Returns from inside a while loop. */
    @Differentiable
    static double earlyReturnWhile(double[] x) {
        double s = 0;
        int i = 0;
        while (true) {
            if (i == x.length) {
                return s;
            }
            s += Math.exp(x[i] * 0.3);
            if (s > 5) {
                return s * s;
            }
            i++;
        }
    }

    // ---- data-dependent trip counts ----------------------------------------------------------------------------

    /** Newton's iteration for √a to a relative tolerance. */
    @Differentiable
    static double newtonSqrt(double a) {
        double s = a > 1 ? a : 1;
        while (Math.abs(s * s - a) > 1e-15 * a) {
            s = 0.5 * (s + a / s);
        }
        return s;
    }

    /** Range reduction by halving, bisection-like: {@code a / 2^k} for the smallest k that brings it below 1. */
    @Differentiable
    static double halving(double a) {
        double y = a;
        int k = 0;
        while (y > 1) {
            y = y / 2;
            k++;
        }
        return y * y + k;
    }

    /** Bisection for the root of {@code t³ + t = a}: the derivative is that of the iteration (∂mid/∂hi ...). */
    @Differentiable
    static double bisection(double a) {
        double lo = 0;
        double hi = a;
        for (int it = 0; it < 40; it++) {
            double mid = 0.5 * (lo + hi);
            if (mid * mid * mid + mid > a) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** A do/while whose trip count depends on the data: square roots until the value drops below 1.5. */
    @Differentiable
    static double doWhile(double a) {
        double y = a * a + 2;
        int k = 0;
        do {
            y = Math.sqrt(y) + 0.1 * a;
            k++;
        } while (y > 1.5 + 0.01 * k);
        return y * k;
    }

    /** A fixed-point iteration {@code t = cos(a t)} to a tolerance, with an iteration cap. */
    @Differentiable
    static double fixedPoint(double a) {
        double t = 0.5;
        double previous;
        int n = 0;
        do {
            previous = t;
            t = Math.cos(a * t);
            n++;
        } while (Math.abs(t - previous) > 1e-13 && n < 200);
        return t;
    }

    // ---- integer index arithmetic ------------------------------------------------------------------------------

    @Differentiable
    static double mirrored(double[] x) {
        int n = x.length;
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += x[i] * x[n - 1 - i] * (i + 1);
        }
        return s;
    }

    @Differentiable
    static double cyclic(double[] x) {
        int n = x.length;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double d = x[(i + 1) % n] - x[i];
            s += d * d * x[(i + 2) % n];
        }
        return s;
    }

    /** A {@code long} local carried across iterations and needed backward, {@code long} arithmetic, int and long parameters. */
    @Differentiable
    static double strided(double[] x, int stride, long offset) {
        double s = 0;
        long count = 0;
        long start = offset % x.length;
        for (int i = (int) start; i < x.length; i += stride) {
            s += x[i] * (count + 1);
            count++;
        }
        return s * s + count + start;
    }

    /** A sum weighted by a constant array, with an int bound. */
    @Differentiable
    static double weightedPrefix(double[] x, @NoDerivative double[] weights, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += weights[i] * Math.log1p(x[i] * x[i]);
        }
        return s;
    }

    // ---- locals the backward sweep may recompute instead of saving ---------------------------------------------

    /** An inner-loop temporary that reads the outer index (GMM's {@code data[i][j] - means[c][j]}, minimised). */
    @Differentiable
    static double recomputeOuterIndex(double[] x, @NoDerivative double[][] data) {
        double s = 0;
        for (int i = 0; i < data.length; i++) {
            for (int j = 0; j < x.length; j++) {
                double t = data[i][j] - x[j];
                s += Math.sin(0.3 * t);
            }
        }
        return s;
    }

    /** An inner-loop temporary that reads a local overwritten by every outer iteration (GMM's max, minimised). */
    @Differentiable
    static double recomputeOuterLocal(double[] x) {
        double s = 0;
        double m = 0;
        for (int i = 0; i < x.length; i++) {
            m = x[i] * 0.5;
            for (int j = 0; j < x.length; j++) {
                double t = x[j] - m;
                s += Math.sin(t);
            }
        }
        return s;
    }

    /** An inner-loop temporary that reads a local array element overwritten by every outer iteration. */
    @Differentiable
    static double recomputeOuterElement(double[] x) {
        double[] v = new double[x.length];
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                v[j] = x[j] * (i + 1);
            }
            for (int j = 0; j < x.length; j++) {
                double t = v[j] - x[i];
                s += Math.sin(0.5 * t);
            }
        }
        return s;
    }
}
