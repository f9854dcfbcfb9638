package dev.chainrule;

/**
 * Stops derivatives: inside a {@link Differentiable} method, {@code StopGradient.stop(e)} has the value of {@code e}
 * and a derivative of zero, as if {@code e} were a constant (JAX's {@code stop_gradient}). Outside generated code it
 * simply returns its argument.
 */
public final class StopGradient {
    private StopGradient() {
    }

    /**
     * Returns {@code value}; chainrule treats the result as a constant.
     *
     * @param value any value
     * @return {@code value}
     */
    public static double stop(double value) {
        return value;
    }
}
