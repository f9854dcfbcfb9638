package dev.chainrule.samples.objectives;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/** Published test objectives, written the way their formulas read. */
public final class Objectives {
    private Objectives() {
    }

    @Differentiable
    public static double ackley(double[] x) {
        int n = x.length;
        double sumSq = 0, sumCos = 0;
        for (double xi : x) {
            sumSq += xi * xi;
            sumCos += Math.cos(2 * Math.PI * xi);
        }
        return -20 * Math.exp(-0.2 * Math.sqrt(sumSq / n)) - Math.exp(sumCos / n) + 20 + Math.E;
    }

    @Differentiable
    public static double rastrigin(double[] x) {
        double s = 10 * x.length;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * x[i] - 10 * Math.cos(2 * Math.PI * x[i]);
        }
        return s;
    }

    @Differentiable
    public static double styblinskiTang(double[] x) {
        double s = 0;
        for (var xi : x) {
            s += Math.pow(xi, 4) - 16 * xi * xi + 5 * xi;
        }
        return s / 2;
    }

    @Differentiable
    public static double griewank(double[] x) {
        double sum = 0, product = 1;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * x[i] / 4000;
            product *= Math.cos(x[i] / Math.sqrt(i + 1));
        }
        return 1 + sum - product;
    }

    @Differentiable
    public static double levy(double[] x) {
        int d = x.length;
        double[] w = new double[d];
        for (int i = 0; i < d; i++) {
            w[i] = 1 + (x[i] - 1) / 4;
        }
        double term1 = Math.pow(Math.sin(Math.PI * w[0]), 2);
        double term3 = Math.pow(w[d - 1] - 1, 2) * (1 + Math.pow(Math.sin(2 * Math.PI * w[d - 1]), 2));
        double sum = 0;
        for (int i = 0; i < d - 1; i++) {
            double wi = w[i];
            sum += (wi - 1) * (wi - 1) * (1 + 10 * Math.pow(Math.sin(Math.PI * wi + 1), 2));
        }
        return term1 + sum + term3;
    }

    @Differentiable
    public static double michalewicz(double[] x) {
        final int m = 10;
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s -= Math.sin(x[i]) * Math.pow(Math.sin((i + 1) * x[i] * x[i] / Math.PI), 2 * m);
        }
        return s;
    }

    @Differentiable
    public static double zakharov(double[] x) {
        double s1 = 0, s2 = 0;
        for (int i = 0; i < x.length; i++) {
            s1 += x[i] * x[i];
            s2 += 0.5 * (i + 1) * x[i];
        }
        return s1 + s2 * s2 + s2 * s2 * s2 * s2;
    }

    @Differentiable
    public static double goldsteinPrice(double x, double y) {
        double a = 1 + Math.pow(x + y + 1, 2) * (19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y);
        double b = 30 + Math.pow(2 * x - 3 * y, 2) * (18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y);
        return a * b;
    }

    @Differentiable
    public static double sixHumpCamel(double[] p) {
        double x = p[0], y = p[1];
        return (4 - 2.1 * x * x + x * x * x * x / 3) * x * x + x * y + (-4 + 4 * y * y) * y * y;
    }

    /** Logistic regression's mean negative log-likelihood with an L2 penalty, numerically stable. */
    @Differentiable
    public static double logisticLoss(double[] w, @NoDerivative double[][] X, @NoDerivative double[] y,
            double lambda) {
        double loss = 0;
        for (int i = 0; i < X.length; i++) {
            double z = 0;
            for (int j = 0; j < w.length; j++) {
                z += w[j] * X[i][j];
            }
            double margin = y[i] * z;
            loss += margin > 0 ? Math.log1p(Math.exp(-margin)) : -margin + Math.log1p(Math.exp(margin));
        }
        double penalty = 0;
        for (double wj : w) {
            penalty += wj * wj;
        }
        return loss / X.length + 0.5 * lambda * penalty;
    }

    /** Softmax cross-entropy of logits against a class index. */
    @Differentiable
    public static double softmaxCrossEntropy(double[] logits, int label) {
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logits) {
            max = Math.max(max, l);
        }
        double sum = 0;
        for (double l : logits) {
            sum += Math.exp(l - max);
        }
        return Math.log(sum) + max - logits[label];
    }

    /** Huber loss of residuals r = a·x - b. */
    @Differentiable
    public static double huber(double[] x, @NoDerivative double[][] a, @NoDerivative double[] b, double delta) {
        double total = 0;
        for (int i = 0; i < b.length; i++) {
            double r = -b[i];
            for (int j = 0; j < x.length; j++) {
                r += a[i][j] * x[j];
            }
            double abs = Math.abs(r);
            if (abs <= delta) {
                total += 0.5 * r * r;
            } else {
                total += delta * (abs - 0.5 * delta);
            }
        }
        return total;
    }

    /** Standard normal CDF by Abramowitz and Stegun 26.2.17. */
    static double normalCdf(double x) {
        double[] b = {0.319381530, -0.356563782, 1.781477937, -1.821255978, 1.330274429};
        double t = 1 / (1 + 0.2316419 * Math.abs(x));
        double poly = 0;
        for (int k = b.length - 1; k >= 0; k--) {
            poly = (poly + b[k]) * t;
        }
        double tail = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * poly;
        return x >= 0 ? 1 - tail : tail;
    }

    /** Black–Scholes price of a European call; the Greeks are its derivatives. */
    @Differentiable
    public static double blackScholesCall(double spot, double strike, double rate, double vol, double time) {
        double sqrtT = Math.sqrt(time);
        double d1 = (Math.log(spot / strike) + (rate + vol * vol / 2) * time) / (vol * sqrtT);
        double d2 = d1 - vol * sqrtT;
        return spot * normalCdf(d1) - strike * Math.exp(-rate * time) * normalCdf(d2);
    }

    /** A planar two-link arm: the end effector's position and heading from the joint angles and link lengths. */
    @Differentiable
    public static double[] twoLinkArm(double[] q, double l1, double l2) {
        double x = l1 * Math.cos(q[0]) + l2 * Math.cos(q[0] + q[1]);
        double y = l1 * Math.sin(q[0]) + l2 * Math.sin(q[0] + q[1]);
        return new double[] {x, y, Math.atan2(y, x), Math.hypot(x, y)};
    }

    /** Explicit heat equation steps, swapping two buffers. */
    @Differentiable
    public static double[] heat(double[] u0, double alpha, int steps) {
        int n = u0.length;
        double[] u = u0.clone();
        double[] next = new double[n];
        for (int s = 0; s < steps; s++) {
            next[0] = u[0];
            next[n - 1] = u[n - 1];
            for (int i = 1; i < n - 1; i++) {
                next[i] = u[i] + alpha * (u[i - 1] - 2 * u[i] + u[i + 1]);
            }
            for (int i = 0; i < n; i++) {
                u[i] = next[i];
            }
        }
        return u;
    }

    /** Compound assignments on elements and scalars, an array initializer, do/while. */
    @Differentiable
    public static double compound(double[] x) {
        double[] c = {1.5, -0.5, 2.0};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i];
            y[i] *= c[i % 3];
            y[i] -= 0.25 * x[i] * x[i];
            y[i] /= 1 + x[i] * x[i];
        }
        double s = 1;
        int k = 0;
        do {
            s *= 1 + 0.1 * y[k];
            k++;
        } while (k < y.length);
        return s;
    }

    /** Special functions of java.lang.Math. */
    @Differentiable
    public static double specials(double[] x) {
        return Math.cbrt(x[0]) + Math.expm1(x[1]) + Math.sinh(x[2]) * Math.cosh(x[0]) + Math.tanh(x[1])
                + Math.log10(1 + x[2] * x[2]) + Math.atan(x[0]) + Math.asin(x[1] / 4) + Math.acos(x[2] / 4)
                + Math.min(x[0], x[1]) + Math.signum(x[2]) * x[2] + Math.toRadians(x[0]) + Math.toDegrees(x[1]) / 100;
    }

    /** A labeled break out of a nested search. */
    @Differentiable
    public static double firstPairAbove(double[] x, double threshold) {
        double found = 0;
        outer:
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                if (x[i] * x[j] > threshold) {
                    found = x[i] * x[j];
                    break outer;
                }
            }
        }
        return found;
    }

    /** A switch on the polynomial's degree (Legendre polynomials). */
    @Differentiable
    public static double basis(double t, int degree) {
        switch (degree) {
            case 0:
                return 1;
            case 1:
                return t;
            case 2:
                return 1.5 * t * t - 0.5;
            default:
                return 2.5 * t * t * t - 1.5 * t;
        }
    }
}
