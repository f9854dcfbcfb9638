/**
 * Not an API: the compiler that writes a tape as bytecode with Byte Buddy, into a hidden class of
 * {@link dev.chainrule.runtime.trace.compiler.CompiledSweeps}.
 *
 * <p>Decisions first, bytes after. {@link dev.chainrule.runtime.trace.compiler.LoopTable} lays out the loops
 * {@code Loops} found and which of their nodes the derivative sweeps compute again
 * ({@link dev.chainrule.runtime.trace.compiler.Recomputed}); a {@link dev.chainrule.runtime.trace.compiler.SweepPlan}
 * per {@link dev.chainrule.runtime.trace.compiler.Sweep} then decides its steps, which of them run in some repetitions
 * only, where each value and adjoint lives (its array, a loop's block local, a value computed again or also stored,
 * the {@link dev.chainrule.runtime.trace.compiler.AdjointCells} a reverse loop keeps) and the local slots of it all.
 * The writers ({@link dev.chainrule.runtime.trace.compiler.PrimalWriter},
 * {@link dev.chainrule.runtime.trace.compiler.AdjointWriter}, {@link dev.chainrule.runtime.trace.compiler.TangentWriter})
 * only read the plan, and write the rule table's partials through
 * {@link dev.chainrule.runtime.trace.compiler.FormulaWriter} as plain arithmetic, {@code Math} calls and branches;
 * {@link dev.chainrule.runtime.trace.compiler.TapeCompiler} cuts each sweep into methods the JIT compiles.
 */
package dev.chainrule.runtime.trace.compiler;
