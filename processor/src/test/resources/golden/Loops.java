package golden;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

public final class Loops {
    @Differentiable
    public static double rosenbrock(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length - 1; i++) {
            double a = 1 - x[i], b = x[i + 1] - x[i] * x[i];
            s += a * a + 100 * b * b;
        }
        return s;
    }

    @Differentiable
    public static double prod(double[] x) {
        double p = 1;
        for (int i = 0; i < x.length; i++) p = p * x[i];
        return p;
    }

    @Differentiable
    public static double relu(double x, double y) {
        double h = x * y;
        if (h > 0) {
            h = h * 2;
        } else {
            h = 0.1 * h;
        }
        return h > 1 ? Math.sin(h) : h;
    }

    @Differentiable
    public static double newton(double a) {
        double x = 1;
        int it = 0;
        while (true) {
            double next = 0.5 * (x + a / x);
            if (Math.abs(next - x) < 1e-15 || it > 100) break;
            x = next;
            it++;
        }
        return x;
    }

    @Differentiable
    public static double[] ode(double[] p, @NoDerivative int steps) {
        double[] y = new double[steps];
        double v = 1;
        double dt = 0.01;
        for (int k = 0; k < steps; k++) {
            v = v + dt * (-p[0] * v + p[1] * Math.sin(v));
            y[k] = v;
        }
        return y;
    }

    @Differentiable
    public static double mlp(double[][] w1, double[][] w2, @NoDerivative double[] x, @NoDerivative double[] target) {
        int h = w1.length;
        double[] hidden = new double[h];
        for (int j = 0; j < h; j++) {
            double z = 0;
            for (int i = 0; i < x.length; i++) z += w1[j][i] * x[i];
            hidden[j] = z > 0 ? z : 0;
        }
        double loss = 0;
        for (int o = 0; o < w2.length; o++) {
            double yhat = 0;
            for (int j = 0; j < h; j++) yhat += w2[o][j] * hidden[j];
            double d = yhat - target[o];
            loss += d * d;
        }
        return loss;
    }

    @Differentiable
    public static double early(double[] x) {
        double s = 0;
        for (double v : x) {
            if (v < 0) return s * 2;
            if (v > 10) continue;
            s += v * v;
        }
        return s;
    }
}
