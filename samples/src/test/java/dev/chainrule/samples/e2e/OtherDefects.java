package dev.chainrule.samples.e2e;

import dev.chainrule.Differentiable;

/** A differentiable method of another class, called in a loop by {@link SilentDefects}. */
public final class OtherDefects {
    private OtherDefects() {
    }

    @Differentiable
    public static double[] scaled(double[] y, double c) {
        double[] r = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            r[i] = c * y[i] + Math.sin(y[i]);
        }
        return r;
    }
}
