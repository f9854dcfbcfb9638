package dev.chainrule.samples.e2e;

import dev.chainrule.Differentiable;

/**
 * Sums of terms over loops, the shape whose reverse mode runs each iteration's adjoint right after its primal (also
 * when the sum is scaled after the loop), and their near misses, which must keep the two-sweep form: a local read after
 * the loop, a loop whose local a later loop reads.
 */
final class SumLoops {

    private SumLoops() {
    }

    /** Two loops adding into one sum, the second subtracting. */
    @Differentiable
    static double twoSums(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * x[i];
        }
        for (int i = 0; i < x.length; i++) {
            s -= 0.5 * Math.sin(x[i]);
        }
        return s;
    }

    /** A factor computed before the loop, read by every term; the sum starts from an active value. */
    @Differentiable
    static double sharedFactor(double[] x) {
        double c = x[0] * x[1];
        double s = x[0];
        for (int i = 0; i < x.length; i++) {
            s += c * Math.cos(x[i]);
        }
        return s;
    }

    /** Two accumulations per iteration, one written {@code s = term + s}. */
    @Differentiable
    static double twoTermsPerIteration(double[] x) {
        double s = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            double a = x[i] - 1;
            double b = x[i + 1] * x[i];
            s += a * a;
            s = b * b + s;
        }
        return s;
    }

    /** A data-dependent exit. */
    @Differentiable
    static double sumUntilLarge(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 1.5) {
                break;
            }
            s += x[i] * Math.exp(x[i]);
        }
        return s;
    }

    /** Terms skipped by {@code continue}, counting down. */
    @Differentiable
    static double cubesOfPositives(double[] x) {
        double s = 0;
        for (int i = x.length - 1; i >= 0; i--) {
            if (x[i] < 0) {
                continue;
            }
            s += (i + 1) * x[i] * x[i] * x[i];
        }
        return s;
    }

    /** The last term's local is read after the loop: the loop keeps both sweeps. */
    @Differentiable
    static double lastTermAgain(double[] x) {
        double s = 0;
        double t = 0;
        for (int i = 0; i < x.length; i++) {
            t = x[i] * x[i];
            s += t;
        }
        return s + t;
    }

    /** A sum scaled after the loop: its adjoint is the seed over n, known before the loop runs. */
    @Differentiable
    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += Math.log(1 + v * v);
        }
        return s / x.length;
    }

    /** A product loop before a sum loop that reads the product: only the sum runs in one pass. */
    @Differentiable
    static double productThenSum(double[] x) {
        double p = 1;
        for (int i = 0; i < x.length; i++) {
            p = p * Math.cos(x[i]);
        }
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += p * x[i];
        }
        return s;
    }

    /** The first loop's local is read by the second: neither runs in one pass. */
    @Differentiable
    static double localAcrossLoops(double[] x) {
        double s = 0;
        double last = 0;
        for (int i = 0; i < x.length; i++) {
            last = Math.tanh(x[i]);
            s += last;
        }
        for (int i = 0; i < x.length; i++) {
            s += last * x[i];
        }
        return s;
    }
}
