package dev.chainrule.runtime.trace;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.support.Checks;
import dev.chainrule.runtime.trace.compiler.Sweep;
import dev.chainrule.runtime.trace.engine.CompiledEngine;
import dev.chainrule.runtime.trace.engine.Engine;
import dev.chainrule.runtime.trace.engine.Workspace;
import dev.chainrule.runtime.trace.tape.Trace;

/**
 * A function written over {@link Active} values, differentiated by tracing: a {@link DifferentiableFunction}, so
 * {@code Gradients} and {@code Jacobians} work on it. Made by {@link Tracing}.
 *
 * <p><b>Tapes.</b> The first call runs the function once on active values and records a tape; later calls replay the
 * tape at the new point without running the function again, as long as every comparison it made comes out the same.
 * When one does not, the function is traced again at the new point, and the new tape replaces the old one. With
 * {@link Execution#COMPILED}, a tape is compiled to bytecode when it serves its second call (or at once by
 * {@link #trace}), so that a function whose branches change on every call pays for tracing but not for compiling.
 * Each {@code TracedFunction} records its own tapes: wrapping a function again always traces it again. Compiled code
 * is shared between wrappers of the same function object whose traces are the same program, constants included.
 *
 * <p><b>What the function may read.</b> A tape records operations on {@link Active} values and nothing else. Every
 * other value the function reads (a captured variable or array, a field, a static, a {@code double} it computes
 * without the inputs) enters the tape as a <em>constant</em>, with the value it had when the function was traced:
 * the rule of JAX, where values closed over are constants of the trace. Such values must not change while this
 * function is in use. Values that do change between calls (data, parameters that are not differentiated) are passed
 * as <em>data</em> instead, with {@link Tracing#scalar(int, double[], TraceableScalarWithData)}: they are leaves of
 * the tape that every call reads from the data array again, so the tape stays right whatever they become, and
 * comparisons on them are guards like comparisons on the inputs.
 *
 * <p>The rule is checked where it is cheap: when a tape serves its second call, the function is run once more and
 * must record the same program; if a value it reads changed in between, the call throws
 * {@link IllegalStateException} instead of answering with the old value. A change after that check is not seen: the
 * tape goes on computing with the values it recorded. After changing such values on purpose, wrap the function again
 * or call {@link #trace} to record them.
 *
 * <p>Safe for concurrent use: tapes and compiled code are immutable, and each thread sweeps in its own workspace. The
 * data array is read during every call, so it must not change while a call is running; threads that need different
 * data each take a {@link #withData} view.
 */
public final class TracedFunction implements DifferentiableFunction {

    private enum Sweep { VALUE, JVP, VJP }

    private final Object function;
    private final ActiveBody body;
    private final int inputDimension;
    private final int outputDimension;
    private final double[] data;
    private final FunctionTapes tapes;
    private final ProgramCache.Shape shape;

    TracedFunction(Object function, ActiveBody body, int inputDimension, int outputDimension, double[] data,
            Execution execution) {
        this(function, body, inputDimension, outputDimension, data, new FunctionTapes(execution));
    }

    private TracedFunction(Object function, ActiveBody body, int inputDimension, int outputDimension, double[] data,
            FunctionTapes tapes) {
        this.function = function;
        this.body = body;
        this.inputDimension = inputDimension;
        this.outputDimension = outputDimension;
        this.data = data;
        this.tapes = tapes;
        this.shape = new ProgramCache.Shape(inputDimension, data.length, outputDimension);
    }

    @Override
    public int inputDimension() {
        return inputDimension;
    }

    @Override
    public int outputDimension() {
        return outputDimension;
    }

    /**
     * Returns how many data values the function takes: the length of the data array it reads at every call, 0 for a
     * function made without data.
     *
     * @return the number of data values
     */
    public int dataDimension() {
        return data.length;
    }

