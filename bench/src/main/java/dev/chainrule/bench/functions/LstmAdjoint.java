package dev.chainrule.bench.functions;

import java.util.Arrays;

/**
 * The hand-written adjoint of {@link Lstm#objective}, the manual anchor: backpropagation through time. The forward
 * pass keeps, per step, layer and unit, the layer's input, the previous hidden state and cell, the four gates and
 * {@code tanh} of the new cell; the backward pass runs the steps and layers in reverse with
 * <pre>
 *   h̄ → ō = h̄ tanh(s),  s̄ += h̄ o (1 − tanh² s)
 *   s̄ → s̄_prev = s̄ f,  f̄ = s̄ s_prev,  ī = s̄ g,  ḡ = s̄ i
 *   gate pre-activations: σ' = σ(1 − σ), tanh' = 1 − tanh²
 * </pre>
 * and the prediction's {@code ∂/∂pred_j = −(gold_j − softmax_j Σ gold) / count}. Holds its tape, so one instance
 * serves one thread and one problem size.
 */
public final class LstmAdjoint {

    private final int layers;
    private final int width;
    private final double[] input;
    private final double[] hiddenBefore;
    private final double[] cellBefore;
    private final double[] forget;
    private final double[] ingate;
    private final double[] outgate;
    private final double[] change;
    private final double[] tanhCell;
    private final double[] top;
    private final double[] softmax;
    private final double[][] hidden;
    private final double[][] cell;
    private final double[][] hiddenBar;
    private final double[][] cellBar;
    private final double[] inputBar;
    private final double[] prediction;

    /**
     * Creates the tape for problems of the given size.
     *
     * @param layers the number of layers {@code L}
     * @param width  the number of characters {@code b}
     * @param length the length of the sequence {@code c}
     */
    public LstmAdjoint(int layers, int width, int length) {
        this.layers = layers;
        this.width = width;
        int cells = (length - 1) * layers * width;
        input = new double[cells];
        hiddenBefore = new double[cells];
        cellBefore = new double[cells];
        forget = new double[cells];
        ingate = new double[cells];
        outgate = new double[cells];
        change = new double[cells];
        tanhCell = new double[cells];
        top = new double[(length - 1) * width];
        softmax = new double[(length - 1) * width];
        hidden = new double[layers][width];
        cell = new double[layers][width];
        hiddenBar = new double[layers][width];
        cellBar = new double[layers][width];
        inputBar = new double[width];
        prediction = new double[width];
    }

    /**
     * Computes the objective and its gradient.
     *
     * @param data     the problem, of the size this instance was made for
     * @param mainBar  receives ∂f/∂mainParams; overwritten
     * @param extraBar receives ∂f/∂extraParams; overwritten
     * @return the objective
     */
    public double gradient(LstmData data, double[][] mainBar, double[][] extraBar) {
        double[][] main = data.mainParams();
        double[][] extra = data.extraParams();
        double[][] sequence = data.sequence();
        int b = width;
        int steps = sequence.length - 1;
        for (int l = 0; l < layers; l++) {
            System.arraycopy(data.state()[2 * l], 0, hidden[l], 0, b);
            System.arraycopy(data.state()[2 * l + 1], 0, cell[l], 0, b);
        }
        double total = 0;
        for (int t = 0; t < steps; t++) {
            for (int l = 0; l < layers; l++) {
                double[] w = main[2 * l];
                double[] bias = main[2 * l + 1];
                for (int j = 0; j < b; j++) {
                    int at = (t * layers + l) * b + j;
                    double x = l == 0 ? sequence[t][j] * extra[0][j] : hidden[l - 1][j];
                    double h = hidden[l][j];
                    input[at] = x;
                    hiddenBefore[at] = h;
                    cellBefore[at] = cell[l][j];
                    forget[at] = Lstm.sigmoid(x * w[j] + bias[j]);
                    ingate[at] = Lstm.sigmoid(h * w[b + j] + bias[b + j]);
                    outgate[at] = Lstm.sigmoid(x * w[2 * b + j] + bias[2 * b + j]);
                    change[at] = Math.tanh(h * w[3 * b + j] + bias[3 * b + j]);
                    cell[l][j] = cell[l][j] * forget[at] + ingate[at] * change[at];
                    tanhCell[at] = Math.tanh(cell[l][j]);
                    hidden[l][j] = outgate[at] * tanhCell[at];
                }
            }
            for (int j = 0; j < b; j++) {
                top[t * b + j] = hidden[layers - 1][j];
                prediction[j] = hidden[layers - 1][j] * extra[1][j] + extra[2][j];
            }
            double lse = LogSumExp.logSumExp(prediction);
            for (int j = 0; j < b; j++) {
                total += sequence[t + 1][j] * (prediction[j] - lse);
                softmax[t * b + j] = Math.exp(prediction[j] - lse);
            }
        }
        int count = steps * b;
        backward(data, mainBar, extraBar, -1.0 / count);
        return -total / count;
    }

    private void backward(LstmData data, double[][] mainBar, double[][] extraBar, double scale) {
        double[][] main = data.mainParams();
        double[][] extra = data.extraParams();
        double[][] sequence = data.sequence();
        int b = width;
        for (double[] row : mainBar) {
            Arrays.fill(row, 0);
        }
        for (double[] row : extraBar) {
            Arrays.fill(row, 0);
        }
        for (int l = 0; l < layers; l++) {
            Arrays.fill(hiddenBar[l], 0);
            Arrays.fill(cellBar[l], 0);
        }
        for (int t = sequence.length - 2; t >= 0; t--) {
            double goldSum = 0;
            for (int j = 0; j < b; j++) {
                goldSum += sequence[t + 1][j];
            }
            for (int j = 0; j < b; j++) {
                double predictionBar = scale * (sequence[t + 1][j] - softmax[t * b + j] * goldSum);
                extraBar[1][j] += predictionBar * top[t * b + j];
                extraBar[2][j] += predictionBar;
                inputBar[j] = predictionBar * extra[1][j];
            }
            for (int l = layers - 1; l >= 0; l--) {
                double[] w = main[2 * l];
                double[] wBar = mainBar[2 * l];
                double[] biasBar = mainBar[2 * l + 1];
                for (int j = 0; j < b; j++) {
                    int at = (t * layers + l) * b + j;
                    double hBar = inputBar[j] + hiddenBar[l][j];
                    double sBar = cellBar[l][j] + hBar * outgate[at] * (1 - tanhCell[at] * tanhCell[at]);
                    double zf = sBar * cellBefore[at] * forget[at] * (1 - forget[at]);
                    double zi = sBar * change[at] * ingate[at] * (1 - ingate[at]);
                    double zo = hBar * tanhCell[at] * outgate[at] * (1 - outgate[at]);
                    double zg = sBar * ingate[at] * (1 - change[at] * change[at]);
                    double x = input[at];
                    double h = hiddenBefore[at];
                    wBar[j] += zf * x;
                    biasBar[j] += zf;
                    wBar[b + j] += zi * h;
                    biasBar[b + j] += zi;
                    wBar[2 * b + j] += zo * x;
                    biasBar[2 * b + j] += zo;
                    wBar[3 * b + j] += zg * h;
                    biasBar[3 * b + j] += zg;
                    inputBar[j] = zf * w[j] + zo * w[2 * b + j];
                    hiddenBar[l][j] = zi * w[b + j] + zg * w[3 * b + j];
                    cellBar[l][j] = sBar * forget[at];
                }
            }
            for (int j = 0; j < b; j++) {
                extraBar[0][j] += inputBar[j] * sequence[t][j];
            }
        }
    }
}
