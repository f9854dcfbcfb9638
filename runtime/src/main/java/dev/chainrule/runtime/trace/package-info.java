/**
 * Derivatives by tracing, for functions the annotation processor never sees: {@link
 * dev.chainrule.runtime.trace.Tracing} wraps a function written over {@link dev.chainrule.runtime.trace.Active}
 * values ({@link dev.chainrule.runtime.trace.ActiveMath} for the {@code Math} functions) as a
 * {@link dev.chainrule.runtime.trace.TracedFunction}, a {@link dev.chainrule.runtime.DifferentiableFunction} that
 * runs {@link dev.chainrule.runtime.trace.Execution#INTERPRETED interpreted} or
 * {@link dev.chainrule.runtime.trace.Execution#COMPILED compiled}.
 *
 * <p>This package is the API, and the recorder behind it: {@code Tracer} records one run of the function into a
 * {@link dev.chainrule.runtime.trace.tape.Trace}, checks a second run against it node by node before the tape serves
 * calls on its own, and {@code ProgramCache} shares compiled code between wrappers only when their traces are the
 * same program. The rest is in packages that are not an API:
 * <ul>
 *   <li>{@link dev.chainrule.runtime.trace.tape}: the recorded tape, its nodes' primitives with the rule table's
 *       partials, and the analyses of its structure (the loops found in it, what differs between their
 *       repetitions);</li>
 *   <li>{@link dev.chainrule.runtime.trace.engine}: the engines that run a tape, the interpreter and the compiled
 *       code's, and the per-thread workspace they run in;</li>
 *   <li>{@link dev.chainrule.runtime.trace.compiler}: the compiler that writes a tape as bytecode, deciding where
 *       every value lives once, in a plan per sweep, before its writers read the plan.</li>
 * </ul>
 */
package dev.chainrule.runtime.trace;
