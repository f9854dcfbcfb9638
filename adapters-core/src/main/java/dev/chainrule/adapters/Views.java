package dev.chainrule.adapters;

import dev.chainrule.runtime.DifferentiableFunction;
import java.util.Objects;

/** The checks every adapter makes of the view it wraps, with the same words in every library. */
public final class Views {

    private Views() {
    }

    /**
     * Checks that a view is present and has one output.
     *
     * @param f    the view
     * @param role what the adapter calls it ("objective"), used in the messages
     * @return {@code f}
     * @throws NullPointerException     if {@code f} is null ("objective is null")
     * @throws IllegalArgumentException if it has another number of outputs ("objective must be a scalar function (1
     *                                  output), but ... has 2 outputs")
     */
    public static DifferentiableFunction scalar(DifferentiableFunction f, String role) {
        Objects.requireNonNull(f, role + " is null");
        if (f.outputDimension() != 1) {
            throw new IllegalArgumentException(role + " must be a scalar function (1 output), but " + f + " has "
                    + f.outputDimension() + " outputs");
        }
        return f;
    }
}
