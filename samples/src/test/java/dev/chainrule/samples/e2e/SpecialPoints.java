package dev.chainrule.samples.e2e;

import dev.chainrule.Differentiable;

/** Fixtures evaluated exactly at the non-smooth points of the policy in {@code Partials}. */
final class SpecialPoints {

    private SpecialPoints() {
    }

    @Differentiable
    static double maxSqrt(double x) {
        return Math.max(Math.sqrt(x), 1);
    }

    @Differentiable
    static double maxCbrt(double x) {
        return Math.max(Math.cbrt(x), 1);
    }

    @Differentiable
    static double sqrtOfSquare(double x) {
        return Math.sqrt(x * x);
    }

    @Differentiable
    static double powLiteral0(double x) {
        return Math.pow(x, 0);
    }

    @Differentiable
    static double powLiteralHalf(double x) {
        return Math.pow(x, 0.5);
    }

    @Differentiable
    static double powLiteral1(double x) {
        return Math.pow(x, 1);
    }

    @Differentiable
    static double powLiteral2(double x) {
        return Math.pow(x, 2);
    }

    @Differentiable
    static double powLiteral3(double x) {
        return Math.pow(x, 3);
    }

    @Differentiable
    static double minSame(double x) {
        return Math.min(x, x);
    }

    @Differentiable
    static double maxSame(double x) {
        return Math.max(x, x);
    }
}
