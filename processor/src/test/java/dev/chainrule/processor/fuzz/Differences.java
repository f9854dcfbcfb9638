package dev.chainrule.processor.fuzz;

import java.util.function.DoubleFunction;

/**
 * The oracle: derivatives by central differences with Richardson extrapolation, {@code R(h) = (4 D(h/2) - D(h)) / 3}
 * with {@code D(h) = (f(h) - f(-h)) / 2h}, exact to O(h⁴). It is computed at two step sizes; where they disagree a
 * kink, a jump or a switched branch lies within the step (a {@code ?:}, an {@code if} on an active value, a
 * {@code floor}, a while loop whose trip count changes) and the estimate is not to be trusted: it is marked unstable
 * and the caller skips the comparison.
 */
final class Differences {
    /** The larger step, for directions of entries at most 1 at points of entries at most 2. */
    static final double STEP = 1e-3;
    /** Tolerances: relative agreement of the two estimates, and of an estimate with the derivative it checks. */
    static final double STABLE = 1e-7;
    static final double AGREE = 1e-6;

    private Differences() {
    }

    /**
     * The derivative at {@code t = 0} of a vector function of {@code t}; {@code stable} is false when the two step
     * sizes disagree or an evaluation failed (threw, or gave a non-finite value). {@code magnitude} is the largest
     * value seen, the scale of the rounding error the differences carry.
     */
    record Estimate(double[] derivative, boolean stable, double magnitude) {
        /** Whether {@code actual} agrees with this estimate, on the scale of both and of the rounding error. */
        boolean agrees(double[] actual) {
            double scale = Math.max(norm(derivative), norm(actual));
            double allowed = AGREE * scale + 1e-9 * (1 + magnitude);
            for (int i = 0; i < actual.length; i++) {
                if (!(Math.abs(actual[i] - derivative[i]) <= allowed)) {
                    return false;
                }
            }
            return true;
        }
    }

    static Estimate derivative(DoubleFunction<double[]> f) {
        double[][] values = new double[8][];
        double magnitude = 0;
        double h = STEP;
        for (int k = 0; k < 4; k++, h /= 2) {
            values[2 * k] = f.apply(h);
            values[2 * k + 1] = f.apply(-h);
            for (int j = 2 * k; j <= 2 * k + 1; j++) {
                if (values[j] == null) {
                    return new Estimate(null, false, magnitude);
                }
                for (double v : values[j]) {
                    if (!Double.isFinite(v)) {
                        return new Estimate(null, false, magnitude);
                    }
                    magnitude = Math.max(magnitude, Math.abs(v));
                }
            }
        }
        double[] coarse = richardson(values, 0, STEP);
        double[] fine = richardson(values, 4, STEP / 4);
        double scale = Math.max(norm(coarse), norm(fine));
        boolean stable = true;
        for (int i = 0; i < fine.length; i++) {
            stable &= Math.abs(coarse[i] - fine[i]) <= STABLE * scale + 1e-10 * (1 + magnitude);
        }
        return new Estimate(fine, stable, magnitude);
    }

    /** R(h) from the values at ±h (slots {@code first}, +1) and ±h/2 (slots {@code first} + 2, + 3). */
    private static double[] richardson(double[][] values, int first, double h) {
        int n = values[first].length;
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            double wide = (values[first][i] - values[first + 1][i]) / (2 * h);
            double narrow = (values[first + 2][i] - values[first + 3][i]) / h;
            r[i] = (4 * narrow - wide) / 3;
        }
        return r;
    }

    static double norm(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}
