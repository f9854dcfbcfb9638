package dev.chainrule.corpus;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/** Option prices, bond arithmetic and portfolio measures, with rates as fractions and times in years. */
public final class Finance {

    private Finance() {
    }

    /**
     * The standard normal distribution function, by Zelen and Severo's approximation (Abramowitz and Stegun
     * 26.2.17, error below 7.5e-8).
     */
    static double normalCdf(double x) {
        final double p = 0.2316419;
        final double b1 = 0.319381530, b2 = -0.356563782, b3 = 1.781477937, b4 = -1.821255978, b5 = 1.330274429;
        double z = Math.abs(x);
        double t = 1 / (1 + p * z);
        double poly = t * (b1 + t * (b2 + t * (b3 + t * (b4 + t * b5))));
        double tail = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) * poly;
        return x >= 0 ? 1 - tail : tail;
    }

    @Differentiable
    public static double blackScholesCall(double spot, double strike, double rate, double volatility, double time) {
        double sqrtT = Math.sqrt(time);
        double d1 = (Math.log(spot / strike) + (rate + 0.5 * volatility * volatility) * time) / (volatility * sqrtT);
        double d2 = d1 - volatility * sqrtT;
        return spot * normalCdf(d1) - strike * Math.exp(-rate * time) * normalCdf(d2);
    }

    @Differentiable
    public static double blackScholesPut(double spot, double strike, double rate, double volatility, double time) {
        double call = blackScholesCall(spot, strike, rate, volatility, time);
        return call - spot + strike * Math.exp(-rate * time);
    }

    /** Black's formula for an option on a forward, discounted. */
    @Differentiable
    public static double black76(double forward, double strike, double discount, double volatility, double time) {
        double stdDev = volatility * Math.sqrt(time);
        double d1 = Math.log(forward / strike) / stdDev + 0.5 * stdDev;
        double d2 = d1 - stdDev;
        return discount * (forward * normalCdf(d1) - strike * normalCdf(d2));
    }

    @Differentiable
    public static double discountFactor(double rate, double time, int compoundingsPerYear) {
        if (compoundingsPerYear == 0) {
            return Math.exp(-rate * time);
        }
        return Math.pow(1 + rate / compoundingsPerYear, -compoundingsPerYear * time);
    }

    /** Net present value of yearly cash flows, the first one now. */
    @Differentiable
    public static double netPresentValue(double[] cashFlows, double rate) {
        double npv = 0;
        double discount = 1;
        for (double cf : cashFlows) {
            npv += cf * discount;
            discount /= 1 + rate;
        }
        return npv;
    }

    /** Price of a bond paying {@code coupon} per period for {@code periods} periods, face value 100. */
    @Differentiable
    public static double bondPrice(double coupon, double yield, int periods) {
        double price = 0;
        for (int k = 1; k <= periods; k++) {
            price += coupon / Math.pow(1 + yield, k);
        }
        return price + 100 / Math.pow(1 + yield, periods);
    }

    /** The yield that prices the bond at {@code price}, by Newton's method from 5 %. */
    @Differentiable
    public static double bondYield(double price, double coupon, int periods) {
        double y = 0.05;
        for (int iteration = 0; iteration < 50; iteration++) {
            double value = 0;
            double slope = 0;
            for (int k = 1; k <= periods; k++) {
                double discount = Math.pow(1 + y, -k);
                value += coupon * discount;
                slope -= k * coupon * discount / (1 + y);
            }
            double redemption = 100 * Math.pow(1 + y, -periods);
            value += redemption;
            slope -= periods * redemption / (1 + y);
            double step = (value - price) / slope;
            y -= step;
            if (Math.abs(step) < 1e-15) {
                break;
            }
        }
        return y;
    }

    /** Macaulay duration of a bond in periods. */
    @Differentiable
    public static double macaulayDuration(double coupon, double yield, int periods) {
        double weighted = 0;
        double price = 0;
        for (int k = 1; k <= periods; k++) {
            double cf = k == periods ? coupon + 100 : coupon;
            double pv = cf / Math.pow(1 + yield, k);
            weighted += k * pv;
            price += pv;
        }
        return weighted / price;
    }

    @Differentiable
    public static double convexity(double coupon, double yield, int periods) {
        double sum = 0;
        double price = 0;
        for (int k = 1; k <= periods; k++) {
            double cf = coupon;
            if (k == periods) {
                cf += 100;
            }
            double pv = cf / Math.pow(1 + yield, k);
            sum += k * (k + 1) * pv;
            price += pv;
        }
        return sum / (price * (1 + yield) * (1 + yield));
    }

    /** The level payment of an annuity (a mortgage) of {@code principal} over {@code periods} periods. */
    @Differentiable
    public static double annuityPayment(double principal, double rate, int periods) {
        if (rate == 0) {
            return principal / periods;
        }
        double growth = Math.pow(1 + rate, periods);
        return principal * rate * growth / (growth - 1);
    }

    /** Remaining balance of a mortgage after {@code paid} payments, month by month. */
    @Differentiable
    public static double mortgageBalance(double principal, double annualRate, int months, int paid) {
        double monthly = annualRate / 12;
        double payment = annuityPayment(principal, monthly, months);
        double balance = principal;
        for (int m = 0; m < paid; m++) {
            balance = balance * (1 + monthly) - payment;
        }
        return balance;
    }

    /** Internal rate of return of yearly cash flows by Newton's method. */
    @Differentiable
    public static double internalRateOfReturn(double[] cashFlows) {
        double r = 0.1;
        for (int iteration = 0; iteration < 100; iteration++) {
            double f = 0, df = 0;
            for (int k = 0; k < cashFlows.length; k++) {
                f += cashFlows[k] * Math.pow(1 + r, -k);
                df -= k * cashFlows[k] * Math.pow(1 + r, -k - 1);
            }
            double next = r - f / df;
            if (Math.abs(next - r) < 1e-14) {
                r = next;
                break;
            }
            r = next;
        }
        return r;
    }

    /** Variance of a portfolio with weights {@code w} and covariance matrix {@code cov}. */
    @Differentiable
    public static double portfolioVariance(double[] w, double[][] cov) {
        double v = 0;
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                v += w[i] * cov[i][j] * w[j];
            }
        }
        return v;
    }

    @Differentiable
    public static double sharpeRatio(double[] w, @NoDerivative double[] expectedReturns,
            @NoDerivative double[][] cov, @NoDerivative double riskFree) {
        double excess = -riskFree;
        for (int i = 0; i < w.length; i++) {
            excess += w[i] * expectedReturns[i];
        }
        return excess / Math.sqrt(portfolioVariance(w, cov));
    }

    /** A European call on a Cox–Ross–Rubinstein binomial tree of {@code steps} steps. */
    @Differentiable
    public static double binomialCall(double spot, double strike, double rate, double volatility, double time,
            int steps) {
        double dt = time / steps;
        double up = Math.exp(volatility * Math.sqrt(dt));
        double down = 1 / up;
        double growth = Math.exp(rate * dt);
        double p = (growth - down) / (up - down);
        double[] values = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            double price = spot * Math.pow(up, steps - i) * Math.pow(down, i);
            values[i] = Math.max(price - strike, 0);
        }
        for (int level = steps - 1; level >= 0; level--) {
            for (int i = 0; i <= level; i++) {
                values[i] = (p * values[i] + (1 - p) * values[i + 1]) / growth;
            }
        }
        return values[0];
    }

    /** The par swap rate from discount factors at the payment dates, with year fractions {@code accrual}. */
    @Differentiable
    public static double parSwapRate(double[] discounts, @NoDerivative double[] accrual) {
        double annuity = 0;
        for (int i = 0; i < discounts.length; i++) {
            annuity += accrual[i] * discounts[i];
        }
        return (1 - discounts[discounts.length - 1]) / annuity;
    }

    /** Continuously compounded forward rate between {@code t1} and {@code t2} from zero rates. */
    @Differentiable
    public static double forwardRate(double r1, double t1, double r2, double t2) {
        return (r2 * t2 - r1 * t1) / (t2 - t1);
    }

    /** Zero rates bootstrapped from par yields of annual bonds, one per maturity. */
    @Differentiable
    public static double[] bootstrapZeroRates(double[] parYields) {
        int n = parYields.length;
        double[] discounts = new double[n];
        double[] zeros = new double[n];
        double annuity = 0;
        for (int k = 0; k < n; k++) {
            double c = parYields[k];
            discounts[k] = (1 - c * annuity) / (1 + c);
            annuity += discounts[k];
            zeros[k] = -Math.log(discounts[k]) / (k + 1);
        }
        return zeros;
    }

    /** Expected value of {@code max(S_T - K, 0)} by the lognormal moment, undiscounted: a Black call with rate 0. */
    @Differentiable
    public static double expectedPayoff(double spot, double strike, double drift, double volatility, double time) {
        double forward = spot * Math.exp(drift * time);
        return black76(forward, strike, 1.0, volatility, time);
    }

    /** The accrued coupon over {@code days} days under a day-count convention: 0 = ACT/360, 1 = ACT/365, 2 = 30/360. */
    @Differentiable
    public static double accruedInterest(double couponRate, double days, int convention) {
        double yearFraction;
        switch (convention) {
            case 0 -> yearFraction = days / 360;
            case 1 -> yearFraction = days / 365;
            default -> yearFraction = Math.min(days, 360) / 360;
        }
        return 100 * couponRate * yearFraction;
    }
}
