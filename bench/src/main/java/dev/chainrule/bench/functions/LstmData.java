package dev.chainrule.bench.functions;

import java.util.Random;

/**
 * One LSTM problem from a seeded generator: parameters and initial state from N(0, 1) scaled by ½, and a sequence of
 * random one-hot characters.
 *
 * @param mainParams  the layers' weights and biases, {@code 2L × 4b}
 * @param extraParams the input scale, the output scale and the output shift, {@code 3 × b}
 * @param state       the initial hidden state and cell of each layer, {@code 2L × b}
 * @param sequence    the characters, one-hot, {@code c × b}
 */
public record LstmData(double[][] mainParams, double[][] extraParams, double[][] state, double[][] sequence) {

    /**
     * Draws a problem.
     *
     * @param layers the number of layers {@code L}, at least 1
     * @param width  the number of characters {@code b}, at least 1
     * @param length the length of the sequence {@code c}, at least 2
     * @param seed   the random seed
     * @return the problem
     */
    public static LstmData generate(int layers, int width, int length, long seed) {
        Random random = new Random(seed);
        double[][] sequence = new double[length][width];
        for (double[] character : sequence) {
            character[random.nextInt(width)] = 1;
        }
        return new LstmData(gaussian(random, 2 * layers, 4 * width), gaussian(random, 3, width),
                gaussian(random, 2 * layers, width), sequence);
    }

    /**
     * Evaluates the plain objective.
     *
     * @return {@link Lstm#objective} of this problem
     */
    public double objective() {
        return Lstm.objective(mainParams, extraParams, state, sequence);
    }

    /**
     * The parameters as one flat vector in the order of the generated view: {@code mainParams}, then
     * {@code extraParams}, row by row.
     *
     * @return a new array of length {@code 8Lb + 3b}
     */
    public double[] parameters() {
        return Flattening.concat(mainParams, extraParams);
    }

    private static double[][] gaussian(Random random, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (double[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = 0.5 * random.nextGaussian();
            }
        }
        return m;
    }
}
