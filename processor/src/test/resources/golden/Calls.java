package golden;

import dev.chainrule.DerivativeOf;
import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;
import dev.chainrule.StopGradient;

public final class Calls {
    /** A "library" function with no source available to differentiate (pretend). */
    public static double erf(double x) {
        double t = 1 / (1 + 0.5 * Math.abs(x));
        double y = 1 - t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? y : -y;
    }

    @DerivativeOf("erf")
    public static double erfPrime(double x) {
        return 2 / Math.sqrt(Math.PI) * Math.exp(-x * x);
    }

    private static double square(double v) {
        return v * v;
    }

    static double norm2(double[] v) {
        double s = 0;
        for (double e : v) s += square(e);
        return s;
    }

    @Differentiable
    public static double energy(double[] x, double k) {
        return 0.5 * k * norm2(x);
    }

    @Differentiable
    public static double uses(double[] x, double k) {
        double e = energy(x, k);
        double f = Others.scale(x[0], 3) + erf(x[1]) * StopGradient.stop(x[0]);
        return e * f + Others.fact(4, x[2]);
    }

    /** Another class's @Differentiable methods, one of them recursive. */
    static final class Others {
        @Differentiable
        public static double scale(double a, @NoDerivative double s) {
            return a * s + Math.sin(a);
        }

        @Differentiable
        public static double fact(int n, double x) {
            if (n <= 1) return x;
            return x * fact(n - 1, x);
        }
    }
}
