package dev.chainrule.bench.functions;

import dev.chainrule.Differentiable;

/**
 * {@code y = tanh(A·x)}: a dense layer whose Jacobian {@code diag(1 − y²)·A} costs forward mode {@code n} sweeps and
 * reverse mode {@code m}, each of {@code O(nm)}; with {@code n·m} fixed, the ratio {@code n/m} alone decides which
 * mode wins.
 */
public final class TanhLayer {

    private TanhLayer() {
    }

    /**
     * Applies the layer.
     *
     * @param a the matrix, {@code m × n}; a constant
     * @param x the input, length {@code n}
     * @return {@code tanh(A·x)}, length {@code m}
     */
    @Differentiable(wrt = "x")
    public static double[] apply(double[][] a, double[] x) {
        double[] y = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int j = 0; j < x.length; j++) {
                s += a[i][j] * x[j];
            }
            y[i] = Math.tanh(s);
        }
        return y;
    }

    /**
     * The hand-written Jacobian, the manual anchor: {@code J[i][j] = (1 − y_i²) A[i][j]}, one pass over {@code A}.
     *
     * @param a        the matrix, {@code m × n}
     * @param x        the input, length {@code n}
     * @param jacobian receives the {@code m × n} Jacobian; overwritten
     * @return the Jacobian array itself
     */
    public static double[][] jacobian(double[][] a, double[] x, double[][] jacobian) {
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int j = 0; j < x.length; j++) {
                s += a[i][j] * x[j];
            }
            double y = Math.tanh(s);
            double slope = 1 - y * y;
            for (int j = 0; j < x.length; j++) {
                jacobian[i][j] = slope * a[i][j];
            }
        }
        return jacobian;
    }
}
