package dev.chainrule.rules;

import java.util.function.DoubleUnaryOperator;

/** Central differences with one Richardson step: error O(h⁴). */
final class Differences {
    private Differences() {
    }

    static double richardson(DoubleUnaryOperator f, double x) {
        double h = 1e-3 * Math.max(1, Math.abs(x));
        double coarse = central(f, x, h);
        double fine = central(f, x, h / 2);
        return (4 * fine - coarse) / 3;
    }

    private static double central(DoubleUnaryOperator f, double x, double h) {
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
    }
}
