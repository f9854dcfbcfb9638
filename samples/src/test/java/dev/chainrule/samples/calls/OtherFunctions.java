package dev.chainrule.samples.calls;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/** A @Differentiable method of another class, called from CallFunctions. */
public final class OtherFunctions {
    private OtherFunctions() {
    }

    @Differentiable
    public static double scaled(double a, double k, @NoDerivative double c) {
        return Math.exp(a * k) / c;
    }
}
