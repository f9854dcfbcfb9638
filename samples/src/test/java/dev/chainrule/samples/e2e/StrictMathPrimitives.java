package dev.chainrule.samples.e2e;

import dev.chainrule.Differentiable;

/** The same fixtures as {@link MathPrimitives}, written with {@code java.lang.StrictMath}. */
final class StrictMathPrimitives {

    private StrictMathPrimitives() {
    }

    @Differentiable
    static double sin(double x) {
        return StrictMath.sin(x);
    }

    @Differentiable
    static double cos(double x) {
        return StrictMath.cos(x);
    }

    @Differentiable
    static double tan(double x) {
        return StrictMath.tan(x);
    }

    @Differentiable
    static double asin(double x) {
        return StrictMath.asin(x);
    }

    @Differentiable
    static double acos(double x) {
        return StrictMath.acos(x);
    }

    @Differentiable
    static double atan(double x) {
        return StrictMath.atan(x);
    }

    @Differentiable
    static double atan2(double y, double x) {
        return StrictMath.atan2(y, x);
    }

    @Differentiable
    static double sinh(double x) {
        return StrictMath.sinh(x);
    }

    @Differentiable
    static double cosh(double x) {
        return StrictMath.cosh(x);
    }

    @Differentiable
    static double tanh(double x) {
        return StrictMath.tanh(x);
    }

    @Differentiable
    static double exp(double x) {
        return StrictMath.exp(x);
    }

    @Differentiable
    static double expm1(double x) {
        return StrictMath.expm1(x);
    }

    @Differentiable
    static double log(double x) {
        return StrictMath.log(x);
    }

    @Differentiable
    static double log10(double x) {
        return StrictMath.log10(x);
    }

    @Differentiable
    static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    @Differentiable
    static double sqrt(double x) {
        return StrictMath.sqrt(x);
    }

    @Differentiable
    static double cbrt(double x) {
        return StrictMath.cbrt(x);
    }

    @Differentiable
    static double pow(double x, double y) {
        return StrictMath.pow(x, y);
    }

    @Differentiable
    static double hypot(double x, double y) {
        return StrictMath.hypot(x, y);
    }

    @Differentiable
    static double abs(double x) {
        return StrictMath.abs(x);
    }

    @Differentiable
    static double min(double x, double y) {
        return StrictMath.min(x, y);
    }

    @Differentiable
    static double max(double x, double y) {
        return StrictMath.max(x, y);
    }

    @Differentiable
    static double fma(double x, double y, double z) {
        return StrictMath.fma(x, y, z);
    }

    @Differentiable
    static double copySign(double x, double y) {
        return StrictMath.copySign(x, y);
    }

    // ---- literal arguments: int literals widened, constant operands ---------------------------------------------

    @Differentiable
    static double powInt3(double x) {
        return StrictMath.pow(x, 3);
    }

    @Differentiable
    static double powHalf(double x) {
        return StrictMath.pow(x, 0.5);
    }

    @Differentiable
    static double powNegative(double x) {
        return StrictMath.pow(x, -1.5);
    }

    @Differentiable
    static double powConstantBase(double x) {
        return StrictMath.pow(2, x);
    }

    @Differentiable
    static double atan2ConstantX(double y) {
        return StrictMath.atan2(y, -2);
    }

    @Differentiable
    static double hypotConstant(double x) {
        return StrictMath.hypot(3, x);
    }

    @Differentiable
    static double minConstant(double x) {
        return StrictMath.min(x, 1.5);
    }

    @Differentiable
    static double maxConstant(double x) {
        return StrictMath.max(-0.5, x);
    }
}
