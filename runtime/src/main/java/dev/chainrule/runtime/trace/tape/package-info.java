/**
 * Not an API: the tracer's tape. A {@link dev.chainrule.runtime.trace.tape.Trace} is one recorded run (parallel
 * primitive arrays of op codes, arguments, constants and the comparisons branched on), analysed once (activity,
 * strong zeros, first writes). Each node is an {@link dev.chainrule.runtime.trace.tape.Op}: a leaf, or a primitive of
 * the rule table ({@code dev.chainrule.rules.RuleTable}) whose partials are the table's formulas, which the
 * interpreter evaluates through {@link dev.chainrule.runtime.trace.tape.PartialFunction}s built once per primitive.
 * {@link dev.chainrule.runtime.trace.tape.Loops} finds the runs of repeated blocks a loop of the traced function
 * leaves, and {@link dev.chainrule.runtime.trace.tape.RunLayout} what differs between their repetitions.
 */
package dev.chainrule.runtime.trace.tape;
