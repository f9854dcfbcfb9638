package dev.chainrule.samples.e2e;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/** Compositions: the seed's examples, deep chains, repeated variables, several inputs, non-differentiated inputs. */
final class Compositions {

    private Compositions() {
    }

    // ---- the seed's examples --------------------------------------------------------------------------------------

    @Differentiable
    static double sinOfSquare(double x) {
        double u = x * x;
        return Math.sin(u);
    }

    @Differentiable
    static double expOfQuadratic(double x) {
        double u = 3 * x * x + 2 * x;
        return Math.exp(u);
    }

    @Differentiable
    static double logCosSqrt(double x) {
        double v = Math.sqrt(x);
        double u = Math.cos(v);
        return Math.log(u);
    }

    @Differentiable
    static double graphLoss(double a, double b, double c) {
        double t = a * b + c;
        return t * t;
    }

    // ---- depth and reuse -----------------------------------------------------------------------------------------

    @Differentiable
    static double chain6(double x) {
        return Math.exp(Math.sin(Math.log1p(Math.sqrt(Math.cosh(Math.atan(x))))));
    }

    @Differentiable
    static double chain6Locals(double x) {
        double a = Math.tanh(x);
        double b = Math.exp(a);
        double c = Math.log(b + 1);
        double d = Math.cbrt(c - 0.1);
        double e = Math.cos(d);
        return Math.pow(e, 3);
    }

    @Differentiable
    static double manyUses(double x) {
        return x * x * x - 3 * x * x + x * Math.exp(x) * x - x / (1 + x * x) + Math.sin(x) * Math.cos(x) * x + x
                + x / x + x - x;
    }

    @Differentiable
    static double multiInput(double x, double y, double z) {
        return Math.hypot(x * y, z) + Math.atan2(y, x) * Math.pow(x, y);
    }

    @Differentiable
    static double rosenbrock(double x, double y) {
        double a = 1 - x;
        double b = y - x * x;
        return a * a + 100 * b * b;
    }

    @Differentiable
    static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Differentiable
    static double softplus(double x) {
        return Math.log1p(Math.exp(x));
    }

    @Differentiable
    static double gaussian(double x, double mu, double sigma) {
        double z = (x - mu) / sigma;
        return Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI));
    }

    @Differentiable
    static double neuron(double w1, double w2, double b, double x1, double x2) {
        double s = w1 * x1 + w2 * x2 + b;
        double h = Math.tanh(s);
        double loss = (h - 0.25) * (h - 0.25);
        return loss;
    }

    @Differentiable
    static double nonSmoothMix(double x, double y) {
        return Math.max(Math.abs(x), y) * Math.min(x, y * y) + Math.abs(x - y);
    }

    @Differentiable
    static double trigIdentity(double x, double y) {
        // sin² + cos² = 1 for any argument: the derivative is 0 up to rounding.
        double s = Math.sin(x * y);
        double c = Math.cos(x * y);
        return s * s + c * c + Math.acos(Math.tanh(x)) + Math.asin(Math.tanh(y)) * Math.log10(1 + x * x);
    }

    // ---- @NoDerivative and wrt --------------------------------------------------------------------------------

    @Differentiable
    static double noDerivativeMiddle(double a, @NoDerivative double c, double b) {
        return a * Math.exp(c * b) + c * Math.sin(a * b) + c;
    }

    @Differentiable
    static double noDerivativeFirst(@NoDerivative double scale, double x) {
        double t = scale * x;
        t *= scale;
        return Math.sqrt(1 + t * t);
    }

    @Differentiable
    static double noDerivativeReassigned(double x, @NoDerivative double k) {
        k = k * k + 1;
        return Math.pow(x, k) + k;
    }

    @Differentiable(wrt = {"b"})
    static double wrtSecond(double a, double b) {
        return a * b * b + Math.sin(a) * b + a;
    }

    @Differentiable(wrt = {"x", "z"})
    static double wrtFirstAndLast(double x, double y, double z) {
        double a = x, b = z * y;
        return a * b + Math.cos(a + y) - b / (1 + y * y);
    }

    @Differentiable(wrt = {"z", "x"})
    static double wrtOutOfOrder(double x, double y, double z) {
        return x * Math.exp(z) + y * z;
    }
}
