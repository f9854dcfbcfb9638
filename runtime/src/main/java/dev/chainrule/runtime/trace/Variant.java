package dev.chainrule.runtime.trace;

/**
 * One trace of a function with the engines that run it: always the interpreter, and the compiled sweeps once they
 * exist. Shared by threads: its only mutable state is a flag that turns true once.
 */
final class Variant {

    private final Trace trace;
    private final Interpreter interpreter;
    private final CompiledEngine compiled;
    // Set once a sweep over this variant has succeeded: a tape that serves a second call is worth compiling.
    private volatile boolean replayed;

    private Variant(Trace trace, CompiledEngine compiled) {
        this.trace = trace;
        this.interpreter = new Interpreter(trace);
        this.compiled = compiled;
    }

    /** A variant that interprets {@code trace}. */
    static Variant interpreted(Trace trace) {
        return new Variant(trace, null);
    }

    /** A variant that runs {@code trace} compiled, or interpreted when it is too large to compile. */
    static Variant compiled(Trace trace) {
        if (!TapeCompiler.compilable(trace)) {
            return interpreted(trace);
        }
        LoopTable table = new LoopTable(trace);
        return new Variant(trace, new CompiledEngine(trace, table, TapeCompiler.compile(trace, table)));
    }

    /**
     * Whether a compiled-mode caller should compile this variant: it is interpreted, could be compiled, and has
     * already served a call. A function whose branches change on every call is thus never compiled, only traced.
     */
    boolean wantsCompiling() {
        return replayed && compiled == null && TapeCompiler.compilable(trace);
    }

    /** Records that a sweep over this variant succeeded. */
    void replayed() {
        if (!replayed) {
            replayed = true;
        }
    }

    /** This variant's trace, compiled. */
    Variant compile() {
        return compiled(trace);
    }

    Trace trace() {
        return trace;
    }

    /** The engine for {@code execution}: compiled code when asked for and available, the interpreter otherwise. */
    Engine engine(Execution execution) {
        return execution == Execution.COMPILED && compiled != null ? compiled : interpreter;
    }

    /** The compiled engine, or {@code null} if this variant only interprets. */
    CompiledEngine compiledEngine() {
        return compiled;
    }
}
