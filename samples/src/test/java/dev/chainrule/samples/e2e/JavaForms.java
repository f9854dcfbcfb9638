package dev.chainrule.samples.e2e;

import dev.chainrule.Differentiable;

/**
 * Everyday Java forms: clone of an array, var in an enhanced for, switch statements and expressions, Math.toRadians,
 * labelled break and continue.
 */
final class JavaForms {

    private JavaForms() {
    }

    /** A copy made with clone() and scaled in place, read back by a for over var. */
    @Differentiable
    static double cloneAndScale(double[] x) {
        double[] y = x.clone();
        for (int i = 0; i < y.length; i++) {
            y[i] *= i + 1;
        }
        double s = 0;
        for (var v : y) {
            s += Math.sin(v);
        }
        return s + Math.toRadians(x[0]) * Math.toDegrees(x[1]);
    }

    /** Colon cases with grouped labels, break and a default that ends the switch; arrow cases. */
    @Differentiable
    static double switchPieces(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double w;
            switch (i % 4) {
                case 0:
                case 1:
                    w = x[i] * x[i];
                    break;
                case 2:
                    w = Math.sin(x[i]);
                    break;
                default:
                    w = 0.5 * x[i];
            }
            s += w;
            switch (i % 3) {
                case 0 -> s += 1;
                case 1 -> {
                    s *= 1.01;
                }
                default -> s -= 0.1 * x[i];
            }
        }
        return s;
    }

    /**
     * Sums over the strictly lower triangle of x·xᵀ that skip the rest of a row at its first negative product
     * ({@code continue rows}) and stop at the first product above 2 ({@code break rows}).
     */
    @Differentiable
    static double labelledExits(double[] x) {
        double s = 0;
        rows:
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < i; j++) {
                double p = x[i] * x[j];
                if (p < 0) {
                    continue rows;
                }
                if (p > 2) {
                    break rows;
                }
                s += Math.sin(p);
            }
            s += x[i];
        }
        return s;
    }

    /** A switch expression choosing each term, its default written first. */
    @Differentiable
    static double switchExpression(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += switch (i % 3) {
                default -> Math.exp(0.5 * x[i]);
                case 0 -> x[i] * x[i];
                case 1, 4 -> i > 2 ? Math.cos(x[i]) : -x[i];
            };
        }
        return s;
    }
}
