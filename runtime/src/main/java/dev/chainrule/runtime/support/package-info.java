/**
 * Not an API: generated code calls this. What the code the annotation processor writes needs at run time, and only
 * that code: {@link dev.chainrule.runtime.support.Tape} for the values reverse sweeps save,
 * {@link dev.chainrule.runtime.support.Flat} to move array arguments in and out of flat vectors,
 * {@link dev.chainrule.runtime.support.Checks} for the shapes of arguments and seeds,
 * {@link dev.chainrule.runtime.support.Partials#chain} for the strong-zero product of a seed and a partial that may be
 * infinite, the views' base classes ({@link dev.chainrule.runtime.support.ScalarFunction},
 * {@link dev.chainrule.runtime.support.VectorFunction} and their second-order forms), and
 * {@link dev.chainrule.runtime.support.Costs}, the build's operation counts of each sweep that a view reports through
 * {@link dev.chainrule.runtime.DifferentiableFunction#costs()}.
 *
 * <p>The rule: a class belongs here when a program has no reason to name it. Its members are public because generated
 * classes live in the user's packages; they may change between releases together with the processor that emits the
 * calls. Program against {@link dev.chainrule.runtime}.
 */
package dev.chainrule.runtime.support;
