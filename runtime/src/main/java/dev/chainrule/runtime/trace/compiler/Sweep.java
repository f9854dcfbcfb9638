package dev.chainrule.runtime.trace.compiler;

/**
 * The three sweeps {@link TapeCompiler} writes, and what each one's methods look like: their name in
 * {@link CompiledSweeps}, their parameters (the shared {@code x}, {@code c}, {@code v}, {@code t}, then the sweep's
 * own), their fixed locals, the order they visit the nodes in, and which values a loop's block keeps in locals.
 */
public enum Sweep {
    /** {@link CompiledSweeps#primal}: {@code y} in slot 4, the guards' verdict in slot 6. */
    PRIMAL("primal", 5, 7, false, true, SweepSlots.V),
    /**
     * {@link CompiledSweeps#adjoint}: {@code w}, {@code g}, {@code xBar} in slots 4 to 6, the adjoint of the node being
     * swept in slot 8.
     */
    ADJOINT("adjoint", 7, 10, true, false, -1),
    /** {@link CompiledSweeps#tangent}: {@code xDot}, {@code d}, {@code yDot} in slots 4 to 6. */
    TANGENT("tangent", 7, 8, false, false, SweepSlots.D);

    private final String methodName;
    private final int parameters;
    private final int fixedLocals;
    private final boolean reverse;
    private final boolean cachesValues;
    private final int blockArray;

    Sweep(String methodName, int parameters, int fixedLocals, boolean reverse, boolean cachesValues,
            int blockArray) {
        this.methodName = methodName;
        this.parameters = parameters;
        this.fixedLocals = fixedLocals;
        this.reverse = reverse;
        this.cachesValues = cachesValues;
        this.blockArray = blockArray;
    }

    /** The name of the {@link CompiledSweeps} method. */
    String methodName() {
        return methodName;
    }

    /** The number of parameters of that method, the four shared ones included. */
    int parameters() {
        return parameters;
    }

    /**
     * The local variable slots a method uses besides a loop's, parameters included: slot {@code parameters()} is a
     * loop method's int parameter.
     */
    int fixedLocals() {
        return fixedLocals;
    }

    /** Whether the method returns the guards' verdict ({@code int}) rather than nothing. */
    boolean returnsVerdict() {
        return this == PRIMAL;
    }

    /** Whether the sweep visits the nodes from the last to the first. */
    boolean reverse() {
        return reverse;
    }

    /** Whether the primal values of a loop's block are also kept in local variables, for the block to read. */
    boolean cachesValues() {
        return cachesValues;
    }

    /**
     * The array whose entries for a loop's block the block locals keep ({@code v} for values, {@code d} for
     * tangents), loaded for the block before the run ahead of the loop; -1 when they keep none.
     */
    int blockArray() {
        return blockArray;
    }
}
