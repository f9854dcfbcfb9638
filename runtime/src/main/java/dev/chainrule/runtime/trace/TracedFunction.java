package dev.chainrule.runtime.trace;

import dev.chainrule.runtime.Checks;
import dev.chainrule.runtime.DifferentiableFunction;

/**
 * A function written over {@link Active} values, differentiated by tracing: a {@link DifferentiableFunction}, so
 * {@code Gradients} and {@code Jacobians} work on it. Made by {@link Tracing}.
 *
 * <p>The first call runs the function once on active values and records a tape; later calls replay the tape at the
 * new point without running the function again, as long as every comparison it made comes out the same. When one
 * does not, the function is traced again at the new point, and the new tape replaces the old one. With
 * {@link Execution#COMPILED}, a tape is compiled to bytecode when it serves its second call (or at once by
 * {@link #trace}), so that a function whose branches change on every call pays for tracing but not for compiling.
 * Tapes are shared by every {@code TracedFunction} made from the same function object and shape.
 *
 * <p>Safe for concurrent use: tapes and compiled code are immutable, and each thread sweeps in its own workspace.
 */
public final class TracedFunction implements DifferentiableFunction {

    private enum Sweep { VALUE, JVP, VJP }

    private final ActiveBody body;
    private final int inputDimension;
    private final int outputDimension;
    private final Execution execution;
    private final ProgramCache.Slot slot;

    TracedFunction(Object function, ActiveBody body, int inputDimension, int outputDimension, Execution execution) {
        this.body = body;
        this.inputDimension = inputDimension;
        this.outputDimension = outputDimension;
        this.execution = execution;
        this.slot = ProgramCache.slot(function, inputDimension, outputDimension);
    }

    @Override
    public int inputDimension() {
        return inputDimension;
    }

    @Override
    public int outputDimension() {
        return outputDimension;
    }

    @Override
    public void value(double[] x, double[] y) {
        Checks.length("x", x, inputDimension);
        Checks.length("y", y, outputDimension);
        CompiledEngine compiled = compiledEngine();
        if (compiled == null || !compiled.value(x, y, Workspace.current())) {
            run(Sweep.VALUE, x, null, y, null, compiled != null);
        }
    }

    @Override
    public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
        Checks.length("x", x, inputDimension);
        Checks.length("v", v, inputDimension);
        Checks.length("y", y, outputDimension);
        Checks.length("yDot", yDot, outputDimension);
        Checks.finiteSeed("v", v);
        Checks.distinct("yDot", yDot, "y", y);
        CompiledEngine compiled = compiledEngine();
        if (compiled == null || !compiled.jvp(x, v, y, yDot, Workspace.current())) {
            run(Sweep.JVP, x, v, y, yDot, compiled != null);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if {@code xBar} is {@code w} or {@code y}, which the sweep would
     *                                  overwrite while reading them
     */
    @Override
    public void vjp(double[] x, double[] w, double[] y, double[] xBar) {
        Checks.length("x", x, inputDimension);
        Checks.length("w", w, outputDimension);
        Checks.length("y", y, outputDimension);
        Checks.length("xBar", xBar, inputDimension);
        Checks.finiteSeed("w", w);
        Checks.distinct("xBar", xBar, "x", x);
        Checks.distinct("xBar", xBar, "w", w);
        Checks.distinct("y", y, "xBar", xBar);
        CompiledEngine compiled = compiledEngine();
        if (compiled == null || !compiled.vjp(x, w, y, xBar, Workspace.current())) {
            run(Sweep.VJP, x, w, y, xBar, compiled != null);
        }
    }

    /**
     * Traces the function at {@code x} now, and compiles the tape if this function runs compiled, replacing the tape
     * calls used so far; later calls replay it. Calls trace by themselves when they need to: this is for paying the
     * cost up front, before a time-critical loop.
     *
     * @param x the point, length {@code n}
     * @throws IllegalArgumentException if {@code x} has the wrong length
     */
    public void trace(double[] x) {
        Checks.length("x", x, inputDimension);
        record(x, execution == Execution.COMPILED);
    }

    /**
     * Returns how often the function has been traced at this shape, by this or any other {@code TracedFunction} of
     * the same function object: 1 after the first call, one more for every point where a comparison changed.
     *
     * @return the number of traces so far
     */
    public long traceCount() {
        return slot.traces();
    }

    /**
     * Returns whether calls currently run compiled code: the execution is {@link Execution#COMPILED}, the function
     * has been traced, and its tape was small enough to compile.
     *
     * @return whether the current tape runs as bytecode
     */
    public boolean isCompiled() {
        Variant variant = slot.current();
        return execution == Execution.COMPILED && variant != null && variant.compiledEngine() != null;
    }

    /**
     * Names the shape and the execution, for example {@code TracedFunction[R^10 -> R, COMPILED]}.
     *
     * @return a description of this function
     */
    @Override
    public String toString() {
        return "TracedFunction[R^" + inputDimension + " -> R" + (outputDimension == 1 ? "" : "^" + outputDimension)
                + ", " + execution + "]";
    }

    /** The variant calls currently use, or {@code null} before the first call. */
    Variant currentVariant() {
        return slot.current();
    }

    /**
     * The compiled code of the current tape, when calls run compiled and it exists: the common case, in which a call
     * has nothing to decide but whether the tape's comparisons still hold, and which stays small enough for the JIT to
     * inline into the caller.
     */
    private CompiledEngine compiledEngine() {
        Variant variant = slot.current();
        return execution == Execution.COMPILED && variant != null ? variant.compiledEngine() : null;
    }

    /** Every other case: the first call, an interpreted tape, one to compile, or a comparison that came out otherwise. */
    private void run(Sweep sweep, double[] x, double[] seed, double[] y, double[] out, boolean compiledFailed) {
        Workspace workspace = Workspace.current();
        if (!compiledFailed) {
            Variant variant = slot.current();
            if (variant == null) {
                variant = record(x, false);
            } else if (execution == Execution.COMPILED && variant.wantsCompiling()) {
                Variant compiled = variant.compile();
                slot.compiled(variant, compiled);
                variant = compiled;
            }
            if (sweep(variant.engine(execution), sweep, x, seed, y, out, workspace)) {
                variant.replayed();
                return;
            }
        }
        // A comparison came out otherwise than when the tape was recorded: record the branch taken here.
        Variant retraced = record(x, false);
        if (!sweep(retraced.engine(execution), sweep, x, seed, y, out, workspace)) {
            throw new IllegalStateException("the traced function compared values differently in two runs at the"
                    + " same point: it must compute the same way whenever its inputs are the same");
        }
        retraced.replayed();
    }

    /** Traces at {@code x} and installs the new tape, compiled at once or (until it serves a call) interpreted. */
    private Variant record(double[] x, boolean compile) {
        Trace trace = Tracer.trace(body, x, outputDimension);
        Variant variant = compile ? Variant.compiled(trace) : Variant.interpreted(trace);
        slot.traced(variant);
        return variant;
    }

    private static boolean sweep(Engine engine, Sweep sweep, double[] x, double[] seed, double[] y, double[] out,
            Workspace workspace) {
        switch (sweep) {
            case VALUE:
                return engine.value(x, y, workspace);
            case JVP:
                return engine.jvp(x, seed, y, out, workspace);
            default:
                return engine.vjp(x, seed, y, out, workspace);
        }
    }
}
