package dev.chainrule.runtime.trace.compiler;


/**
 * What {@link TapeCompiler} generates for one trace: the sweeps as {@code double} code, straight-line but for the
 * loops found in the tape. Node values go to {@code v}, adjoints to {@code g} and tangents to {@code d} (workspace
 * arrays at least as long as the tape, {@code d} one longer); {@code c} holds the trace's constants and the call's data
 * ({@code Workspace.leafValues}) and {@code t} the loops' {@link LoopTable}. Implementations are stateless.
 */
public interface CompiledSweeps {

    /**
     * Recomputes every node at {@code x} and writes the outputs.
     *
     * @return 0 when every guard held, non-zero otherwise
     */
    int primal(double[] x, double[] c, double[] v, int[] t, double[] y);

    /** After {@link #primal}: writes {@code xBar = Jᵀ·w}. */
    void adjoint(double[] x, double[] c, double[] v, int[] t, double[] w, double[] g, double[] xBar);

    /** After {@link #primal}: writes {@code yDot = J·xDot}. */
    void tangent(double[] x, double[] c, double[] v, int[] t, double[] xDot, double[] d, double[] yDot);
}
