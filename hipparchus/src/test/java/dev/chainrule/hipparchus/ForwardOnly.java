package dev.chainrule.hipparchus;

import dev.chainrule.runtime.DifferentiableFunction;

/** A hand-written view with first derivatives only: it passes a generated view's products through. */
final class ForwardOnly implements DifferentiableFunction {

    private final DifferentiableFunction f;

    ForwardOnly(DifferentiableFunction f) {
        this.f = f;
    }

    @Override
    public int inputDimension() {
        return f.inputDimension();
    }

    @Override
    public int outputDimension() {
        return f.outputDimension();
    }

    @Override
    public void value(double[] x, double[] y) {
        f.value(x, y);
    }

    @Override
    public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
        f.jvp(x, v, y, yDot);
    }

    @Override
    public void vjp(double[] x, double[] w, double[] y, double[] xBar) {
        f.vjp(x, w, y, xBar);
    }
}