    /**
     * Returns a view of this function that reads its data from {@code data} instead: the same function and tapes
     * (nothing is traced again for it), other data. For a loop over data sets, or for threads that each need their
     * own data; the array is read, not copied, at every call of the view.
     *
     * @param data the data the view reads, of length {@link #dataDimension()}
     * @return the view
     * @throws IllegalArgumentException if {@code data} has the wrong length
     */
    public TracedFunction withData(double[] data) {
        Checks.length("data", data, this.data.length);
        return new TracedFunction(function, body, inputDimension, outputDimension, data, tapes);
    }

    @Override
    public void value(double[] x, double[] y) {
        Checks.length("x", x, inputDimension);
        Checks.length("y", y, outputDimension);
        Workspace workspace = Workspace.current();
        CompiledEngine fast = fastEngine();
        if (fast == null || !fast.value(x, data, y, workspace)) {
            run(Sweep.VALUE, x, null, y, null, fast != null, workspace);
        }
        workspace.endCall();
    }

    @Override
    public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
        Checks.length("x", x, inputDimension);
        Checks.length("v", v, inputDimension);
        Checks.length("y", y, outputDimension);
        Checks.length("yDot", yDot, outputDimension);
        Checks.finiteSeed("v", v);
        Checks.distinct("yDot", yDot, "y", y);
        Workspace workspace = Workspace.current();
        CompiledEngine fast = fastEngine();
        if (fast == null || !fast.jvp(x, data, v, y, yDot, workspace)) {
            run(Sweep.JVP, x, v, y, yDot, fast != null, workspace);
        }
        workspace.endCall();
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
        Workspace workspace = Workspace.current();
        CompiledEngine fast = fastEngine();
        if (fast == null || !fast.vjp(x, data, w, y, xBar, workspace)) {
            run(Sweep.VJP, x, w, y, xBar, fast != null, workspace);
        }
        workspace.endCall();
    }

    /**
     * Traces the function at {@code x} (with the current data) now, and compiles the tape if this function runs
     * compiled, replacing the tape calls used so far; later calls replay it. Calls trace by themselves when they need
     * to: this is for paying the cost up front, before a time-critical loop, and for recording anew the values the
     * function reads besides its inputs and data after they were changed on purpose.
     *
     * @param x the point, length {@code n}
     * @throws IllegalArgumentException if {@code x} has the wrong length
     */
    public void trace(double[] x) {
        Checks.length("x", x, inputDimension);
        record(x, tapes.execution() == Execution.COMPILED);
    }

    /**
     * Returns how often the function has been traced by this {@code TracedFunction} and its {@link #withData} views:
     * 1 after the first call, one more for every point where a comparison changed and for every {@link #trace}.
     *
     * @return the number of traces so far
     */
    public long traceCount() {
        return tapes.traces();
    }

    /**
     * Returns whether calls currently run compiled code: the execution is {@link Execution#COMPILED}, the function
     * has been traced, and its tape was small enough to compile.
     *
     * @return whether the current tape runs as bytecode
     */
    public boolean isCompiled() {
        FunctionTapes.Current current = tapes.current();
        return tapes.execution() == Execution.COMPILED && current != null
                && current.variant().compiledEngine() != null;
    }

    /**
     * Names the shape and the execution, for example {@code TracedFunction[R^10 -> R, COMPILED]} or
     * {@code TracedFunction[R^2 -> R^3, 4 data, INTERPRETED]}.
     *
     * @return a description of this function
     */
    @Override
    public String toString() {
        return "TracedFunction[R^" + inputDimension + " -> R" + (outputDimension == 1 ? "" : "^" + outputDimension)
                + (data.length == 0 ? "" : ", " + data.length + " data") + ", " + tapes.execution() + "]";
    }

    /** The variant calls currently use, or {@code null} before the first call. */
    Variant currentVariant() {
        FunctionTapes.Current current = tapes.current();
        return current == null ? null : current.variant();
    }

    /**
     * The compiled code of the current tape, once it is confirmed: the common case, in which a call has nothing to
     * decide but whether the tape's comparisons still hold, and which stays small enough for the JIT to inline into
     * the caller.
     */
    private CompiledEngine fastEngine() {
        FunctionTapes.Current current = tapes.current();
        return current == null ? null : current.fast();
    }

    /**
     * Every other case: the first call, an interpreted or unconfirmed tape, or a comparison that came out otherwise
     * ({@code fastFailed}: the compiled code of the current tape already found one).
     */
    private void run(Sweep sweep, double[] x, double[] seed, double[] y, double[] out, boolean fastFailed,
            Workspace workspace) {
        Execution execution = tapes.execution();
        if (!fastFailed) {
            FunctionTapes.Current current = tapes.current();
            boolean fresh = false;
            if (current == null) {
                // Threads making their first calls at once trace once: the others take that tape, which checks their
                // points' comparisons like any other.
                synchronized (tapes) {
                    current = tapes.current();
                    if (current == null) {
                        current = record(x, false);
                        fresh = true;
                    }
                }
            }
            if (sweep(current.variant().engine(execution), sweep, x, seed, y, out, workspace)) {
                if (!fresh && !current.confirmed()) {
                    confirm(current, x);
                }
                return;
            }
        }
        // A comparison came out otherwise than when the tape was recorded: record the branch taken here.
        FunctionTapes.Current retraced = record(x, false);
        if (!sweep(retraced.variant().engine(execution), sweep, x, seed, y, out, workspace)) {
            throw new IllegalStateException("the traced function compared values differently in two runs at the"
                    + " same point: it must compute the same way whenever its inputs and data are the same");
        }
    }

    /**
     * A tape has served its second call: checks that the function still records the same program, then lets calls
     * run it on the fast path, compiled first if this function runs compiled.
     */
    private void confirm(FunctionTapes.Current current, double[] x) {
        Variant variant = current.variant();
        if (!Tracer.records(body, x, data, outputDimension, variant.trace())) {
            throw new IllegalStateException("the traced function recorded another program at this call than at the"
                    + " call that traced it, though its comparisons came out the same: a value it reads besides its"
                    + " inputs changed in between (a captured variable or array, a field, a static), or it decides"
                    + " what to compute from Active.value(). Values read that way are constants of the tape: pass"
                    + " values that change between calls as data (Tracing.scalar(n, data, (x, d) -> ...)), or wrap"
                    + " the function again, or call trace(x), after changing them");
        }
        if (tapes.execution() == Execution.COMPILED && variant.wantsCompiling()) {
            variant = variant.compile();
            ProgramCache.put(function, shape, variant);
        }
        tapes.confirmed(current, variant);
    }

    /**
     * Traces at {@code x} and installs the new tape: code compiled for the same program before, if there is some,
     * else compiled at once or (until its second call) interpreted.
     */
    private FunctionTapes.Current record(double[] x, boolean compile) {
        Trace trace = Tracer.trace(body, x, data, outputDimension);
        Variant variant = tapes.execution() == Execution.COMPILED ? ProgramCache.find(function, shape, trace) : null;
        if (variant == null && compile) {
            variant = Variant.compiled(trace);
            if (variant.compiledEngine() != null) {
                ProgramCache.put(function, shape, variant);
            }
        } else if (variant == null) {
            variant = Variant.interpreted(trace);
        }
        return tapes.traced(variant);
    }

    private boolean sweep(Engine engine, Sweep sweep, double[] x, double[] seed, double[] y, double[] out,
            Workspace workspace) {
        switch (sweep) {
            case VALUE:
                return engine.value(x, data, y, workspace);
            case JVP:
                return engine.jvp(x, data, seed, y, out, workspace);
            default:
                return engine.vjp(x, data, seed, y, out, workspace);
        }
    }
}
