package dev.chainrule.corpus;

import static dev.chainrule.corpus.Args.integer;
import static dev.chainrule.corpus.Args.scalar;

import java.util.List;

final class SpecialFunctionsCases {

    private SpecialFunctionsCases() {
    }

    static List<Case> cases() {
        Class<?> c = SpecialFunctions.class;
        Arg shape = scalar(0.5, 5);
        return List.of(
                Case.of(c, "erfSeries", scalar(-2.5, 2.5)),
                Case.of(c, "erfc", scalar(-2.5, 2.5)),
                Case.of(c, "normalCdf", scalar(-3, 3)),
                Case.of(c, "normalPdf", scalar(-2, 2), scalar(-1, 1), scalar(0.5, 2)),
                Case.of(c, "gamma", scalar(0.2, 5)),
                Case.of(c, "logGamma", scalar(0.5, 10)),
                Case.of(c, "beta", shape, shape),
                Case.of(c, "digamma", scalar(0.2, 10)),
                Case.of(c, "besselJ0", scalar(-5, 5)),
                Case.of(c, "lowerIncompleteGamma", scalar(0.5, 3), scalar(0.1, 5)),
                Case.of(c, "logit", scalar(0.05, 0.95)),
                Case.of(c, "expit", scalar(-5, 5)),
                Case.of(c, "sinc", scalar(-5, 5)),
                Case.of(c, "exponentialIntegral", scalar(0.1, 3)),
                Case.of(c, "fresnelS", scalar(-2, 2)),
                Case.of(c, "zeta", scalar(1.5, 4)),
                Case.of(c, "ellipticK", scalar(0, 0.9)),
                Case.of(c, "studentTDensity", scalar(-3, 3), scalar(1, 10)),
                Case.of(c, "betaLogDensity", scalar(0.1, 0.9), shape, shape),
                Case.of(c, "legendre", integer(5), scalar(-1, 1)),
                Case.of(c, "dilogarithm", scalar(-0.9, 0.9)),
                Case.of(c, "expSeries", scalar(-3, 3)));
    }
}
