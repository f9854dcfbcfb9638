/**
 * Adapters from chainrule's generated derivatives to the interfaces Hipparchus's optimisers and integrators take.
 *
 * <ul>
 *   <li>{@link dev.chainrule.hipparchus.LeastSquaresModel}: a {@code MultivariateJacobianFunction} (and
 *       {@code ValueAndJacobianFunction}, for lazy evaluation) for {@code LeastSquaresBuilder.model}, with the exact
 *       Jacobian instead of one the user differentiates by hand or by finite differences.</li>
 *   <li>{@link dev.chainrule.hipparchus.GradientObjective}: an {@code ObjectiveFunction} and its
 *       {@code ObjectiveFunctionGradient} for the gradient-based optimisers.</li>
 *   <li>{@link dev.chainrule.hipparchus.OdeJacobians}: an {@code ODEJacobiansProvider} for
 *       {@code VariationalEquation}, whose Jacobians with respect to the state and to each named parameter come from
 *       tangent sweeps instead of the finite-difference steps the variational equation otherwise takes.</li>
 *   <li>{@link dev.chainrule.hipparchus.TwiceDifferentiableObjective},
 *       {@link dev.chainrule.hipparchus.EqualityConstraints} and
 *       {@link dev.chainrule.hipparchus.InequalityConstraints}: the objective and the constraints of the SQP
 *       optimisers ({@code SQPOptimizerS}, {@code SQPOptimizerGM}), with exact gradients, Jacobians and Hessian.</li>
 * </ul>
 *
 * <p>Every adapter wraps a {@link dev.chainrule.runtime.DifferentiableFunction}, typically the view
 * {@code CDerivatives.m(...)} the build generates for a {@code @Differentiable} method {@code m}, and computes
 * through the runtime's drivers ({@link dev.chainrule.runtime.Jacobians}, {@link dev.chainrule.runtime.Gradients},
 * {@link dev.chainrule.runtime.Hessians}) or the view's own products. The results are handed to Hipparchus in the
 * arrays the drivers return, wrapped without copying ({@code Array2DRowRealMatrix(data, false)},
 * {@code ArrayRealVector(data, false)}). The adapters keep no mutable state: they are as thread-safe as the views
 * they wrap, and generated views are.
 */
package dev.chainrule.hipparchus;
