package dev.chainrule.runtime.trace.engine;

/**
 * Runs the sweeps of one trace at any point: by interpreting the tape ({@link Interpreter}) or by calling code
 * compiled from it ({@link CompiledEngine}). Each method first replays the primal at {@code x} with the values in
 * {@code data} (as long as the trace has data leaves) and checks the trace's guards; it returns {@code false}, with its
 * outputs undefined, when a comparison comes out otherwise than when the trace was recorded, and the caller must trace
 * again. Arrays are already checked; every output is overwritten.
 */
public interface Engine {

    boolean value(double[] x, double[] data, double[] y, Workspace workspace);

    boolean jvp(double[] x, double[] data, double[] v, double[] y, double[] yDot, Workspace workspace);

    boolean vjp(double[] x, double[] data, double[] w, double[] y, double[] xBar, Workspace workspace);
}
