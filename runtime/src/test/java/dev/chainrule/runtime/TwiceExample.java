package dev.chainrule.runtime;

import dev.chainrule.runtime.support.Checks;

/**
 * A hand-written {@link TwiceDifferentiableFunction} {@code f: R³ -> R²},
 * {@code f(x) = [x0·x1·x2, e^x0·sin x1 + x2²]}, with every derivative written out from the closed forms:
 * {@code ∇²f_0 = [[0, x2, x1], [x2, 0, x0], [x1, x0, 0]]} and
 * {@code ∇²f_1 = [[e^x0 sin x1, e^x0 cos x1, 0], [e^x0 cos x1, -e^x0 sin x1, 0], [0, 0, 2]]}.
 */
final class TwiceExample implements TwiceDifferentiableFunction {

    @Override
    public int inputDimension() {
        return 3;
    }

    @Override
    public int outputDimension() {
        return 2;
    }

    @Override
    public void value(double[] x, double[] y) {
        Checks.length("x", x, 3);
        Checks.length("y", y, 2);
        y[0] = x[0] * x[1] * x[2];
        y[1] = Math.exp(x[0]) * Math.sin(x[1]) + x[2] * x[2];
    }

    @Override
    public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
        Checks.length("v", v, 3);
        Checks.length("yDot", yDot, 2);
        value(x, y);
        double[][] j = jacobian(x);
        for (int i = 0; i < 2; i++) {
            yDot[i] = j[i][0] * v[0] + j[i][1] * v[1] + j[i][2] * v[2];
        }
    }

    @Override
    public void vjp(double[] x, double[] w, double[] y, double[] xBar) {
        Checks.length("w", w, 2);
        Checks.length("xBar", xBar, 3);
        value(x, y);
        double[][] j = jacobian(x);
        for (int k = 0; k < 3; k++) {
            xBar[k] = j[0][k] * w[0] + j[1][k] * w[1];
        }
    }

    @Override
    public void hvp(double[] x, double[] w, double[] v, double[] y, double[] xBar, double[] xBarDot) {
        Checks.length("v", v, 3);
        Checks.length("xBarDot", xBarDot, 3);
        vjp(x, w, y, xBar);
        double[][] h = weightedHessian(x, w);
        for (int k = 0; k < 3; k++) {
            xBarDot[k] = h[k][0] * v[0] + h[k][1] * v[1] + h[k][2] * v[2];
        }
    }

    /** The closed form of {@code w0 ∇²f_0 + w1 ∇²f_1}. */
    static double[][] weightedHessian(double[] x, double[] w) {
        double es = Math.exp(x[0]) * Math.sin(x[1]);
        double ec = Math.exp(x[0]) * Math.cos(x[1]);
        return new double[][] {
            {w[1] * es, w[0] * x[2] + w[1] * ec, w[0] * x[1]},
            {w[0] * x[2] + w[1] * ec, -w[1] * es, w[0] * x[0]},
            {w[0] * x[1], w[0] * x[0], 2 * w[1]}};
    }

    private static double[][] jacobian(double[] x) {
        double e = Math.exp(x[0]);
        return new double[][] {
            {x[1] * x[2], x[0] * x[2], x[0] * x[1]},
            {e * Math.sin(x[1]), e * Math.cos(x[1]), 2 * x[2]}};
    }
}
