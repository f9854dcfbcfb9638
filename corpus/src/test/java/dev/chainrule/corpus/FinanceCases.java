package dev.chainrule.corpus;

import static dev.chainrule.corpus.Args.integer;
import static dev.chainrule.corpus.Args.scalar;
import static dev.chainrule.corpus.Args.spd;
import static dev.chainrule.corpus.Args.vector;

import java.util.List;

final class FinanceCases {

    private FinanceCases() {
    }

    static List<Case> cases() {
        Class<?> c = Finance.class;
        Arg spot = scalar(80, 120);
        Arg strike = scalar(80, 120);
        Arg rate = scalar(0.01, 0.05);
        Arg volatility = scalar(0.1, 0.5);
        Arg time = scalar(0.25, 2);
        return List.of(
                Case.of(c, "blackScholesCall", spot, strike, rate, volatility, time),
                Case.of(c, "blackScholesPut", spot, strike, rate, volatility, time),
                Case.of(c, "black76", spot, strike, scalar(0.9, 1), volatility, time),
                Case.of(c, "discountFactor", scalar(0.01, 0.1), scalar(0.5, 10), integer(12)),
                Case.of(c, "netPresentValue", vector(6, -100, 100), scalar(0.01, 0.1)),
                Case.of(c, "bondPrice", scalar(2, 8), scalar(0.01, 0.1), integer(10)),
                Case.of(c, "bondYield", scalar(90, 110), scalar(3, 6), integer(10)),
                Case.of(c, "macaulayDuration", scalar(2, 8), scalar(0.01, 0.1), integer(10)),
                Case.of(c, "convexity", scalar(2, 8), scalar(0.01, 0.1), integer(10)),
                Case.of(c, "annuityPayment", scalar(1e5, 3e5), scalar(0.002, 0.01), integer(360)),
                Case.of(c, "mortgageBalance", scalar(1e5, 3e5), scalar(0.02, 0.06), integer(360), integer(60)),
                new Case(c, "internalRateOfReturn", random -> {
                    double[] flows = Args.vectorOf(random, 6, 20, 40);
                    flows[0] = Args.uniform(random, -150, -100);
                    return new Object[] {flows};
                }),
                Case.of(c, "portfolioVariance", vector(4), spd(4)),
                Case.of(c, "sharpeRatio", vector(4, 0.1, 0.5), vector(4, 0.02, 0.1), spd(4), scalar(0.005, 0.01)),
                Case.of(c, "binomialCall", spot, strike, rate, volatility, time, integer(20)),
                Case.of(c, "parSwapRate", vector(5, 0.8, 0.99), vector(5, 0.9, 1.1)),
                Case.of(c, "forwardRate", scalar(0.01, 0.05), scalar(0.5, 1), scalar(0.01, 0.05), scalar(2, 5)),
                Case.of(c, "bootstrapZeroRates", vector(5, 0.01, 0.05)),
                Case.of(c, "expectedPayoff", spot, strike, scalar(0.0, 0.1), volatility, time),
                Case.of(c, "accruedInterest", scalar(0.02, 0.08), scalar(10, 300), integer(2)));
    }
}
