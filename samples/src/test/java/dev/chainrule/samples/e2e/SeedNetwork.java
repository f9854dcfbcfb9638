package dev.chainrule.samples.e2e;

/**
 * The seed's 2-layer network (section 4 of chain-rule-and-backprop.md) and its backward formulas, written out by hand
 * as the independent oracle of {@link Programs#mlpLoss}:
 *
 * <pre>
 *   h = W₁x,  a = max(0, h),  ŷ = W₂a,  L = ‖ŷ - y‖²
 *   ∂L/∂ŷ = 2(ŷ - y)
 *   ∂L/∂W₂ = 2(ŷ - y) · aᵀ
 *   ∂L/∂a = W₂ᵀ · 2(ŷ - y)
 *   ∂L/∂h = ∂L/∂a ⊙ 1[h > 0]
 *   ∂L/∂W₁ = ∂L/∂h · xᵀ
 * </pre>
 */
record SeedNetwork(double loss, double[] h, double[] a, double[] yHat, double[][] dW1, double[][] dW2) {

    static SeedNetwork backward(double[][] w1, double[][] w2, double[] x, double[] y) {
        double[] h = times(w1, x);
        double[] a = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            a[i] = Math.max(0, h[i]);
        }
        double[] yHat = times(w2, a);
        double loss = 0;
        double[] dYHat = new double[yHat.length];
        for (int o = 0; o < yHat.length; o++) {
            double r = yHat[o] - y[o];
            loss += r * r;
            dYHat[o] = 2 * r;
        }
        double[][] dW2 = outer(dYHat, a);
        double[] dA = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            for (int o = 0; o < yHat.length; o++) {
                dA[i] += w2[o][i] * dYHat[o];
            }
        }
        double[] dH = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            dH[i] = h[i] > 0 ? dA[i] : 0;
        }
        double[][] dW1 = outer(dH, x);
        return new SeedNetwork(loss, h, a, yHat, dW1, dW2);
    }

    static double[] times(double[][] m, double[] v) {
        double[] r = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < v.length; j++) {
                r[i] += m[i][j] * v[j];
            }
        }
        return r;
    }

    static double[][] outer(double[] u, double[] v) {
        double[][] r = new double[u.length][v.length];
        for (int i = 0; i < u.length; i++) {
            for (int j = 0; j < v.length; j++) {
                r[i][j] = u[i] * v[j];
            }
        }
        return r;
    }
}
