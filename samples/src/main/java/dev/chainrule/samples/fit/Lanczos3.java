package dev.chainrule.samples.fit;

import dev.chainrule.Differentiable;

/**
 * NIST StRD's nonlinear regression problem Lanczos3 (lower difficulty): 24 values of
 * {@code 0.0951·exp(-x) + 0.8607·exp(-3x) + 1.5576·exp(-5x)} rounded to 5 digits, fitted by the six-parameter model
 * {@code y = b1·exp(-b2·x) + b3·exp(-b4·x) + b5·exp(-b6·x)}, and NIST's certified values. Sums of exponentials are
 * ill-conditioned: the fit needs the Jacobian's digits.
 */
public final class Lanczos3 {

    /** The predictor, {@code x = 0, 0.05, ..., 1.15}. */
    static final double[] X = {0.00, 0.05, 0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60, 0.65,
        0.70, 0.75, 0.80, 0.85, 0.90, 0.95, 1.00, 1.05, 1.10, 1.15};

    /** The response, {@code y}. */
    static final double[] Y = {2.5134, 2.0443, 1.6684, 1.3664, 1.1232, 0.9269, 0.7679, 0.6389, 0.5338, 0.4479,
        0.3776, 0.3197, 0.2720, 0.2325, 0.1997, 0.1723, 0.1493, 0.1301, 0.1138, 0.1000, 0.0883, 0.0783, 0.0698,
        0.0624};

    /** NIST's certified estimates of {@code (b1, ..., b6)}. */
    static final double[] CERTIFIED = {8.6816414977E-02, 9.5498101505E-01, 8.4400777463E-01, 2.9515951832E+00,
        1.5825685901E+00, 4.9863565084E+00};

    /** NIST's certified residual sum of squares. */
    static final double CERTIFIED_RSS = 1.6117193594E-08;

    /** NIST's first starting point. */
    static final double[] START_1 = {1.2, 0.3, 5.6, 5.5, 6.5, 7.6};

    private Lanczos3() {
    }

    /**
     * The model at every observation.
     *
     * @param b the parameters {@code (b1, ..., b6)}
     * @return {@code b1·exp(-b2·x_i) + b3·exp(-b4·x_i) + b5·exp(-b6·x_i)} for the 24 {@code x_i}
     */
    @Differentiable
    public static double[] model(double[] b) {
        double[] y = new double[X.length];
        for (int i = 0; i < X.length; i++) {
            y[i] = b[0] * Math.exp(-b[1] * X[i]) + b[2] * Math.exp(-b[3] * X[i]) + b[4] * Math.exp(-b[5] * X[i]);
        }
        return y;
    }
}
