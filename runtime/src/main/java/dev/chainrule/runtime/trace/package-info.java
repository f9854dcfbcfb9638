/**
 * Derivatives by tracing, for functions the annotation processor never sees: {@link
 * dev.chainrule.runtime.trace.Tracing} wraps a function written over {@link dev.chainrule.runtime.trace.Active}
 * values as a {@link dev.chainrule.runtime.DifferentiableFunction}.
 *
 * <p>The pipeline: {@code Tracer} records one run into a {@code Trace} (parallel primitive arrays: op codes,
 * argument indices, constants, the comparisons branched on; the inputs and the data as leaves that every replay reads
 * anew) and analyses it once (activity, strong zeros, first writes); a second run is checked against it node by node
 * ({@code Tracer.records}) before the tape serves calls on its own, and {@code ProgramCache} shares compiled code
 * between wrappers only when their traces are the same program. The {@code Interpreter} replays a trace at any
 * point; the {@code TapeCompiler} writes it as bytecode with Byte Buddy ({@code PrimalWriter}, {@code AdjointWriter},
 * {@code TangentWriter}) into a hidden class, straight-line except for the runs of repeated blocks that {@code Loops}
 * finds, which become loops that keep what they can in local variables: the primal values ({@code Recomputed} ones
 * are computed again in the derivative sweeps instead of stored) and the adjoints one or two repetitions share
 * ({@code AdjointCells}).
 * Every partial derivative is the rule table's formula ({@code dev.chainrule.rules.RuleTable}, through {@code Op}):
 * the interpreter evaluates it ({@code PartialFunction}), the compiler writes it as bytecode ({@code FormulaWriter}),
 * and generated code is written from the same table, so the formulas and the policy at non-smooth points agree.
 */
package dev.chainrule.runtime.trace;
