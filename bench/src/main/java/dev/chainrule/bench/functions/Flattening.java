package dev.chainrule.bench.functions;

/** Moves the benchmarks' matrices in and out of the flat vectors the runtime drivers and the peers work on. */
public final class Flattening {

    private Flattening() {
    }

    /**
     * Concatenates the rows of several matrices, in order.
     *
     * @param matrices the matrices; rows may differ in length
     * @return a new array holding every row of every matrix, one after another
     */
    public static double[] concat(double[][]... matrices) {
        int length = 0;
        for (double[][] matrix : matrices) {
            for (double[] row : matrix) {
                length += row.length;
            }
        }
        double[] flat = new double[length];
        int at = 0;
        for (double[][] matrix : matrices) {
            for (double[] row : matrix) {
                System.arraycopy(row, 0, flat, at, row.length);
                at += row.length;
            }
        }
        return flat;
    }
}
