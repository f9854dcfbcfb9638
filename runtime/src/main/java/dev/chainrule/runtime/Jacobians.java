package dev.chainrule.runtime;

import java.util.Objects;

/**
 * Assembles whole Jacobians from a {@link DifferentiableFunction}'s products, column by column (forward) or row by
 * row (reverse).
 */
public final class Jacobians {

    private Jacobians() {
    }

    /**
     * Computes the Jacobian, letting {@link #choose(int, int)} pick the mode.
     *
     * @param f the function
     * @param x the point, length {@code f.inputDimension()}
     * @return the {@code m × n} Jacobian, {@code J[i][j] = ∂f_i/∂x_j}
     * @throws IllegalArgumentException if {@code x} has the wrong length
     */
    public static double[][] jacobian(DifferentiableFunction f, double[] x) {
        return jacobian(f, x, Mode.AUTO);
    }

    /**
     * Computes the Jacobian in the given mode: {@link Mode#FORWARD} makes {@code n} Jacobian-vector products with
     * the unit vectors, {@link Mode#REVERSE} makes {@code m} vector-Jacobian products with the unit vectors, and
     * {@link Mode#AUTO} does what {@link #choose(int, int)} says.
     *
     * @param f    the function
     * @param x    the point, length {@code f.inputDimension()}
     * @param mode how to assemble the Jacobian
     * @return the {@code m × n} Jacobian, {@code J[i][j] = ∂f_i/∂x_j}
     * @throws IllegalArgumentException if {@code x} has the wrong length
     */
    public static double[][] jacobian(DifferentiableFunction f, double[] x, Mode mode) {
        Objects.requireNonNull(f, "f is null");
        Objects.requireNonNull(mode, "mode is null");
        int n = f.inputDimension();
        int m = f.outputDimension();
        Checks.length("x", x, n);
        return switch (mode) {
            case FORWARD -> byColumns(f, x, n, m);
            case REVERSE -> byRows(f, x, n, m);
            case AUTO -> jacobian(f, x, choose(n, m));
        };
    }

    /**
     * Chooses the mode for a Jacobian of {@code m} outputs and {@code n} inputs by counting sweeps: forward needs
     * {@code n}, reverse needs {@code m}, and on a tie forward wins because a tangent sweep is cheaper than an adjoint
     * one. This is a placeholder cost model: it ignores the different cost of each sweep and the vector-forward mode,
     * and a later version will refine it.
     *
     * @param n the number of inputs, at least 0
     * @param m the number of outputs, at least 0
     * @return {@link Mode#FORWARD} when {@code n <= m}, otherwise {@link Mode#REVERSE}
     * @throws IllegalArgumentException if either dimension is negative
     */
    public static Mode choose(int n, int m) {
        if (n < 0 || m < 0) {
            throw new IllegalArgumentException("dimensions must not be negative, got n = " + n + ", m = " + m);
        }
        return n <= m ? Mode.FORWARD : Mode.REVERSE;
    }

    private static double[][] byColumns(DifferentiableFunction f, double[] x, int n, int m) {
        double[][] jacobian = new double[m][n];
        double[] v = new double[n];
        double[] y = new double[m];
        double[] yDot = new double[m];
        for (int j = 0; j < n; j++) {
            v[j] = 1;
            f.jvp(x, v, y, yDot);
            v[j] = 0;
            for (int i = 0; i < m; i++) {
                jacobian[i][j] = yDot[i];
            }
        }
        return jacobian;
    }

    private static double[][] byRows(DifferentiableFunction f, double[] x, int n, int m) {
        double[][] jacobian = new double[m][n];
        double[] w = new double[m];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            w[i] = 1;
            // vjp overwrites its adjoint, so the row is written in place.
            f.vjp(x, w, y, jacobian[i]);
            w[i] = 0;
        }
        return jacobian;
    }
}
