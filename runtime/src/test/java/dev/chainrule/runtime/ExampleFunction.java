package dev.chainrule.runtime;

import dev.chainrule.runtime.support.Checks;

/**
 * A small hand-written {@code f: R² -> R³}, {@code f(x) = [x0² + x1, x0·x1, sin x0]}, whose Jacobian
 * {@code [[2 x0, 1], [x1, x0], [cos x0, 0]]} is easy to check by hand. One variant deliberately scales the derivative
 * of the sine by 2, to give {@link GradientCheck} something to find.
 */
final class ExampleFunction implements DifferentiableFunction {

    private final double sineSlopeScale;

    private ExampleFunction(double sineSlopeScale) {
        this.sineSlopeScale = sineSlopeScale;
    }

    static ExampleFunction correct() {
        return new ExampleFunction(1);
    }

    /** Reports {@code ∂f_2/∂x_0} as {@code 2 cos x0}: wrong in entry (2, 0) and nowhere else. */
    static ExampleFunction withWrongSineDerivative() {
        return new ExampleFunction(2);
    }

    @Override
    public int inputDimension() {
        return 2;
    }

    @Override
    public int outputDimension() {
        return 3;
    }

    @Override
    public void value(double[] x, double[] y) {
        Checks.length("x", x, 2);
        Checks.length("y", y, 3);
        y[0] = x[0] * x[0] + x[1];
        y[1] = x[0] * x[1];
        y[2] = Math.sin(x[0]);
    }

    @Override
    public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
        Checks.length("v", v, 2);
        Checks.length("yDot", yDot, 3);
        Checks.finiteSeed("v", v);
        value(x, y);
        yDot[0] = 2 * x[0] * v[0] + v[1];
        yDot[1] = x[1] * v[0] + x[0] * v[1];
        yDot[2] = sineSlope(x[0]) * v[0];
    }

    @Override
    public void vjp(double[] x, double[] w, double[] y, double[] xBar) {
        Checks.length("w", w, 3);
        Checks.length("xBar", xBar, 2);
        Checks.finiteSeed("w", w);
        value(x, y);
        xBar[0] = 2 * x[0] * w[0] + x[1] * w[1] + sineSlope(x[0]) * w[2];
        xBar[1] = w[0] + x[0] * w[1];
    }

    private double sineSlope(double x) {
        return sineSlopeScale * Math.cos(x);
    }
}
