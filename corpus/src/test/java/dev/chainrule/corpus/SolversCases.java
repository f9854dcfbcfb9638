package dev.chainrule.corpus;

import static dev.chainrule.corpus.Args.diagonallyDominant;
import static dev.chainrule.corpus.Args.integer;
import static dev.chainrule.corpus.Args.scalar;
import static dev.chainrule.corpus.Args.spd;
import static dev.chainrule.corpus.Args.vector;

import java.util.List;

final class SolversCases {

    private SolversCases() {
    }

    static List<Case> cases() {
        Class<?> c = Solvers.class;
        return List.of(
                Case.of(c, "fixedPointCos", scalar(0.3, 1.1)),
                Case.of(c, "newtonSqrt", scalar(0.5, 10)),
                Case.of(c, "halleyCbrt", scalar(0.5, 10)),
                Case.of(c, "keplerEccentricAnomaly", scalar(0.1, 3), scalar(0, 0.8)),
                Case.of(c, "lambertW", scalar(0.1, 10)),
                Case.of(c, "cubicRoot", scalar(0.5, 3), scalar(-5, 5)),
                Case.of(c, "secantRoot", scalar(0.1, 0.3), scalar(0.5, 0.8)),
                Case.of(c, "gradientDescent", spd(3), vector(3), scalar(0.05, 0.1), integer(30)),
                Case.of(c, "jacobi", diagonallyDominant(4), vector(4), integer(30)),
                Case.of(c, "gaussSeidel", diagonallyDominant(4), vector(4), integer(30)),
                Case.of(c, "powerIteration", spd(4), integer(50)),
                Case.of(c, "continuedFraction", scalar(1, 3), integer(20)),
                Case.of(c, "newtonMinimum", scalar(-2, 2), scalar(0.1, 1)),
                new Case(c, "impliedVolatility", random -> {
                    double spot = Args.uniform(random, 80, 120);
                    double strike = Args.uniform(random, 80, 120);
                    double rate = Args.uniform(random, 0.01, 0.05);
                    double time = Args.uniform(random, 0.5, 2);
                    double price = Finance.blackScholesCall(spot, strike, rate, Args.uniform(random, 0.15, 0.4), time);
                    return new Object[] {price, spot, strike, rate, time};
                }),
                Case.of(c, "conjugateGradient", spd(4), vector(4), integer(3)),
                Case.of(c, "bracketedRoot", scalar(0.2, 0.5), scalar(1, 2)));
    }
}
