/**
 * Adapters from chainrule's generated derivatives to the interfaces Apache Commons Math 3's optimisers and
 * integrators take.
 *
 * <ul>
 *   <li>{@link dev.chainrule.commonsmath.LeastSquaresModel}: a {@code MultivariateJacobianFunction} (and
 *       {@code ValueAndJacobianFunction}) for {@code LeastSquaresBuilder.model}, with the exact Jacobian.</li>
 *   <li>{@link dev.chainrule.commonsmath.GradientObjective}: an {@code ObjectiveFunction} and its
 *       {@code ObjectiveFunctionGradient} for the gradient-based optimisers.</li>
 *   <li>{@link dev.chainrule.commonsmath.OdeJacobians}: a {@code MainStateJacobianProvider} and
 *       {@code ParameterJacobianProvider} for {@code JacobianMatrices}, which otherwise differentiates the ODE by
 *       finite-difference steps.</li>
 * </ul>
 *
 * <p>Commons Math 3 has no SQP optimiser; {@code chainrule-hipparchus} adapts Hipparchus's. Every adapter wraps a
 * {@link dev.chainrule.runtime.DifferentiableFunction}, typically the view the build generates for a
 * {@code @Differentiable} method, computes through the runtime's drivers or the view's own products, and hands the
 * arrays over without copying ({@code Array2DRowRealMatrix(data, false)}, {@code ArrayRealVector(data, false)}), or
 * writes into the arrays Commons Math passes in. The adapters keep no mutable state: they are as thread-safe as the
 * views they wrap, and generated views are.
 */
package dev.chainrule.commonsmath;
