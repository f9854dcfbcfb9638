package dev.chainrule.bench.functions;

/**
 * The sparse Jacobian of {@link BundleAdjustment#residuals} in compressed-row form, as ADBench stores it: rows
 * {@code 2i} and {@code 2i+1} hold observation {@code i}'s 15 derivatives (its camera's 11 columns, its point's 3,
 * its weight's 1), row {@code 2p + i} the weight residual's one. The structure is fixed when the problem is; a
 * Jacobian evaluation only scatters values.
 *
 * <p>Columns: camera {@code c} occupies {@code 11c .. 11c + 10}, then point {@code j} {@code 11n + 3j .. 11n + 3j + 2},
 * then weight {@code i} {@code 11n + 3m + i}.
 */
public final class BundleAdjustmentJacobian {

    private static final int ROW = BundleAdjustment.OBSERVATION_INPUTS;

    private final int observations;
    private final int[] rowStart;
    private final int[] columns;
    private final double[] values;

    /**
     * Lays out the structure for a problem.
     *
     * @param data the problem
     */
    public BundleAdjustmentJacobian(BundleAdjustmentData data) {
        observations = data.observations();
        int cameraColumns = BundleAdjustment.CAMERA_PARAMETERS * data.cameras().length;
        int weightColumns = cameraColumns + 3 * data.points().length;
        int nonZeros = 2 * ROW * observations + observations;
        rowStart = new int[3 * observations + 1];
        columns = new int[nonZeros];
        values = new double[nonZeros];
        for (int row = 0; row <= 3 * observations; row++) {
            rowStart[row] = row <= 2 * observations ? ROW * row : 2 * ROW * observations + row - 2 * observations;
        }
        for (int i = 0; i < observations; i++) {
            for (int output = 0; output < 2; output++) {
                int at = rowStart[2 * i + output];
                for (int j = 0; j < BundleAdjustment.CAMERA_PARAMETERS; j++) {
                    columns[at + j] = BundleAdjustment.CAMERA_PARAMETERS * data.cameraIndex()[i] + j;
                }
                for (int j = 0; j < 3; j++) {
                    columns[at + BundleAdjustment.CAMERA_PARAMETERS + j] = cameraColumns + 3 * data.pointIndex()[i] + j;
                }
                columns[at + ROW - 1] = weightColumns + i;
            }
            columns[rowStart[2 * observations + i]] = weightColumns + i;
        }
    }

    /**
     * Stores one derivative of observation {@code i}'s reprojection residual.
     *
     * @param i      the observation
     * @param output 0 or 1, the residual's entry
     * @param input  the input, 0 to 14 in the order camera, point, weight
     * @param value  the derivative
     */
    public void put(int i, int output, int input, double value) {
        values[ROW * (2 * i + output) + input] = value;
    }

    /**
     * Stores the derivative of observation {@code i}'s weight residual.
     *
     * @param i     the observation
     * @param value {@code ∂(1 − w²)/∂w}
     */
    public void putWeight(int i, double value) {
        values[2 * ROW * observations + i] = value;
    }

    /**
     * Stores a row of observation {@code i}'s 2 × 15 block.
     *
     * @param i      the observation
     * @param output 0 or 1
     * @param row    the 15 derivatives, in the order camera, point, weight
     */
    public void putRow(int i, int output, double[] row) {
        System.arraycopy(row, 0, values, ROW * (2 * i + output), ROW);
    }

    /**
     * Returns the entry in {@code row} and {@code column}, zero where the structure has none.
     *
     * @param row    the residual
     * @param column the parameter
     * @return {@code ∂r_row/∂p_column}
     */
    public double get(int row, int column) {
        double sum = 0;
        for (int at = rowStart[row]; at < rowStart[row + 1]; at++) {
            // A camera's and a point's columns never coincide, so at most one entry matches.
            if (columns[at] == column) {
                sum += values[at];
            }
        }
        return sum;
    }

    /**
     * Returns the stored values, in row order, for a benchmark to return so that no store is dead code.
     *
     * @return the values array itself
     */
    public double[] values() {
        return values;
    }
}
