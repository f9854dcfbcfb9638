package dev.chainrule.samples.trace;

import dev.chainrule.Differentiable;

/**
 * A scalar recurrence as the processor sees it: a long simulation whose reverse mode saves one state per step on the
 * thread's tape, to see that tape go back to its small size after the call.
 */
public final class AnnotatedRecurrence {

    private AnnotatedRecurrence() {
    }

    /**
     * {@code s ← 0.999 s + a · sin(s)}, {@code steps} times from {@code s = x}.
     *
     * @param x     the start
     * @param a     the coupling
     * @param steps how many steps
     * @return the last state
     */
    @Differentiable
    public static double recurrence(double x, double a, int steps) {
        double s = x;
        for (int i = 0; i < steps; i++) {
            s = 0.999 * s + a * Math.sin(s);
        }
        return s;
    }
}
