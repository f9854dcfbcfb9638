package dev.chainrule.runtime.trace;

/** How a traced function runs its tape. */
public enum Execution {

    /** Walk the tape's arrays on every call: no code generation, the cheapest first call. */
    INTERPRETED,

    /**
     * Compile the tape to bytecode after a trace and run that; tapes too large to compile stay interpreted. The
     * first call pays for tracing and compiling, later calls at points where the function branches the same way run
     * the generated code (straight-line, with the loops found in the tape as loops).
     */
    COMPILED
}
