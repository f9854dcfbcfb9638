package dev.chainrule.corpus;

import static dev.chainrule.corpus.Args.integer;
import static dev.chainrule.corpus.Args.scalar;
import static dev.chainrule.corpus.Args.vector;

import java.util.List;

final class RecurrencesCases {

    private RecurrencesCases() {
    }

    static List<Case> cases() {
        Class<?> c = Recurrences.class;
        Arg series = vector(15, -2, 2);
        return List.of(
                Case.of(c, "chebyshevT", integer(6), scalar(-1, 1)),
                Case.of(c, "hermite", integer(5), scalar(-2, 2)),
                Case.of(c, "laguerre", integer(5), scalar(0, 5)),
                Case.of(c, "logisticMap", scalar(2.5, 3.2), scalar(0.2, 0.8), integer(10)),
                Case.of(c, "weightedFibonacci", scalar(0.5, 1), scalar(0.2, 0.6), integer(15)),
                Case.of(c, "prefixSums", vector(6)),
                Case.of(c, "cumulativeProduct", vector(6, 0.5, 1.5)),
                Case.of(c, "ar1LogLikelihood", scalar(-0.9, 0.9), scalar(0.5, 2), series),
                Case.of(c, "kalmanNegLogLikelihood", scalar(0.05, 0.5), scalar(0.1, 1), series),
                Case.of(c, "savingsBalance", scalar(100, 500), scalar(0.01, 0.08), integer(10)),
                Case.of(c, "holtForecast", scalar(0.2, 0.8), scalar(0.1, 0.5), series),
                Case.of(c, "smoothingError", scalar(0.1, 0.9), series),
                Case.of(c, "biquad", vector(10), scalar(0.1, 0.5), scalar(0.1, 0.5), scalar(0.1, 0.5),
                        scalar(-0.5, 0.5), scalar(0, 0.3)),
                Case.of(c, "tanContinuedFraction", scalar(-1.2, 1.2), integer(10)),
                Case.of(c, "agm", scalar(1, 3), scalar(1, 3)),
                Case.of(c, "ar2PathLogDensity", scalar(-0.5, 0.5), scalar(-0.3, 0.3), series),
                Case.of(c, "discountedReturns", vector(8), scalar(0.8, 0.99)),
                Case.of(c, "advantages", vector(8), vector(8), scalar(0.8, 0.99), scalar(0.8, 0.99)),
                Case.of(c, "binomialProbability", scalar(0.1, 0.9), integer(10), integer(4)),
                Case.of(c, "maximumDrawdown", vector(10, -0.1, 0.1)));
    }
}
