package dev.chainrule.runtime.trace;

import static dev.chainrule.runtime.trace.Oracles.NUMERIC;
import static dev.chainrule.runtime.trace.Oracles.ROUNDING;
import static dev.chainrule.runtime.trace.Oracles.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.trace.tape.Loops;
import dev.chainrule.runtime.trace.tape.Trace;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Loops in the traced function become loops in the compiled tape ({@link Loops}): inputs read with various strides,
 * values every iteration shares, an iteration that differs from the others, guards inside the loop. Each compiled
 * tape must give what the interpreter gives (value, gradient, tangent) and the gradient central differences give.
 */
class LoopsTest {

    private static final int N = 60;

    private static Trace assertCompiledLikeInterpreted(TraceableScalar body, double[] x) {
        return Oracles.traceOf(Oracles.assertCompiledLikeInterpreted(body, x, ROUNDING));
    }

    private static double[] point(int n, long seed) {
        return new Random(seed).doubles(n, 0.2, 1.2).toArray();
    }

    @Test
    void rosenbrockRunsAsOneLoop() {
        Trace trace = assertCompiledLikeInterpreted(Oracles::rosenbrock, point(N, 1));
        List<Loops.Run> loops = trace.loops();
        assertEquals(1, loops.size(), loops.toString());
        assertTrue(loops.get(0).repetitions() >= N - 3, loops.toString());
        assertTrue(trace.writtenNodes() < 40, "written out: " + trace.writtenNodes());
    }

    /** Reads {@code x} with stride {@code stride} (negative: backwards), pairing each read with the one after it. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, -1, -2})
    void inputsReadWithAnyStride(int stride) {
        Trace trace = assertCompiledLikeInterpreted(x -> {
            Active s = Active.constant(0);
            int first = stride > 0 ? 0 : x.length - 1;
            for (int i = first; i + stride >= 0 && i + stride < x.length; i += stride) {
                s = s.add(ActiveMath.sin(x[i]).mul(x[i + stride]).add(ActiveMath.exp(x[i].mul(0.5))));
            }
            return s;
        }, point(N * Math.abs(stride), 3));
        assertFalse(trace.loops().isEmpty());
    }

    @Test
    void aValueComputedBeforeTheLoopIsSharedByEveryIteration() {
        // t is read by every iteration (stride 0) and its adjoint gathers one contribution per iteration.
        Trace trace = assertCompiledLikeInterpreted(x -> {
            Active t = ActiveMath.log(x[0].add(x[1]));
            Active s = Active.constant(0);
            for (int i = 2; i < x.length; i++) {
                s = s.add(t.mul(x[i]).div(x[i - 1].add(2)));
            }
            return s;
        }, point(N, 4));
        assertFalse(trace.loops().isEmpty());
    }

    @Test
    void aLastIterationThatDiffersIsWrittenOut() {
        Trace trace = assertCompiledLikeInterpreted(x -> {
            Active s = Active.constant(0);
            for (int i = 0; i < x.length; i++) {
                Active term = i == x.length - 1 ? ActiveMath.cosh(x[i]) : ActiveMath.tanh(x[i]);
                s = s.mul(0.5).add(term.mul(x[i]));
            }
            return s;
        }, point(N, 5));
        Loops.Run run = trace.loops().get(0);
        assertTrue(run.end() < trace.size(), "the last iteration is not in the loop");
    }

    @Test
    void aVectorFunctionWithALoopPerOutput() {
        // Every output is written in a loop, so the reverse sweep's seeds land inside the loop's nodes.
        TraceableVector body = x -> {
            Active[] y = new Active[x.length - 1];
            for (int i = 0; i < y.length; i++) {
                y[i] = x[i].mul(x[i + 1]).add(ActiveMath.sqrt(x[i]));
            }
            return y;
        };
        double[] x = point(N, 6);
        TracedFunction compiled = Tracing.vector(N, N - 1, body, Execution.COMPILED);
        TracedFunction interpreted = Tracing.vector(N, N - 1, body, Execution.INTERPRETED);
        compiled.trace(x);
        assertTrue(compiled.isCompiled());
        assertFalse(compiled.currentVariant().trace().loops().isEmpty());
        double[] w = new Random(7).doubles(N - 1, -1, 1).toArray();
        assertClose(interpreted.vjp(x, w), compiled.vjp(x, w), ROUNDING, "vjp");
        double[] v = new Random(8).doubles(N, -1, 1).toArray();
        assertClose(interpreted.jvp(x, v), compiled.jvp(x, v), ROUNDING, "jvp");
        Oracles.assertConsistent(compiled, x, v, w, "vector loop");
    }

    /** {@code Σ |x_i - x_{i+1}|} with the absolute value written as a branch: one guard per iteration. */
    private static Active branchy(Active[] x) {
        Active s = Active.constant(0);
        for (int i = 0; i < x.length - 1; i++) {
            Active d = x[i].sub(x[i + 1]);
            s = s.add(d.gt(0) ? d.mul(d) : d.neg());
        }
        return s;
    }

    @Test
    void guardsInsideALoopAreCheckedOnEveryIteration() {
        // Increasing inputs: every difference is negative, every guard has the same outcome, one loop covers them.
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = 0.1 * i;
        }
        Trace trace = assertCompiledLikeInterpreted(LoopsTest::branchy, x);
        Loops.Run run = trace.loops().get(0);
        assertTrue(trace.firstGuard(run.end()) - trace.firstGuard(run.start()) >= run.repetitions(),
                "the loop checks guards");

        TracedFunction f = Tracing.scalar(N, LoopsTest::branchy, Execution.COMPILED);
        f.trace(x);
        long traces = f.traceCount();
        // A guard in the middle of the loop now fails: the compiled tape must notice and trace again.
        double[] y = x.clone();
        y[N / 2] = 10;
        double[] gradient = f.vjp(y, new double[] {1});
        assertEquals(traces + 1, f.traceCount());
        assertClose(Oracles.centralGradient(z -> f.value(z)[0], y), gradient, NUMERIC, "after the retrace");
    }

    @Test
    void aGuardInsideALoopMayReadThePreviousIterationsValue() {
        // The comparison reads the sum as the previous iteration left it, before this iteration's node that updates it.
        Trace trace = assertCompiledLikeInterpreted(x -> {
            Active s = x[0];
            for (int i = 1; i < x.length; i++) {
                Active t = x[i].mul(x[i - 1]);
                s = s.lt(1000) ? s.add(t) : s.sub(t);
            }
            return s;
        }, point(N, 9));
        Loops.Run run = trace.loops().get(0);
        assertTrue(trace.firstGuard(run.end()) - trace.firstGuard(run.start()) >= run.repetitions());
    }

    @Test
    void guardsWithDifferentOutcomesSplitTheLoop() {
        // Each half long enough for a loop of its own.
        int n = 2 * N;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i < n / 2 ? 0.1 * i : 20 - 0.1 * i;
        }
        Trace trace = assertCompiledLikeInterpreted(LoopsTest::branchy, x);
        assertTrue(trace.loops().size() >= 2, trace.loops().toString());
    }
}
