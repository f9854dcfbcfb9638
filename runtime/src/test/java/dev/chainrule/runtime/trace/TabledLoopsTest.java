package dev.chainrule.runtime.trace;

import static dev.chainrule.runtime.trace.Oracles.ROUNDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.trace.compiler.LoopTable;
import dev.chainrule.runtime.trace.tape.RunLayout;
import dev.chainrule.runtime.trace.tape.Trace;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Loops whose iterations differ in data rather than in shape ({@link RunLayout}): addresses in no fixed stride, guard
 * outcomes that differ from iteration to iteration, nodes with an adjoint in some iterations only, an argument that is
 * a constant in some iterations. The compiled tape must still give what the interpreter gives (value, gradient,
 * tangent), central differences, and {@code <J·v, w> = <v, Jᵀ·w>}.
 */
class TabledLoopsTest {

    private static final int INPUTS = 6;
    private static final int HIDDEN = 24;
    private static final int OUTPUTS = 2;
    private static final int BATCH = 3;

    private static TracedFunction assertCompiledLikeInterpreted(TraceableScalar body, double[] x) {
        return Oracles.assertCompiledLikeInterpreted(body, x, ROUNDING);
    }

    private static Trace traceOf(TracedFunction f) {
        return Oracles.traceOf(f);
    }

    /** The seed's 2-layer network, the ReLU written as a branch, over a batch; the weights are the inputs. */
    private static TraceableScalar network(double[][] xs, double[][] ys) {
        return w -> {
            Active[] a = new Active[HIDDEN];
            Active total = Active.constant(0);
            for (double[] sample : xs) {
                for (int j = 0; j < HIDDEN; j++) {
                    Active h = Active.constant(0);
                    for (int k = 0; k < INPUTS; k++) {
                        h = h.add(w[j * INPUTS + k].mul(sample[k]));
                    }
                    a[j] = h.gt(0) ? h : Active.constant(0);
                }
                for (int i = 0; i < OUTPUTS; i++) {
                    Active yHat = Active.constant(0);
                    for (int j = 0; j < HIDDEN; j++) {
                        yHat = yHat.add(w[HIDDEN * INPUTS + i * HIDDEN + j].mul(a[j]));
                    }
                    Active d = yHat.sub(ys[0][i]);
                    total = total.add(d.mul(d));
                }
            }
            return total;
        };
    }

    @Test
    void aReluLayerIsOneLoopWhateverEachUnitsOutcome() {
        Random random = new Random(21);
        double[][] xs = new double[BATCH][INPUTS];
        for (double[] sample : xs) {
            for (int k = 0; k < INPUTS; k++) {
                sample[k] = random.nextGaussian();
            }
        }
        double[][] ys = {{0.5, -0.25}};
        double[] x = random.doubles(HIDDEN * INPUTS + OUTPUTS * HIDDEN, -1, 1).toArray();
        TraceableScalar body = network(xs, ys);
        TracedFunction compiled = assertCompiledLikeInterpreted(body, x);
        Trace trace = traceOf(compiled);
        // Units of both outcomes share the loops: most of the tape is not written out.
        assertTrue(trace.writtenNodes() < trace.size() / 3, trace.writtenNodes() + " of " + trace.size());
        assertTrue(new LoopTable(trace).data().length > 0, "outcomes and dead units are read from the table");

        // Another point where units change outcome: a new trace, compiled again, still right.
        double[] moved = x.clone();
        for (int k = 0; k < HIDDEN * INPUTS; k++) {
            moved[k] = -moved[k];
        }
        long traces = compiled.traceCount();
        TracedFunction interpreted = Tracing.scalar(x.length, body, Execution.INTERPRETED);
        compiled.vjp(moved, new double[] {1});
        assertEquals(traces + 1, compiled.traceCount());
        compiled.vjp(moved, new double[] {1});
        assertTrue(compiled.isCompiled());
        Oracles.assertLikeInterpreted(compiled, interpreted, moved, ROUNDING);
    }

    @Test
    void inputsReadInNoFixedOrder() {
        int n = 80;
        int[] order = new Random(22).ints(0, n).distinct().limit(n).toArray();
        // Each input is read twice, from iterations far apart: its first adjoint write may come from either.
        TracedFunction compiled = assertCompiledLikeInterpreted(x -> {
            Active s = Active.constant(0);
            for (int i = 0; i < n; i++) {
                s = s.add(ActiveMath.sin(x[order[i]]).mul(x[order[(i + 1) % n]]));
            }
            return s;
        }, new Random(23).doubles(n, -1, 1).toArray());
        Trace trace = traceOf(compiled);
        assertTrue(trace.writtenNodes() < n, "written out: " + trace.writtenNodes());
        assertTrue(new LoopTable(trace).data().length > 0, "addresses are read from the table");
    }

    @Test
    void anArgumentThatIsAConstantInSomeIterations() {
        int n = 90;
        boolean[] constant = new boolean[n];
        Random random = new Random(24);
        for (int i = 0; i < n; i++) {
            constant[i] = random.nextBoolean();
        }
        // t is computed in every iteration but used only in some: elsewhere it has no adjoint, and the product reads
        // a constant instead, which has neither adjoint nor tangent.
        TracedFunction compiled = assertCompiledLikeInterpreted(x -> {
            Active s = Active.constant(0);
            for (int i = 0; i < n - 1; i++) {
                Active t = ActiveMath.exp(x[i].mul(0.5));
                Active a = constant[i] ? Active.constant(1.5) : t;
                s = s.add(x[i + 1].mul(a));
            }
            return s;
        }, new Random(25).doubles(n, -1, 1).toArray());
        Trace trace = traceOf(compiled);
        assertTrue(trace.writtenNodes() < n, "written out: " + trace.writtenNodes());
    }
}
