package dev.chainrule.runtime.trace;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ScratchStatsTest {
    static TraceableScalar net(int inputs, int hidden, int outputs, double[][] xs, double[][] ys) {
        int second = hidden * inputs;
        return wFlat -> {
            Active[] a = new Active[hidden];
            Active total = Active.constant(0);
            for (int s = 0; s < xs.length; s++) {
                for (int j = 0; j < hidden; j++) {
                    Active h = Active.constant(0);
                    for (int k = 0; k < inputs; k++) {
                        h = h.add(wFlat[j * inputs + k].mul(xs[s][k]));
                    }
                    a[j] = h.gt(0) ? h : Active.constant(0);
                }
                for (int i = 0; i < outputs; i++) {
                    Active yHat = Active.constant(0);
                    for (int j = 0; j < hidden; j++) {
                        yHat = yHat.add(wFlat[second + i * hidden + j].mul(a[j]));
                    }
                    Active d = yHat.sub(ys[s][i]);
                    total = total.add(d.mul(d));
                }
            }
            return total.div(xs.length);
        };
    }
    static double[][] g(Random r, int a, int b) { double[][] m = new double[a][b]; for (double[] row : m) for (int i = 0; i < b; i++) row[i] = r.nextGaussian(); return m; }

    @Test
    void stats() {
        for (int[] shape : new int[][] {{10, 5, 1, 32}, {10, 64, 4, 32}}) {
            Random random = new Random(42);
            double[][] w1 = g(random, shape[1], shape[0]);
            double[][] w2 = g(random, shape[2], shape[1]);
            double[][] xs = g(random, shape[3], shape[0]);
            double[][] ys = g(random, shape[3], shape[2]);
            int n = shape[1] * shape[0] + shape[2] * shape[1];
            double[] x = new Random(1).doubles(n).toArray();
            TraceableScalar f = net(shape[0], shape[1], shape[2], xs, ys); Trace t = Tracer.trace(z -> new Active[] {f.apply(z)}, x, 1);
            java.util.Map<Integer, Integer> hist = new java.util.TreeMap<>();
            for (Loops.Run r : t.loops()) hist.merge(r.period() * 1000 + r.repetitions(), 1, Integer::sum);
            System.out.println("size " + t.size() + " written " + t.writtenNodes() + " loops " + t.loops().size() + " (period*1000+reps -> count) " + hist);
        }
    }
}
