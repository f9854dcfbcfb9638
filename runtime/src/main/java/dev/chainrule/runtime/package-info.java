/**
 * The user API of chainrule's runtime: what a program calls, and the types generated code hands it.
 *
 * <p>A generated {@code m()} view is a {@link dev.chainrule.runtime.DifferentiableFunction} (a
 * {@link dev.chainrule.runtime.TwiceDifferentiableFunction} where the build generated Hessian-vector products);
 * forward-mode methods return {@link dev.chainrule.runtime.Dual}, {@link dev.chainrule.runtime.DualVector},
 * {@link dev.chainrule.runtime.Duals} and {@link dev.chainrule.runtime.DualVectors}. The drivers
 * ({@link dev.chainrule.runtime.Jacobians}, whose AUTO mode {@link dev.chainrule.runtime.Jacobians#explain explains}
 * its choice, {@link dev.chainrule.runtime.Gradients}, {@link dev.chainrule.runtime.Hessians}) and the checks
 * ({@link dev.chainrule.runtime.GradientCheck}, {@link dev.chainrule.runtime.ConsistencyCheck}) work on any
 * {@code DifferentiableFunction}, generated or hand-written; {@link dev.chainrule.runtime.TapeMemory} sets how much
 * memory tapes keep between calls.
 *
 * <p>What only generated code calls (the tape, the flat-vector helpers, the argument checks, the strong-zero product,
 * the views' base classes, the build's operation counts) is in {@link dev.chainrule.runtime.support}, which is not an
 * API. Functions traced at run time are in {@link dev.chainrule.runtime.trace}.
 */
package dev.chainrule.runtime;
