package dev.chainrule.runtime.trace;

import dev.chainrule.runtime.trace.compiler.LoopTable;
import dev.chainrule.runtime.trace.compiler.TapeCompiler;
import dev.chainrule.runtime.trace.engine.CompiledEngine;
import dev.chainrule.runtime.trace.engine.Engine;
import dev.chainrule.runtime.trace.engine.Interpreter;
import dev.chainrule.runtime.trace.tape.Trace;

/**
 * One trace of a function with the engines that run it: always the interpreter, and the compiled sweeps once they
 * exist. Immutable, so that threads and the {@link ProgramCache} share it.
 */
final class Variant {

    private final Trace trace;
    private final Interpreter interpreter;
    private final CompiledEngine compiled;

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

    /** Whether compiling this variant would give compiled code: it has none yet, and its tape is small enough. */
    boolean wantsCompiling() {
        return compiled == null && TapeCompiler.compilable(trace);
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
