package dev.chainrule.bench.functions;

import dev.chainrule.Differentiable;

/** The log-sum-exp reduction that the Gaussian mixture and the LSTM share, written as ADBench writes it. */
public final class LogSumExp {

    private LogSumExp() {
    }

    /**
     * {@code log Σ exp(v_i)}, shifted by the largest entry so that no {@code exp} overflows. The shift cancels in
     * the value and in the derivative (the softmax of {@code v}), whichever entry the branch picks.
     *
     * @param v the entries, length at least 1
     * @return {@code log Σ exp(v_i)}
     */
    @Differentiable
    public static double logSumExp(double[] v) {
        double max = v[0];
        for (int i = 1; i < v.length; i++) {
            if (v[i] > max) {
                max = v[i];
            }
        }
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            sum += Math.exp(v[i] - max);
        }
        return Math.log(sum) + max;
    }
}
