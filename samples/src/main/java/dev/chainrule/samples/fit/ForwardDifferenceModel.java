package dev.chainrule.samples.fit;

import org.hipparchus.analysis.MultivariateVectorFunction;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.MultivariateJacobianFunction;
import org.hipparchus.util.Pair;

/**
 * What a Hipparchus user writes when the model has no Jacobian: Hipparchus's least-squares package has no
 * finite-difference Jacobian of its own, so this is the forward-difference one MINPACK's {@code lmdif} uses, step
 * {@code h_j = sqrt(ε)·|x_j|} ({@code sqrt(ε)} where {@code x_j = 0}), {@code n + 1} evaluations of the model per
 * Jacobian. It is the baseline {@link NistFit} compares the exact Jacobian with.
 */
public final class ForwardDifferenceModel implements MultivariateJacobianFunction {

    private static final double SQRT_EPSILON = Math.sqrt(Math.ulp(1.0));

    private final MultivariateVectorFunction model;

    /**
     * Wraps a model.
     *
     * @param model the model, {@code R^n -> R^m}
     */
    public ForwardDifferenceModel(MultivariateVectorFunction model) {
        this.model = model;
    }

    @Override
    public Pair<RealVector, RealMatrix> value(RealVector point) {
        double[] x = point.toArray();
        double[] y = model.value(x);
        double[][] jacobian = new double[y.length][x.length];
        for (int j = 0; j < x.length; j++) {
            double saved = x[j];
            double h = saved == 0 ? SQRT_EPSILON : SQRT_EPSILON * Math.abs(saved);
            x[j] = saved + h;
            double[] shifted = model.value(x);
            x[j] = saved;
            for (int i = 0; i < y.length; i++) {
                jacobian[i][j] = (shifted[i] - y[i]) / h;
            }
        }
        return new Pair<>(new ArrayRealVector(y, false), new Array2DRowRealMatrix(jacobian, false));
    }
}
