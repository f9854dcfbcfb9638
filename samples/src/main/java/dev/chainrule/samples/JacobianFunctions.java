package dev.chainrule.samples;

import dev.chainrule.Differentiable;

/**
 * The seed's Jacobian example (section 7, "Example 3: Jacobian computation"), a function {@code R² → R³}.
 */
public final class JacobianFunctions {

    private JacobianFunctions() {
    }

    /**
     * {@code f(x) = [x0² + x1, x0·x1, sin x0]}; its Jacobian is {@code [[2x0, 1], [x1, x0], [cos x0, 0]]}, at
     * {@code (1, 2)}: {@code [[2, 1], [2, 1], [0.54, 0]]}.
     *
     * @param x the point, length 2
     * @return the three outputs
     */
    @Differentiable
    public static double[] f(double[] x) {
        double[] y = new double[3];
        y[0] = x[0] * x[0] + x[1];
        y[1] = x[0] * x[1];
        y[2] = Math.sin(x[0]);
        return y;
    }
}
