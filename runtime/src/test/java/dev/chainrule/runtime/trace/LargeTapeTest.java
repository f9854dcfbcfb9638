package dev.chainrule.runtime.trace;

import static dev.chainrule.runtime.trace.Oracles.ROUNDING;
import static dev.chainrule.runtime.trace.Oracles.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.trace.compiler.Code;
import dev.chainrule.runtime.trace.compiler.LoopTable;
import dev.chainrule.runtime.trace.compiler.SweepWriter;
import dev.chainrule.runtime.trace.compiler.TapeCompiler;
import dev.chainrule.runtime.trace.tape.Trace;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Tapes larger than one JVM method can hold are split across methods, tapes that would write out more nodes than the
 * compiler's bound stay interpreted, and loops count once against that bound; all give the same derivatives as the
 * interpreter.
 */
class LargeTapeTest {

    /**
     * {@code Σ f_i(x_i) · x_{i+1} + x_i²}, about 5 nodes per input, where {@code f_i} is sin, cos, atan or sinh as a
     * hash of {@code i} picks: a tape without loops to find, so that all of it is written out.
     */
    private static Active chain(Active[] x) {
        Active s = Active.constant(0);
        for (int i = 0; i < x.length - 1; i++) {
            s = s.add(pick(i, x[i]).mul(x[i + 1])).add(x[i].mul(x[i]));
        }
        return s;
    }

    private static final int[] CHOICES = new Random(11).ints(TapeCompiler.MAX_NODES, 0, 4).toArray();

    private static int choice(int i) {
        return CHOICES[i];
    }

    private static Active pick(int i, Active a) {
        switch (choice(i)) {
            case 0:
                return ActiveMath.sin(a);
            case 1:
                return ActiveMath.cos(a);
            case 2:
                return ActiveMath.atan(a);
            default:
                return ActiveMath.sinh(a);
        }
    }

    private static double pickDerivative(int i, double a) {
        switch (choice(i)) {
            case 0:
                return Math.cos(a);
            case 1:
                return -Math.sin(a);
            case 2:
                return 1 / (1 + a * a);
            default:
                return Math.cosh(a);
        }
    }

    private static double pickValue(int i, double a) {
        switch (choice(i)) {
            case 0:
                return Math.sin(a);
            case 1:
                return Math.cos(a);
            case 2:
                return Math.atan(a);
            default:
                return Math.sinh(a);
        }
    }

    private static double[] closedForm(double[] x) {
        double[] g = new double[x.length];
        for (int i = 0; i < x.length - 1; i++) {
            g[i] += pickDerivative(i, x[i]) * x[i + 1] + 2 * x[i];
            g[i + 1] += pickValue(i, x[i]);
        }
        return g;
    }

    @Test
    void aTapeOfManyTimes64KilobytesIsSplitAcrossMethods() {
        int n = 2_500;
        TracedFunction compiled = Tracing.scalar(n, LargeTapeTest::chain, Execution.COMPILED);
        TracedFunction interpreted = Tracing.scalar(n, LargeTapeTest::chain, Execution.INTERPRETED);
        double[] x = new Random(5).doubles(n, -2, 2).toArray();
        compiled.trace(x);
        assertTrue(compiled.isCompiled());
        assertEquals(List.of(), compiled.currentVariant().trace().loops(), "an irregular tape has no loops");
        double[] fromCompiled = compiled.vjp(x, new double[] {1});
        assertClose(interpreted.vjp(x, new double[] {1}), fromCompiled, ROUNDING, "compiled vs interpreted");
        assertClose(closedForm(x), fromCompiled, ROUNDING, "vs closed form");
        double[] v = new Random(6).doubles(n, -1, 1).toArray();
        assertClose(interpreted.jvp(x, v), compiled.jvp(x, v), ROUNDING, "tangent");

        // Each sweep's code is more than the 64 KB one method may hold, cut into methods below the JIT's limit.
        Trace trace = compiled.currentVariant().trace();
        Class<?> generated = compiled.currentVariant().compiledEngine().generatedClass();
        LoopTable table = new LoopTable(trace);
        for (SweepWriter writer : TapeCompiler.writers(trace, table)) {
            Code counter = new Code(null);
            for (int step : writer.plan.steps()) {
                writer.emit(counter, step);
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
        // About 5 nodes per input, none in a loop: past the bound.
        int n = TapeCompiler.MAX_NODES / 4;
        TracedFunction f = Tracing.scalar(n, LargeTapeTest::chain, Execution.COMPILED);
        double[] x = new Random(7).doubles(n, -1, 1).toArray();
        f.trace(x);
        assertFalse(f.isCompiled());
        assertTrue(f.currentVariant().trace().writtenNodes() > TapeCompiler.MAX_NODES);
        assertClose(closedForm(x), f.vjp(x, new double[] {1}), ROUNDING, "interpreted gradient");
    }

    @Test
    void aLoopCountsOnceAgainstTheBound() {
        // Two nodes per input plus the inputs, three times the bound, nearly all in one loop.
        int n = TapeCompiler.MAX_NODES;
        TracedFunction f = Tracing.scalar(n, x -> {
            Active s = Active.constant(0);
            for (Active xi : x) {
                s = s.add(xi.mul(xi));
            }
            return s;
        }, Execution.COMPILED);
        double[] x = new Random(7).doubles(n, -1, 1).toArray();
        f.trace(x);
        assertTrue(f.isCompiled());
        assertTrue(f.currentVariant().trace().writtenNodes() < 100);
        double[] g = f.vjp(x, new double[] {1});
        for (int i = 0; i < n; i++) {
            assertEquals(2 * x[i], g[i], "g[" + i + "]");
        }
    }
}
