package dev.chainrule.corpus;

import static dev.chainrule.corpus.Args.fixed;
import static dev.chainrule.corpus.Args.integer;
import static dev.chainrule.corpus.Args.matrix;
import static dev.chainrule.corpus.Args.scalar;
import static dev.chainrule.corpus.Args.vector;

import java.util.List;

final class NeuralLayersCases {

    private NeuralLayersCases() {
    }

    static List<Case> cases() {
        Class<?> c = NeuralLayers.class;
        Arg weights = matrix(4, 3);
        Arg bias = vector(4);
        Arg input = vector(3);
        return List.of(
                Case.of(c, "dense", weights, bias, input),
                Case.of(c, "tanhLayer", weights, bias, input),
                Case.of(c, "reluLayer", weights, bias, input),
                Case.of(c, "leakyRelu", vector(6), fixed(0.1)),
                Case.of(c, "sigmoidLayer", weights, bias, input),
                Case.of(c, "softplus", scalar(-5, 40)),
                Case.of(c, "gelu", scalar(-3, 3)),
                Case.of(c, "swish", scalar(-3, 3), scalar(0.5, 2)),
                Case.of(c, "elu", scalar(-2, 2), fixed(1.0)),
                Case.of(c, "layerNorm", vector(6), vector(6), vector(6)),
                Case.of(c, "attention", vector(4), matrix(5, 4), matrix(5, 3)),
                Case.of(c, "mlp", matrix(5, 3), vector(5), vector(5), scalar(-1, 1), input),
                Case.of(c, "mlpLoss", matrix(5, 3), vector(5), vector(5), scalar(-1, 1), matrix(8, 3), vector(8)),
                Case.of(c, "residualBlock", matrix(4, 4), matrix(4, 4), vector(4)),
                Case.of(c, "conv1d", vector(10), vector(3)),
                Case.of(c, "maxPool", vector(12), integer(3)),
                Case.of(c, "rnnCell", matrix(4, 3), matrix(4, 4), vector(4), input, vector(4)),
                Case.of(c, "gatedSequence", vector(6), vector(10)),
                Case.of(c, "embeddingScore", matrix(5, 4), vector(4), integer(2)),
                Case.of(c, "batchNorm", vector(8), scalar(0.5, 2), scalar(-1, 1)));
    }
}
