package dev.chainrule.corpus;

import static dev.chainrule.corpus.Args.integer;
import static dev.chainrule.corpus.Args.probabilities;
import static dev.chainrule.corpus.Args.scalar;
import static dev.chainrule.corpus.Args.vector;

import java.util.List;

final class StatisticsCases {

    private StatisticsCases() {
    }

    static List<Case> cases() {
        Class<?> c = Statistics.class;
        return List.of(
                Case.of(c, "mean", vector(8, -2, 2)),
                Case.of(c, "variance", vector(8, -2, 2)),
                Case.of(c, "standardDeviation", vector(8, -2, 2)),
                Case.of(c, "welfordVariance", vector(8, -2, 2)),
                Case.of(c, "weightedMean", vector(8, -2, 2), vector(8, 0.5, 2)),
                Case.of(c, "logSumExp", vector(8, -3, 3)),
                Case.of(c, "softmax", vector(6, -3, 3)),
                Case.of(c, "logSoftmax", vector(6, -3, 3)),
                Case.of(c, "crossEntropy", vector(6, -3, 3), integer(2)),
                Case.of(c, "softCrossEntropy", vector(6, -3, 3), probabilities(6)),
                Case.of(c, "entropy", probabilities(6)),
                Case.of(c, "klDivergence", probabilities(6), probabilities(6)),
                Case.of(c, "covariance", vector(8, -2, 2), vector(8, -2, 2)),
                Case.of(c, "correlation", vector(8, -2, 2), vector(8, -2, 2)),
                Case.of(c, "zScores", vector(6, -2, 2)),
                Case.of(c, "skewness", vector(8, -2, 2)),
                Case.of(c, "kurtosis", vector(8, -2, 2)),
                Case.of(c, "geometricMean", vector(6, 0.5, 3)),
                Case.of(c, "harmonicMean", vector(6, 0.5, 3)),
                Case.of(c, "gaussianLogLikelihood", vector(10, -2, 2), scalar(-1, 1), scalar(0.5, 2)),
                Case.of(c, "movingAverage", vector(10, -2, 2), integer(3)),
                Case.of(c, "exponentialSmoothing", vector(10, -2, 2), scalar(0.1, 0.9)),
                Case.of(c, "softMaximum", vector(6, -2, 2), scalar(0.5, 2)),
                Case.of(c, "median", vector(7, -2, 2)),
                Case.of(c, "trimmedMean", vector(8, -2, 2), integer(2)));
    }
}
