package dev.chainrule.bench.functions;

import java.util.Random;

/**
 * One instance of {@link TanhLayer#apply}: a matrix with N(0, 1/n) entries, so that {@code A·x} stays of order one and
 * {@code tanh} neither saturates nor stays linear, and an input from N(0, 1).
 *
 * @param a the matrix, {@code m × n}
 * @param x the input, length {@code n}
 */
public record TanhLayerData(double[][] a, double[] x) {

    /**
     * Draws an instance.
     *
     * @param n    the number of inputs, at least 1
     * @param m    the number of outputs, at least 1
     * @param seed the random seed
     * @return the instance
     */
    public static TanhLayerData generate(int n, int m, long seed) {
        Random random = new Random(seed);
        double scale = 1 / Math.sqrt(n);
        double[][] a = new double[m][n];
        for (double[] row : a) {
            for (int j = 0; j < n; j++) {
                row[j] = scale * random.nextGaussian();
            }
        }
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = random.nextGaussian();
        }
        return new TanhLayerData(a, x);
    }
}
