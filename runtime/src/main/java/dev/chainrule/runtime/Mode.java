package dev.chainrule.runtime;

/**
 * How a driver assembles derivatives from a {@link DifferentiableFunction}'s products.
 */
public enum Mode {

    /**
     * Forward (tangent) mode: one Jacobian-vector product per input, each giving a column of the Jacobian. Cheap when
     * there are few inputs.
     */
    FORWARD,

    /**
     * Reverse (adjoint) mode: one vector-Jacobian product per output, each giving a row of the Jacobian. Cheap when
     * there are few outputs; a gradient takes a single sweep.
     */
    REVERSE,

    /**
     * Let {@link Jacobians#choose(int, int)} pick {@link #FORWARD} or {@link #REVERSE} from the function's dimensions.
     */
    AUTO
}
