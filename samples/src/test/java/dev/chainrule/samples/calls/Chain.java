package dev.chainrule.samples.calls;

import dev.chainrule.Differentiable;

/** An instance method reading its object's fields as constants: a chain of springs. */
public final class Chain {
    final double stiffness;
    final int links;
    static final double GRAVITY = 9.81;

    Chain(double stiffness, int links) {
        this.stiffness = stiffness;
        this.links = links;
    }

    @Differentiable
    public double energy(double[] x, double mass) {
        double e = 0;
        for (int i = 1; i < x.length; i++) {
            double stretch = x[i] - x[i - 1];
            e += 0.5 * stiffness * stretch * stretch * links;
        }
        return e + mass * GRAVITY * this.stiffness * x[0];
    }
}
