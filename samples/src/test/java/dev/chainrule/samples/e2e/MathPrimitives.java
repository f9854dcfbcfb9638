package dev.chainrule.samples.e2e;

import dev.chainrule.Differentiable;

/** One fixture per {@code java.lang.Math} primitive the processor supports (24), plus literal-argument variants. */
final class MathPrimitives {

    private MathPrimitives() {
    }

    @Differentiable
    static double sin(double x) {
        return Math.sin(x);
    }

    @Differentiable
    static double cos(double x) {
        return Math.cos(x);
    }

    @Differentiable
    static double tan(double x) {
        return Math.tan(x);
    }

    @Differentiable
    static double asin(double x) {
        return Math.asin(x);
    }

    @Differentiable
    static double acos(double x) {
        return Math.acos(x);
    }

    @Differentiable
    static double atan(double x) {
        return Math.atan(x);
    }

    @Differentiable
    static double atan2(double y, double x) {
        return Math.atan2(y, x);
    }

    @Differentiable
    static double sinh(double x) {
        return Math.sinh(x);
    }

    @Differentiable
    static double cosh(double x) {
        return Math.cosh(x);
    }

    @Differentiable
    static double tanh(double x) {
        return Math.tanh(x);
    }

    @Differentiable
    static double exp(double x) {
        return Math.exp(x);
    }

    @Differentiable
    static double expm1(double x) {
        return Math.expm1(x);
    }

    @Differentiable
    static double log(double x) {
        return Math.log(x);
    }

    @Differentiable
    static double log10(double x) {
        return Math.log10(x);
    }

    @Differentiable
    static double log1p(double x) {
        return Math.log1p(x);
    }

    @Differentiable
    static double sqrt(double x) {
        return Math.sqrt(x);
    }

    @Differentiable
    static double cbrt(double x) {
        return Math.cbrt(x);
    }

    @Differentiable
    static double pow(double x, double y) {
        return Math.pow(x, y);
    }

    @Differentiable
    static double hypot(double x, double y) {
        return Math.hypot(x, y);
    }

    @Differentiable
    static double abs(double x) {
        return Math.abs(x);
    }

    @Differentiable
    static double min(double x, double y) {
        return Math.min(x, y);
    }

    @Differentiable
    static double max(double x, double y) {
        return Math.max(x, y);
    }

    @Differentiable
    static double fma(double x, double y, double z) {
        return Math.fma(x, y, z);
    }

    @Differentiable
    static double copySign(double x, double y) {
        return Math.copySign(x, y);
    }

    // ---- literal arguments: int literals widened, constant operands ---------------------------------------------

    @Differentiable
    static double powInt3(double x) {
        return Math.pow(x, 3);
    }

    @Differentiable
    static double powHalf(double x) {
        return Math.pow(x, 0.5);
    }

    @Differentiable
    static double powNegative(double x) {
        return Math.pow(x, -1.5);
    }

    @Differentiable
    static double powConstantBase(double x) {
        return Math.pow(2, x);
    }

    @Differentiable
    static double atan2ConstantX(double y) {
        return Math.atan2(y, -2);
    }

    @Differentiable
    static double hypotConstant(double x) {
        return Math.hypot(3, x);
    }

    @Differentiable
    static double minConstant(double x) {
        return Math.min(x, 1.5);
    }

    @Differentiable
    static double maxConstant(double x) {
        return Math.max(-0.5, x);
    }
}
