package dev.chainrule.samples.fit;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/**
 * NIST StRD's nonlinear regression problem Misra1a (lower difficulty): 14 observations of a dental research study in
 * monomolecular adsorption, the model {@code y = b1·(1 - exp(-b2·x))}, and NIST's certified values.
 */
public final class Misra1a {

    /** The predictor, {@code x}. */
    static final double[] X = {77.6, 114.9, 141.1, 190.8, 239.9, 289.0, 332.8, 378.4, 434.8, 477.3, 536.8, 593.1,
        689.1, 760.0};

    /** The response, {@code y}. */
    static final double[] Y = {10.07, 14.73, 17.94, 23.93, 29.61, 35.18, 40.02, 44.82, 50.76, 55.05, 61.01, 66.40,
        75.47, 81.78};

    /** NIST's certified estimates of {@code (b1, b2)}. */
    static final double[] CERTIFIED = {2.3894212918E+02, 5.5015643181E-04};

    /** NIST's certified residual sum of squares. */
    static final double CERTIFIED_RSS = 1.2455138894E-01;

    /** NIST's first starting point. */
    static final double[] START_1 = {500, 1e-4};

    private Misra1a() {
    }

    /**
     * The response.
     *
     * @return {@code y}, a new array of 14 entries
     */
    public static double[] observations() {
        return Y.clone();
    }

    /**
     * NIST's certified estimates.
     *
     * @return {@code (b1, b2)}, a new array
     */
    public static double[] certified() {
        return CERTIFIED.clone();
    }

    /**
     * NIST's first starting point.
     *
     * @return {@code (500, 1e-4)}, a new array
     */
    public static double[] start() {
        return START_1.clone();
    }

    /**
     * The model at every observation.
     *
     * @param b the parameters {@code (b1, b2)}
     * @return {@code b1·(1 - exp(-b2·x_i))} for the 14 {@code x_i}
     */
    @Differentiable
    public static double[] model(double[] b) {
        double[] y = new double[X.length];
        for (int i = 0; i < X.length; i++) {
            y[i] = b[0] * (1 - Math.exp(-b[1] * X[i]));
        }
        return y;
    }

    /**
     * The residual sum of squares with an upper bound on the asymptote {@code b1}, the objective of the constrained
     * fit: {@code Σ (b1·(1 - exp(-b2·x_i)) - y_i)²}.
     *
     * @param b the parameters {@code (b1, b2)}
     * @return the residual sum of squares
     */
    @Differentiable
    public static double sumOfSquares(double[] b) {
        double s = 0;
        for (int i = 0; i < X.length; i++) {
            double r = b[0] * (1 - Math.exp(-b[1] * X[i])) - Y[i];
            s += r * r;
        }
        return s;
    }

    /**
     * The inequality constraint of the constrained fit, {@code limit - b1 ≥ 0}.
     *
     * @param b     the parameters {@code (b1, b2)}
     * @param limit the largest asymptote allowed
     * @return {@code [limit - b1]}
     */
    @Differentiable
    public static double[] asymptoteAtMost(double[] b, @NoDerivative double limit) {
        return new double[] {limit - b[0]};
    }
}
