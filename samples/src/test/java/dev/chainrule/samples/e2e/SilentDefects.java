package dev.chainrule.samples.e2e;

import dev.chainrule.Differentiable;

/**
 * Methods whose derivatives were once silently wrong, whose generated code did not compile, or which crashed where
 * the plain method did not. Each stands for its class of programs: the variants beside it are the same defect in
 * other clothes.
 */
public final class SilentDefects {
    private SilentDefects() {
    }

    // ---- arrays allocated in a loop keep no adjoint from an earlier iteration's array -----------------------------

    @Differentiable
    public static double accInLoop(double x) {
        double s = 0;
        for (int r = 0; r < 2; r++) {
            double[] d = new double[1];
            d[0] += x * x;
            s += d[0] * (r + 1);
        }
        return s;
    }

    @Differentiable
    public static double subtractInLoop(double x) {
        double s = 0;
        for (int r = 0; r < 3; r++) {
            double[] d = new double[2];
            d[1] -= Math.sin(x) * (r + 1);
            d[0] = d[0] + x * d[1];
            s += d[0] * d[1];
        }
        return s;
    }

    @Differentiable
    public static double matrixInLoop(double x) {
        double s = 0;
        for (int r = 0; r < 2; r++) {
            double[][] m = new double[1][1];
            m[0][0] += x * x * x;
            s += m[0][0] * (r + 2);
        }
        return s;
    }

    @Differentiable
    public static double accumulateInBranch(double x) {
        double s = 0;
        for (int r = 0; r < 4; r++) {
            double[] d = new double[1];
            if (r % 2 == 0) {
                d[0] += x * x;
            } else {
                d[0] -= x;
            }
            s += d[0] * (r + 1);
        }
        return s;
    }

    @Differentiable
    public static double accumulateInWhile(double x) {
        double s = 0;
        int r = 0;
        while (r < 3) {
            double[] d = new double[1];
            int k = 0;
            while (k <= r) {
                d[0] += x * (k + 1);
                k++;
            }
            s += d[0] * d[0];
            r++;
        }
        return s;
    }

    /** A Markov chain propagated three steps: a fresh {@code next} per step, summed into element by element. */
    @Differentiable
    public static double propagate(double[][] p, double[] x0) {
        double[] x = x0.clone();
        for (int t = 0; t < 3; t++) {
            double[] next = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < x.length; j++) {
                    next[i] += p[i][j] * x[j];
                }
            }
            for (int i = 0; i < x.length; i++) {
                x[i] = next[i];
            }
        }
        return x[0];
    }

    /** Arrays of a length that changes from one iteration to the next. */
    @Differentiable
    public static double growingArrays(double[] x) {
        double s = 0;
        for (int r = 1; r <= x.length; r++) {
            double[] d = new double[r];
            for (int i = 0; i < r; i++) {
                d[i] += x[i] * x[r - 1];
            }
            for (int i = 0; i < r; i++) {
                s += d[i] * (i + 1);
            }
        }
        return s;
    }

    // ---- Hessian-vector products through array-returning callees in loops -----------------------------------------

    static double[] triple(double[] y) {
        double[] r = new double[1];
        r[0] = 3 * y[0];
        return r;
    }

    @Differentiable
    public static double callInLoop(double x) {
        double[] y = {x};
        for (int k = 0; k < 2; k++) {
            y = triple(y);
        }
        return y[0] * y[0];
    }

    @Differentiable
    public static double[] squares(double[] y) {
        double[] r = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            r[i] = y[i] * y[i] + 0.5 * y[i];
        }
        return r;
    }

    @Differentiable
    public static double annotatedCallInLoop(double[] x) {
        double[] y = x.clone();
        for (int k = 0; k < 2; k++) {
            y = OtherDefects.scaled(y, 0.5);
            y = squares(y);
        }
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += y[i] * x[i];
        }
        return s;
    }

    // ---- integer constants fold as Java computes them -------------------------------------------------------------

    @Differentiable
    public static double minInt(double x) {
        int a = -2147483648;
        return x * (a < -2147483647 ? 1 : 2);
    }

    @Differentiable
    public static double longProduct(double x) {
        long a = 123456789L * 987654321L;
        return x * (a % 10);
    }

    @Differentiable
    public static double integerEdges(double x) {
        int wrapped = Integer.MAX_VALUE + 1;
        long low = (int) 4294967297L;
        int saturated = (int) 1e10;
        long minLong = -9223372036854775808L;
        int quotient = -7 / 2;
        int remainder = -7 % 2;
        double big = 9007199254740993L;
        return x * (wrapped < 0 ? 1 : 2) + x * low + x * (saturated == Integer.MAX_VALUE ? 3 : 4)
                + x * (minLong < 0 ? quotient : remainder) + x * remainder + (big - 9007199254740992.0) * x;
    }

    @Differentiable
    public static double constantCast(double x) {
        long b = (long) -1e19;
        int c = (int) Double.NaN;
        return x * (b < 0 ? 1 : 2) + c * x;
    }

    // ---- && and || evaluate their right side only when Java does ---------------------------------------------------

    @Differentiable
    public static double andWithTernary(double[] x, int i) {
        if (i < x.length && (x[i] > 0 ? x[i] : 0) > 1) {
            return x[0] * 2;
        }
        return x[0] * x[0];
    }

    @Differentiable
    public static double orWithTernary(double[] x, int i) {
        if (i >= x.length || (x[i] > 0 ? x[i] : 0) > 1) {
            return x[0] * 2;
        }
        return x[0] * x[0];
    }

    @Differentiable
    public static double guardedDivision(double x, int n) {
        if (n != 0 && (x > 0 ? 10 / n : 1) > 2) {
            return x * 3;
        }
        return x * x;
    }

    @Differentiable
    public static double whileWithTernary(double[] x) {
        int i = 0;
        double s = 0;
        while (i < x.length && (x[i] > 0 ? x[i] : -x[i]) < 5) {
            s += x[i] * Math.sin(x[i]);
            i++;
        }
        return s;
    }

    // ---- a ternary inside a branch condition ----------------------------------------------------------------------

    @Differentiable
    public static double ternaryInCondition(double x) {
        double r = x;
        if ((x > 0 ? x : -x) < 1) {
            r = x * 2;
        }
        return r * x;
    }

    // ---- found by the differential fuzzer ------------------------------------------------------------------------

    /**
     * A common part of two tangents ({@code t·ω̇_D + ṫ·ω_D}, the tangent of {@code omegaD * t}, read by both the
     * cosine and the sine) that the passes name: the vector forward mode once shared it from direction 0 with the
     * other directions.
     */
    @Differentiable
    public static double dampedOscillator(double t, double x0, double omega, double zeta) {
        double omegaD = omega * Math.sqrt(1 - zeta * zeta);
        double envelope = x0 * Math.exp(-zeta * omega * t);
        return envelope * (Math.cos(omegaD * t) + zeta * omega / omegaD * Math.sin(omegaD * t));
    }

    /**
     * An early return makes every loop keep flags, so the copy loop's counter is no longer a plain counter: reverse
     * mode once restored the copy's elements without restoring the index it stored them at.
     */
    @Differentiable
    public static double copyBeforeEarlyReturn(double[] x, double y) {
        double[] d = x.clone();
        if (y > 0) {
            return y * y;
        }
        return x[d.length - 1] * y;
    }
}
