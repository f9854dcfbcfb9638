package dev.chainrule.samples.trace;

import dev.chainrule.Differentiable;

/** Java's {@code %} on doubles as a function of its own: the one operator no other sample has alone. */
final class Remainder {

    private Remainder() {
    }

    @Differentiable
    static double rem(double a, double b) {
        return a % b;
    }
}
