package dev.chainrule.bench;

import java.util.Arrays;
import java.util.Random;

/** The small array chores the benchmarks share: random matrices and zeroing reused accumulators. */
final class Shapes {

    private Shapes() {
    }

    /**
     * A matrix of standard normal entries.
     *
     * @param random the source
     * @param rows   the number of rows
     * @param cols   the number of columns
     * @return a new {@code rows × cols} matrix
     */
    static double[][] gaussian(Random random, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (double[] row : m) {
            for (int c = 0; c < cols; c++) {
                row[c] = random.nextGaussian();
            }
        }
        return m;
    }

    /**
     * Zeroes a matrix row by row, as the generated {@code Vjp} needs before it accumulates.
     *
     * @param m the matrix
     */
    static void zero(double[][] m) {
        for (double[] row : m) {
            Arrays.fill(row, 0);
        }
    }
}
