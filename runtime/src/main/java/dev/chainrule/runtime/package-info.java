/**
 * What generated derivative code calls at run time, and drivers built on it.
 *
 * <p>Generated code uses {@link dev.chainrule.runtime.Dual} and {@link dev.chainrule.runtime.DualVector} for
 * forward-mode results of methods returning {@code double} and {@code double[]},
 * {@link dev.chainrule.runtime.Partials} for the derivative of every {@code Math} primitive,
 * {@link dev.chainrule.runtime.Tape} for the values its reverse sweeps save, {@link dev.chainrule.runtime.Checks} for
 * the shapes of adjoint arrays, and {@link dev.chainrule.runtime.ScalarFunction} and
 * {@link dev.chainrule.runtime.VectorFunction} as the bases of its
 * {@link dev.chainrule.runtime.DifferentiableFunction} views, which lay array arguments out with
 * {@link dev.chainrule.runtime.Flat}. The drivers ({@link dev.chainrule.runtime.Jacobians}, whose AUTO mode
 * {@link dev.chainrule.runtime.Jacobians#explain explains} its choice, {@link dev.chainrule.runtime.Gradients},
 * {@link dev.chainrule.runtime.Hessians}) and the checks ({@link dev.chainrule.runtime.GradientCheck},
 * {@link dev.chainrule.runtime.ConsistencyCheck}) work on any {@code DifferentiableFunction}, generated or
 * hand-written.
 */
package dev.chainrule.runtime;
