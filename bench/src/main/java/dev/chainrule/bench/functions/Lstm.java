package dev.chainrule.bench.functions;

import dev.chainrule.Differentiable;

/**
 * ADBench's LSTM objective (Šrajer, Kukelova and Fitzgibbon 2018, section 5.4): a stack of element-wise (diagonal)
 * LSTM layers of width {@code b} run over a sequence of {@code c} one-hot characters, each step predicting the next
 * character; the objective is the mean negative log-likelihood of the sequence under the predictions.
 *
 * <p>Layer {@code l} has weights {@code mainParams[2l]} and biases {@code mainParams[2l+1]}, each {@code 4b} long:
 * the forget gate, the input gate, the output gate and the cell change. With input {@code x}, previous hidden state
 * {@code h} and cell {@code s} (all element-wise):
 * <pre>
 *   f = σ(x w_f + b_f),  i = σ(h w_i + b_i),  o = σ(x w_o + b_o),  g = tanh(h w_g + b_g)
 *   s ← s f + i g,       h ← o tanh(s)
 * </pre>
 * The input of the first layer is the character scaled by {@code extraParams[0]}; the prediction is the top layer's
 * {@code h} scaled by {@code extraParams[1]} and shifted by {@code extraParams[2]}, normalised by log-sum-exp.
 */
public final class Lstm {

    private Lstm() {
    }

    /**
     * The objective, differentiable with respect to the layer and the extra parameters.
     *
     * @param mainParams  the layers' weights and biases, {@code 2L × 4b}
     * @param extraParams the input scale, the output scale and the output shift, {@code 3 × b}
     * @param state       the initial hidden state and cell of each layer, {@code 2L × b}
     * @param sequence    the characters, one-hot, {@code c × b}
     * @return {@code −(1 / ((c − 1) b)) Σ_t Σ_j sequence[t+1][j] · (prediction_t[j] − logsumexp(prediction_t))}
     */
    @Differentiable(wrt = {"mainParams", "extraParams"})
    public static double objective(double[][] mainParams, double[][] extraParams, double[][] state,
            double[][] sequence) {
        int layers = mainParams.length / 2;
        int b = extraParams[0].length;
        double[][] hidden = new double[layers][b];
        double[][] cell = new double[layers][b];
        for (int l = 0; l < layers; l++) {
            for (int j = 0; j < b; j++) {
                hidden[l][j] = state[2 * l][j];
                cell[l][j] = state[2 * l + 1][j];
            }
        }
        double[] input = new double[b];
        double[] prediction = new double[b];
        double total = 0;
        int count = 0;
        for (int t = 0; t < sequence.length - 1; t++) {
            for (int j = 0; j < b; j++) {
                input[j] = sequence[t][j] * extraParams[0][j];
            }
            for (int l = 0; l < layers; l++) {
                for (int j = 0; j < b; j++) {
                    double forget = sigmoid(input[j] * mainParams[2 * l][j] + mainParams[2 * l + 1][j]);
                    double ingate = sigmoid(hidden[l][j] * mainParams[2 * l][b + j] + mainParams[2 * l + 1][b + j]);
                    double outgate = sigmoid(input[j] * mainParams[2 * l][2 * b + j]
                            + mainParams[2 * l + 1][2 * b + j]);
                    double change = Math.tanh(hidden[l][j] * mainParams[2 * l][3 * b + j]
                            + mainParams[2 * l + 1][3 * b + j]);
                    cell[l][j] = cell[l][j] * forget + ingate * change;
                    hidden[l][j] = outgate * Math.tanh(cell[l][j]);
                    input[j] = hidden[l][j];
                }
            }
            for (int j = 0; j < b; j++) {
                prediction[j] = input[j] * extraParams[1][j] + extraParams[2][j];
            }
            double lse = LogSumExp.logSumExp(prediction);
            for (int j = 0; j < b; j++) {
                total += sequence[t + 1][j] * (prediction[j] - lse);
            }
            count += b;
        }
        return -total / count;
    }

    /**
     * The logistic function.
     *
     * @param z the argument
     * @return {@code 1 / (1 + e^(−z))}
     */
    public static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
