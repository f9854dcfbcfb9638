package dev.chainrule.samples.e2e;

import static java.lang.Math.*;
import static java.lang.StrictMath.expm1;

import dev.chainrule.Differentiable;

/** Math functions and constants reached through static imports (on demand and single), and fully qualified. */
final class StaticImports {

    private StaticImports() {
    }

    @Differentiable
    static double onDemand(double x, double y) {
        return sin(x) * exp(y) + pow(x, 2) + PI * sqrt(y) + E * hypot(x, y) - atan2(y, x) + max(x, y) * abs(x);
    }

    @Differentiable
    static double singleStaticImport(double x) {
        return expm1(x) + log1p(x * x);
    }

    @Differentiable
    static double fullyQualified(double x) {
        return java.lang.Math.atan(x) + java.lang.StrictMath.tanh(x) * java.lang.Math.PI;
    }
}
