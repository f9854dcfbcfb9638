package dev.chainrule.corpus;

import static dev.chainrule.corpus.Args.fixed;
import static dev.chainrule.corpus.Args.matrix;
import static dev.chainrule.corpus.Args.scalar;
import static dev.chainrule.corpus.Args.signs;
import static dev.chainrule.corpus.Args.vector;
import static dev.chainrule.corpus.Args.whole;

import java.util.List;

final class RegressionCases {

    /** Samples and features of the data sets. */
    private static final int SAMPLES = 12;
    private static final int FEATURES = 3;

    private RegressionCases() {
    }

    static List<Case> cases() {
        Class<?> c = Regression.class;
        Arg beta = vector(FEATURES + 1);
        Arg xs = matrix(SAMPLES, FEATURES);
        Arg ys = vector(SAMPLES, -2, 2);
        Arg binary = whole(SAMPLES, 2);
        return List.of(
                Case.of(c, "leastSquares", beta, xs, ys),
                Case.of(c, "meanSquaredError", beta, xs, ys),
                Case.of(c, "weightedLeastSquares", beta, xs, ys, vector(SAMPLES, 0.5, 2)),
                Case.of(c, "ridge", beta, xs, ys, scalar(0.1, 1)),
                Case.of(c, "elasticNet", beta, xs, ys, fixed(0.3), fixed(0.5)),
                Case.of(c, "logisticLoss", beta, xs, binary),
                Case.of(c, "logisticLossNaive", beta, xs, binary),
                Case.of(c, "huber", beta, xs, ys, fixed(1.0)),
                Case.of(c, "pseudoHuber", beta, xs, ys, scalar(0.5, 2)),
                Case.of(c, "quantileLoss", beta, xs, ys, fixed(0.3)),
                Case.of(c, "logCoshLoss", beta, xs, ys),
                Case.of(c, "poissonLoss", vector(FEATURES + 1, -0.5, 0.5), xs, whole(SAMPLES, 5)),
                Case.of(c, "squaredHinge", beta, xs, signs(SAMPLES), fixed(0.1)),
                Case.of(c, "predictions", beta, xs),
                Case.of(c, "polynomialResiduals", vector(4), vector(10), vector(10)),
                Case.of(c, "rSquared", beta, xs, ys),
                Case.of(c, "exponentialFit", scalar(1, 2), scalar(0.5, 1.5), scalar(-0.5, 0.5), vector(10, 0, 3),
                        vector(10, 0, 2)),
                Case.of(c, "softmaxRegression", matrix(3, FEATURES + 1), xs, whole(SAMPLES, 3)),
                new Case(c, "leastSquaresComplete", random -> {
                    double[][] data = (double[][]) xs.draw(random);
                    data[2][1] = Double.NaN;
                    data[7][0] = Double.NaN;
                    return new Object[] {beta.draw(random), data, ys.draw(random)};
                }));
    }
}
