package dev.chainrule.samples;

import dev.chainrule.runtime.trace.Active;
import dev.chainrule.runtime.trace.TraceableScalar;

/**
 * Functions of this module written over {@link Active} values, for {@code Tracing}: what a user writes when the code
 * cannot be annotated. The tests compare their traced gradients with the generated ones, and the benchmarks time the
 * two side by side.
 */
public final class TracedFunctions {

    private TracedFunctions() {
    }

    /**
     * DESIGN.md §1's Rosenbrock, {@code Σ (1 - x_i)² + 100 (x_{i+1} - x_i²)²}, the loop of the annotated one.
     *
     * @param x the point, as active values
     * @return the function's value
     */
    public static Active rosenbrock(Active[] x) {
        Active s = Active.constant(0);
        for (int i = 0; i < x.length - 1; i++) {
            Active a = x[i].subFrom(1);
            Active b = x[i + 1].sub(x[i].mul(x[i]));
            s = s.add(a.mul(a).add(b.mul(b).mul(100)));
        }
        return s;
    }

    /**
     * {@link NetworkFunctions#loss} as a function of both layers' weights, {@code W1} row by row then {@code W2}, in
     * one vector; the ReLU's comparison is recorded as a guard.
     *
     * @param inputs  the inputs per sample
     * @param hidden  the hidden units
     * @param outputs the outputs per sample
     * @param xs      the samples' inputs, {@code batch × inputs}
     * @param ys      the samples' targets, {@code batch × outputs}
     * @return the mean squared error over the batch, of the flat weights
     */
    public static TraceableScalar networkLoss(int inputs, int hidden, int outputs, double[][] xs, double[][] ys) {
        int second = hidden * inputs;
        return w -> {
            Active[] a = new Active[hidden];
            Active total = Active.constant(0);
            for (int s = 0; s < xs.length; s++) {
                for (int j = 0; j < hidden; j++) {
                    Active h = Active.constant(0);
                    for (int k = 0; k < inputs; k++) {
                        h = h.add(w[j * inputs + k].mul(xs[s][k]));
                    }
                    a[j] = h.gt(0) ? h : Active.constant(0);
                }
                for (int i = 0; i < outputs; i++) {
                    Active yHat = Active.constant(0);
                    for (int j = 0; j < hidden; j++) {
                        yHat = yHat.add(w[second + i * hidden + j].mul(a[j]));
                    }
                    Active d = yHat.sub(ys[s][i]);
                    total = total.add(d.mul(d));
                }
            }
            return total.div(xs.length);
        };
    }
}
