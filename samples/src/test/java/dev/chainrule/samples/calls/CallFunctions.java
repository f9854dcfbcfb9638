package dev.chainrule.samples.calls;

import dev.chainrule.DerivativeOf;
import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;
import dev.chainrule.StopGradient;
import org.apache.commons.math3.special.Erf;

/** Fixtures that call other methods: helpers, other @Differentiable methods, rules, recursion. */
public final class CallFunctions {
    private CallFunctions() {
    }

    /** A library function chainrule cannot see into: Commons Math's erf, given a rule. */
    public static double erf(double x) {
        return Erf.erf(x);
    }

    /** d/dx erf(x) = 2/sqrt(pi) exp(-x^2). */
    @DerivativeOf("erf")
    public static double erfPrime(double x) {
        return 2 / Math.sqrt(Math.PI) * Math.exp(-x * x);
    }

    /** A two-argument library-style function with a rule per argument. */
    public static double weighted(double a, double b) {
        return a * a * b;
    }

    @DerivativeOf(value = "weighted", wrt = "a")
    public static double weightedA(double a, double b) {
        return 2 * a * b;
    }

    @DerivativeOf(value = "weighted", wrt = "b")
    public static double weightedB(double a, double b) {
        return a * a;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double softplus(double z) {
        return z > 30 ? z : Math.log1p(Math.exp(z));
    }

    static double[] affine(double[][] w, double[] x) {
        double[] y = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            y[i] = dot(w[i], x);
        }
        return y;
    }

    @Differentiable
    public static double layer(double[][] w, double[] x) {
        double[] h = affine(w, x);
        double s = 0;
        for (int i = 0; i < h.length; i++) {
            s += softplus(h[i]);
        }
        return s;
    }

    @Differentiable
    public static double withRules(double x, double y) {
        return erf(x * y) + weighted(x, Math.sin(y)) * erf(y);
    }

    @Differentiable
    public static double power(int n, double x) {
        if (n == 0) {
            return 1;
        }
        return x * power(n - 1, x);
    }

    @Differentiable
    public static double callsInLoop(double[] x, double k) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += power(3, x[i]) * OtherFunctions.scaled(x[i], k, 2);
        }
        return s + StopGradient.stop(k) * 0;
    }

    @Differentiable
    public static double[] squares(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] * x[i];
        }
        return y;
    }

    @Differentiable
    public static double sumOfSquares(double[] x) {
        double[] y = squares(x);
        double s = 0;
        for (double v : y) {
            s += v;
        }
        return s;
    }
}
