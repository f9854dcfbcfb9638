package dev.chainrule.runtime.trace.compiler;


/**
 * The parameter slots of the compiled sweeps' static methods. Every sweep keeps the first four: {@code x},
 * {@code c} (the trace's constants and the call's data, {@code Workspace.leafValues}), {@code v} (the node values) and
 * {@code t} (the loops' table, an {@code int[]}); the others are the sweep's own.
 */
final class SweepSlots {
    static final int X = 0;
    static final int C = 1;
    static final int V = 2;
    static final int T = 3;

    /** The primal sweep's outputs. */
    static final int Y = 4;
    /** The primal sweep's guard verdict, an int local. */
    static final int VERDICT = 6;

    /** The adjoint sweep's output seeds, node adjoints and input adjoints. */
    static final int W = 4;
    static final int G = 5;
    static final int X_BAR = 6;
    /** The adjoint of the node the adjoint sweep is at, a double local. */
    static final int NODE_ADJOINT = 8;

    /** The tangent sweep's input tangents, node tangents and output tangents. */
    static final int X_DOT = 4;
    static final int D = 5;
    static final int Y_DOT = 6;

    private SweepSlots() {
    }
}
