package dev.chainrule.runtime;

/**
 * How a driver assembles derivatives from a {@link DifferentiableFunction}'s products.
 */
public enum Mode {

    /**
     * Forward (tangent) mode: one Jacobian-vector product per input, each giving a column of the Jacobian, computed
     * several directions per sweep through
     * {@link DifferentiableFunction#jvps(double[], double[][], double[], double[][])}. Cheap when there are few
     * inputs.
     */
    FORWARD,

    /**
     * Reverse (adjoint) mode: one vector-Jacobian product per output, each giving a row of the Jacobian. Cheap when
     * there are few outputs; a gradient takes a single sweep.
     */
    REVERSE,

    /**
     * Let the driver pick {@link #FORWARD} or {@link #REVERSE}, whichever it estimates to be cheaper from the
     * function's dimensions, the cost of each of its sweeps, and the times it measured;
     * {@link Jacobians#explain(DifferentiableFunction)} says which and why.
     */
    AUTO
}
