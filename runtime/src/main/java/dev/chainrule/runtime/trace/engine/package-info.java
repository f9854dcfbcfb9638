/**
 * Not an API: what runs a tape. An {@link dev.chainrule.runtime.trace.engine.Engine} replays the primal at a point,
 * checks the trace's comparisons, and sweeps forward or backward: the
 * {@link dev.chainrule.runtime.trace.engine.Interpreter} by walking the tape's arrays, the
 * {@link dev.chainrule.runtime.trace.engine.CompiledEngine} by calling the code the compiler wrote. Both work in the
 * calling thread's {@link dev.chainrule.runtime.trace.engine.Workspace}.
 */
package dev.chainrule.runtime.trace.engine;
