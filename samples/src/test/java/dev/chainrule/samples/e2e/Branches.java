package dev.chainrule.samples.e2e;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/** Branches on active comparisons: the branch taken decides the derivative. */
final class Branches {

    private Branches() {
    }

    @Differentiable
    static double relu(double x) {
        if (x > 0) {
            return x;
        }
        return 0;
    }

    /** A leaky ReLU layer summed, on a ternary inside a loop. */
    @Differentiable
    static double leakyReluSum(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double h = x[i] * (i + 1) - 1;
            s += h > 0 ? h * h : 0.01 * h;
        }
        return s;
    }

    /** An abs written with if/else assigning one local. */
    @Differentiable
    static double absLike(double x, double y) {
        double d = x - y;
        double a;
        if (d < 0) {
            a = -d;
        } else {
            a = d;
        }
        return a * Math.sin(x) + y;
    }

    /** clamp(x, lo, hi): every argument is active; each branch passes a different one through. */
    @Differentiable
    static double clamp(double x, double lo, double hi) {
        if (x < lo) {
            return lo * lo;
        } else if (x > hi) {
            return hi * hi;
        } else {
            return x * x;
        }
    }

    /** An if/else-if chain of polynomial pieces. */
    @Differentiable
    static double piecewise(double x) {
        double y;
        if (x < -2) {
            y = -x * x;
        } else if (x < 0) {
            y = 3 * x + 2;
        } else if (x < 2) {
            y = Math.exp(x);
        } else {
            y = x * x * x;
        }
        return y * x;
    }

    @Differentiable
    static double nestedTernary(double x, double y) {
        return x > y ? (x > 0 ? x * y : x - y) : Math.exp(y - x);
    }

    /** Boolean logic on active comparisons: &&, ||, !. */
    @Differentiable
    static double booleanLogic(double x, double y) {
        boolean inside = x > 0 && y > 0 || x < -1 && !(y < 2);
        if (inside) {
            return x * y;
        }
        return x + y * y;
    }

    /** The branch compares neighbouring elements. */
    @Differentiable
    static double branchInLoop(double[] x) {
        double s = 0;
        for (int i = 1; i < x.length; i++) {
            if (x[i] > x[i - 1]) {
                s += x[i] * x[i - 1];
            } else {
                s -= Math.sin(x[i] - x[i - 1]);
            }
        }
        return s;
    }

    /** A running maximum (ties away from the samples): the derivative flows to the largest element only. */
    @Differentiable
    static double runningMax(double[] x) {
        double m = x[0];
        for (int i = 1; i < x.length; i++) {
            if (x[i] > m) {
                m = x[i];
            }
        }
        return m * m;
    }

    @Differentiable
    static double booleanParameter(double x, boolean square) {
        return square ? x * x : Math.sin(x);
    }

    /** Integer-valued functions contribute no derivative (warned about at compile time). */
    @Differentiable
    static double roundings(double x) {
        double f = Math.floor(x);
        double c = Math.ceil(x * 0.5);
        double r = Math.rint(x * 3);
        long n = Math.round(x * 2);
        int i = (int) x;
        return x * f + c * x * x + r + n * x + i * Math.sin(x) + Math.signum(x) * x;
    }

    /** {@code %} on doubles: d(a % b) = da - trunc(a / b) db. */
    @Differentiable
    static double remainder(double a, double b) {
        return (a % b) * a + b;
    }

    /** {@code %} in a loop with a constant divisor. */
    @Differentiable
    static double remainderLoop(double[] x, @NoDerivative double period) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double phase = (x[i] * 3) % period;
            s += phase * phase;
        }
        return s;
    }
}
