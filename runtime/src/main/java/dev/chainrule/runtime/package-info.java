/**
 * What generated derivative code calls at run time, and drivers built on it.
 *
 * <p>Generated code uses {@link dev.chainrule.runtime.Dual} for forward-mode results of scalar methods,
 * {@link dev.chainrule.runtime.Partials} for the derivative of every {@code Math} primitive, and
 * {@link dev.chainrule.runtime.ScalarFunction} as the base of its {@link dev.chainrule.runtime.DifferentiableFunction}
 * views. The drivers ({@link dev.chainrule.runtime.Jacobians}, {@link dev.chainrule.runtime.Gradients},
 * {@link dev.chainrule.runtime.GradientCheck}) work on any {@code DifferentiableFunction}, generated or hand-written.
 */
package dev.chainrule.runtime;
