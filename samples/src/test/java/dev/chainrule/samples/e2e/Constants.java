package dev.chainrule.samples.e2e;

import dev.chainrule.Differentiable;

/** {@code Math.PI}, {@code Math.E}, and int-literal arithmetic folded with Java's integer semantics. */
final class Constants {

    private Constants() {
    }

    @Differentiable
    static double piAndE(double x, double y) {
        return Math.PI * x + Math.E * y + Math.sin(Math.PI * x / 4) + Math.pow(Math.E, y) - StrictMath.PI;
    }

    @Differentiable
    static double halfIsZero(double x) {
        return (1 / 2) * x + x;
    }

    @Differentiable
    static double threeHalvesIsOne(double x) {
        return (3 / 2) * x * x;
    }

    @Differentiable
    static double leftToRight(double x) {
        // 1 / 2 * x is (1 / 2) * x = 0, but x * 1 / 2 is (x * 1) / 2 = x / 2.
        return 1 / 2 * x + x * 1 / 2;
    }

    @Differentiable
    static double integerSemantics(double x, double y) {
        // Truncation toward zero, int overflow, then widening.
        return (-7 / 2) * x + (2147483647 + 1) * 1e-9 * x + 2 * 3 * y - 10 / 4 * y + (1 + 2) / 2 * x;
    }

    @Differentiable
    static double doubleDivision(double x) {
        return 1 / 2.0 * x + 1.0 / 4 * x * x;
    }
}
