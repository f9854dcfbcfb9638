package dev.chainrule.hipparchus;

import org.hipparchus.analysis.MultivariateVectorFunction;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.FiniteDifferencesDifferentiator;
import org.hipparchus.analysis.differentiation.UnivariateDifferentiableVectorFunction;

/**
 * Jacobians by Hipparchus's own finite differences ({@link FiniteDifferencesDifferentiator}, 5 points), one
 * coordinate at a time: the oracle the adapters' exact derivatives are compared with.
 */
final class LibraryDifferences {

    private static final DSFactory ONE_VARIABLE = new DSFactory(1, 1);

    private LibraryDifferences() {
    }

    /** The {@code m × n} Jacobian of {@code f} at {@code x}, with step {@code step} in every coordinate. */
    static double[][] jacobian(MultivariateVectorFunction f, double[] x, int m, double step) {
        double[][] jacobian = new double[m][x.length];
        FiniteDifferencesDifferentiator differentiator = new FiniteDifferencesDifferentiator(5, step);
        for (int j = 0; j < x.length; j++) {
            int column = j;
            UnivariateDifferentiableVectorFunction along = differentiator.differentiate((double t) -> {
                double[] shifted = x.clone();
                shifted[column] = t;
                return f.value(shifted);
            });
            DerivativeStructure[] values = along.value(ONE_VARIABLE.variable(0, x[j]));
            for (int i = 0; i < m; i++) {
                jacobian[i][j] = values[i].getPartialDerivative(1);
            }
        }
        return jacobian;
    }

    /** The largest absolute difference between two matrices of the same shape. */
    static double maxDifference(double[][] a, double[][] b) {
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                worst = Math.max(worst, Math.abs(a[i][j] - b[i][j]));
            }
        }
        return worst;
    }
}
