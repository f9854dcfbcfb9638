package dev.chainrule.samples;

/**
 * The derivatives of {@link SeedFunctions} as the seed text works them out by hand with the chain rule. They are the
 * reference the generated code is compared with, in {@link SeedExamples} and in the tests; nothing here is generated.
 */
public final class ClosedForms {

    private ClosedForms() {
    }

    /**
     * {@code d/dx sin(x²) = cos(x²)·2x}: outer derivative {@code cos(u)} at {@code u = x²}, times inner {@code 2x}.
     *
     * @param x the argument
     * @return {@code 2x·cos(x²)}
     */
    public static double sinOfSquare(double x) {
        return 2 * x * Math.cos(x * x);
    }

    /**
     * {@code d/dx e^(3x² + 2x) = e^u·(6x + 2)} at {@code u = 3x² + 2x}.
     *
     * @param x the argument
     * @return {@code (6x + 2)·e^(3x² + 2x)}
     */
    public static double expOfQuadratic(double x) {
        return (6 * x + 2) * Math.exp(3 * x * x + 2 * x);
    }

    /**
     * {@code d/dx ln(cos(√x)) = (1/u)·(-sin v)·(1/(2√x)) = -tan(√x) / (2√x)}, the seed's triple composition.
     *
     * @param x the argument, {@code 0 < x < (π/2)²}
     * @return {@code -tan(√x) / (2√x)}
     */
    public static double logCosSqrt(double x) {
        double root = Math.sqrt(x);
        return -Math.tan(root) / (2 * root);
    }

    /**
     * The gradient of {@code L = (a·b + c)²} from the seed's backward pass: with {@code t2 = a·b + c},
     * {@code ∂L/∂a = 2·t2·b}, {@code ∂L/∂b = 2·t2·a}, {@code ∂L/∂c = 2·t2}.
     *
     * @param a the first factor
     * @param b the second factor
     * @param c the offset
     * @return {@code {∂L/∂a, ∂L/∂b, ∂L/∂c}}
     */
    public static double[] graphLoss(double a, double b, double c) {
        double t2 = a * b + c;
        return new double[] {2 * t2 * b, 2 * t2 * a, 2 * t2};
    }
}
