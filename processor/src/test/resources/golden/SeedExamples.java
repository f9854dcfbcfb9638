package golden;

import dev.chainrule.Differentiable;

/** The seed's worked examples, as a user would first write them. */
public final class SeedExamples {
    private SeedExamples() {
    }

    /** y = sin(x²), dy/dx = 2x·cos(x²). */
    @Differentiable
    public static double sinOfSquare(double x) {
        return Math.sin(x * x);
    }

    /** y = exp(3x² + 2x), dy/dx = (6x + 2)·exp(3x² + 2x). */
    @Differentiable
    public static double expOfQuadratic(double x) {
        return Math.exp(3 * x * x + 2 * x);
    }

    /** y = ln(cos(√x)), dy/dx = −tan(√x) / (2√x). */
    @Differentiable
    public static double logCosSqrt(double x) {
        double v = Math.sqrt(x);
        double u = Math.cos(v);
        return Math.log(u);
    }

    /** L = (a·b + c)². */
    @Differentiable
    public static double loss(double a, double b, double c) {
        double t1 = a * b;
        double t2 = t1 + c;
        return t2 * t2;
    }
}
