package dev.chainrule.adapters;

import dev.chainrule.runtime.DifferentiableFunction;

/**
 * The right-hand side {@code (y, k) -> -k·y} of exponential decay, written by hand over the flat vector
 * {@code (y, k)}: {@code ∂f/∂y = -k}, {@code ∂f/∂k = -y}.
 */
final class Decay implements DifferentiableFunction {

    @Override
    public int inputDimension() {
        return 2;
    }

    @Override
    public int outputDimension() {
        return 1;
    }

    @Override
    public void value(double[] x, double[] y) {
        y[0] = -x[1] * x[0];
    }

    @Override
    public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
        value(x, y);
        yDot[0] = -x[1] * v[0] - x[0] * v[1];
    }

    @Override
    public void vjp(double[] x, double[] w, double[] y, double[] xBar) {
        value(x, y);
        xBar[0] = -x[1] * w[0];
        xBar[1] = -x[0] * w[0];
    }
}
