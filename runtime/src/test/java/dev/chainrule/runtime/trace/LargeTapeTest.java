package dev.chainrule.runtime.trace;

import static dev.chainrule.runtime.trace.Oracles.ROUNDING;
import static dev.chainrule.runtime.trace.Oracles.assertClose;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Tapes larger than one JVM method can hold are split across methods, and tapes past the compiler's bound stay
 * interpreted; both give the same derivatives as the interpreter.
 */
class LargeTapeTest {

    /** {@code Σ sin(x_i) · x_{i+1} + x_i²}, about 6 nodes per input. */
    private static Active chain(Active[] x) {
        Active s = Active.constant(0);
        for (int i = 0; i < x.length - 1; i++) {
            s = s.add(ActiveMath.sin(x[i]).mul(x[i + 1])).add(x[i].mul(x[i]));
        }
        return s;
    }

    private static double[] closedForm(double[] x) {
        double[] g = new double[x.length];
        for (int i = 0; i < x.length - 1; i++) {
            g[i] += Math.cos(x[i]) * x[i + 1] + 2 * x[i];
            g[i + 1] += Math.sin(x[i]);
        }
        return g;
    }

    @Test
    void aTapeOfManyTimes64KilobytesIsSplitAcrossMethods() {
        int n = 5_000;
        TracedFunction compiled = Tracing.scalar(n, LargeTapeTest::chain, Execution.COMPILED);
        TracedFunction interpreted = Tracing.scalar(n, LargeTapeTest::chain, Execution.INTERPRETED);
        double[] x = new Random(5).doubles(n, -2, 2).toArray();
        compiled.trace(x);
        assertTrue(compiled.isCompiled());
        double[] fromCompiled = compiled.vjp(x, new double[] {1});
        assertClose(interpreted.vjp(x, new double[] {1}), fromCompiled, ROUNDING, "compiled vs interpreted");
        assertClose(closedForm(x), fromCompiled, ROUNDING, "vs closed form");
        double[] v = new Random(6).doubles(n, -1, 1).toArray();
        assertClose(interpreted.jvp(x, v), compiled.jvp(x, v), ROUNDING, "tangent");

        // Each sweep's code is more than the 64 KB one method may hold, cut into methods below the JIT's limit.
        Trace trace = compiled.currentVariant().trace();
        Class<?> generated = compiled.currentVariant().compiledEngine().generatedClass();
        for (SweepWriter writer : new SweepWriter[] {new PrimalWriter(trace), new AdjointWriter(trace),
            new TangentWriter(trace)}) {
            Code counter = new Code(null);
            for (int step : writer.steps()) {
                writer.write(counter, step);
            }
            assertTrue(counter.size() > 65_536, writer.name() + " has only " + counter.size() + " bytes");
            long chunks = Arrays.stream(generated.getDeclaredMethods())
                    .map(Method::getName)
                    .filter(name -> name.matches(writer.name() + "[0-9]+"))
                    .count();
            assertTrue(chunks >= counter.size() / TapeCompiler.CHUNK_BYTES,
                    writer.name() + ": " + counter.size() + " bytes in only " + chunks + " methods");
        }
    }

    @Test
    void aTapePastTheCompilersBoundStaysInterpreted() {
        // Two nodes per input plus the inputs: past the bound.
        int n = TapeCompiler.MAX_NODES / 2;
        TracedFunction f = Tracing.scalar(n, x -> {
            Active s = Active.constant(0);
            for (Active xi : x) {
                s = s.add(xi.mul(xi));
            }
            return s;
        }, Execution.COMPILED);
        double[] x = new Random(7).doubles(n, -1, 1).toArray();
        f.trace(x);
        assertFalse(f.isCompiled());
        double[] g = f.vjp(x, new double[] {1});
        for (int i = 0; i < n; i += 997) {
            assertClose(2 * x[i], g[i], ROUNDING, "g[" + i + "]");
        }
    }
}
