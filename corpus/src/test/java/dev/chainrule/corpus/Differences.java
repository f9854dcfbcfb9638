package dev.chainrule.corpus;

import java.util.function.Function;

/**
 * Central differences improved by one Richardson extrapolation, with their own error estimate: the reference the
 * generated derivatives are checked against, computed from the plain method alone.
 *
 * <p>With {@code D(h)} the central difference, {@code R(h) = (4·D(h/2) − D(h)) / 3} cancels the {@code h²} term, so
 * its error is {@code O(h⁴)} plus rounding {@code O(ε·|f| / h)}. Two extrapolations, {@code R(h)} and
 * {@code R(h/2)}, are formed; the estimate is the finer one and their difference says how far to trust it. A kink or
 * a jump of the function within the step (a branch, a {@code max}, an iteration count that changes) makes them
 * disagree, which is how a point too close to one is recognised and skipped.
 */
final class Differences {

    /** The largest step relative to a coordinate's {@linkplain #scale scale}; the finest uses a quarter of it. */
    static final double STEP = 2e-3;

    /**
     * Coordinates smaller than this are stepped as if they were this large: the step follows a coordinate's own size
     * (a rate of 0.005 needs a step of its size, not of 1), but not down to nothing.
     */
    private static final double SMALLEST_SCALE = 1e-2;

    private Differences() {
    }

    /**
     * An estimated Jacobian and the estimate's error, entry by entry.
     *
     * @param value {@code value[i][k] ≈ ∂f_i/∂x_k}
     * @param error {@code |R(h) − R(h/2)|} for each entry
     */
    record Estimate(double[][] value, double[][] error) {
    }

    /**
     * Estimates the Jacobian of {@code f} at {@code x}.
     *
     * @param f a function of the flat vector
     * @param x the point
     * @return the estimate, {@code m × n}
     */
    static Estimate jacobian(Function<double[], double[]> f, double[] x) {
        double[] scales = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            scales[k] = scale(x[k]);
        }
        return jacobian(f, x, scales);
    }

    private static Estimate jacobian(Function<double[], double[]> f, double[] x, double[] scales) {
        int m = f.apply(x).length;
        double[][] value = new double[m][x.length];
        double[][] error = new double[m][x.length];
        for (int k = 0; k < x.length; k++) {
            double h = STEP * scales[k];
            double[] d1 = central(f, x, k, h);
            double[] d2 = central(f, x, k, h / 2);
            double[] d4 = central(f, x, k, h / 4);
            for (int i = 0; i < m; i++) {
                double coarse = (4 * d2[i] - d1[i]) / 3;
                double fine = (4 * d4[i] - d2[i]) / 3;
                value[i][k] = fine;
                error[i][k] = Math.abs(fine - coarse);
            }
        }
        return new Estimate(value, error);
    }

    /** The size a coordinate is stepped relative to. */
    static double scale(double coordinate) {
        return Math.max(Math.abs(coordinate), SMALLEST_SCALE);
    }

    /**
     * Estimates the derivative of {@code t ↦ g(x + t·v)} at {@code t = 0}: a directional derivative. The direction
     * should already be scaled to the coordinates' {@linkplain #scale scales}; {@code t} is stepped at scale 1.
     *
     * @param g a function of the flat vector
     * @param x the point
     * @param v the direction
     * @return the estimate as a one-column Jacobian
     */
    static Estimate directional(Function<double[], double[]> g, double[] x, double[] v) {
        return jacobian(t -> g.apply(along(x, v, t[0])), new double[] {0}, new double[] {1});
    }

    private static double[] along(double[] x, double[] v, double t) {
        double[] y = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            y[k] = x[k] + t * v[k];
        }
        return y;
    }

    /** {@code (f(x + h e_k) − f(x − h e_k)) / (2h)}, dividing by the step the arithmetic actually took. */
    private static double[] central(Function<double[], double[]> f, double[] x, int k, double h) {
        double[] up = x.clone();
        double[] down = x.clone();
        up[k] = x[k] + h;
        down[k] = x[k] - h;
        double width = up[k] - down[k];
        double[] fUp = f.apply(up);
        double[] fDown = f.apply(down);
        double[] d = new double[fUp.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (fUp[i] - fDown[i]) / width;
        }
        return d;
    }
}
