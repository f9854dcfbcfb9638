package dev.chainrule.runtime.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.rules.Primitive;
import dev.chainrule.runtime.trace.compiler.AdjointCells;
import dev.chainrule.runtime.trace.compiler.LoopTable;
import dev.chainrule.runtime.trace.compiler.Recomputed;
import dev.chainrule.runtime.trace.tape.Loops;
import dev.chainrule.runtime.trace.tape.Op;
import dev.chainrule.runtime.trace.tape.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a compiled loop keeps in local variables instead of the workspace arrays: the {@link Recomputed} values the
 * derivative sweeps compute again, and the adjoint elements a reverse loop carries from one repetition to the next
 * ({@link AdjointCells}). Both only move where a number lives, never how it is computed, so the compiled tape must
 * give the interpreter's value, gradient and tangent to the last bit, and central differences' gradient. The random
 * loop bodies at the end find the combinations the hand-written cases miss.
 */
class LoopLocalsTest {

    private static final int N = 40;

    /** Compiles {@code body} at {@code x} and checks it is bit for bit the interpreter, and central differences. */
    private static Trace assertSameBits(TraceableScalar body, double[] x) {
        return Oracles.traceOf(Oracles.assertCompiledLikeInterpreted(body, x, 0));
    }

    private static double[] point(int n, long seed) {
        return new Random(seed).doubles(n, 0.2, 1.2).toArray();
    }

    private static Recomputed recomputed(Trace trace) {
        return new LoopTable(trace).recomputed();
    }

    private static int recomputedCount(Trace trace, int run) {
        int count = 0;
        for (int o = 0; o < trace.loops().get(run).period(); o++) {
            count += recomputed(trace).at(run, o) ? 1 : 0;
        }
        return count;
    }

    @Test
    void rosenbrockRecomputesItsProductsAndCarriesItsAdjoints() {
        Trace trace = assertSameBits(Oracles::rosenbrock, point(N, 1));
        assertEquals(1, trace.loops().size());
        // 1 - x[i], x[i]², the difference and b²: the factors the products' partials read, and what they are made of.
        assertEquals(4, recomputedCount(trace, 0));
    }

    @Test
    void aQuotientIsRecomputedForItsOwnValue() {
        assertSameBits(x -> {
            Active s = Active.constant(0);
            for (int i = 0; i < x.length - 1; i++) {
                s = s.add(x[i].div(x[i + 1].mul(x[i + 1]).add(1)));
            }
            return s;
        }, point(N, 2));
    }

    @Test
    void aLibraryFunctionStaysStoredAndAProductOfItIsRecomputed() {
        Trace trace = assertSameBits(x -> {
            Active s = Active.constant(0);
            for (int i = 0; i < x.length - 1; i++) {
                Active e = ActiveMath.exp(x[i].mul(0.5));
                s = s.add(e.mul(x[i + 1].sub(x[i])).mul(e.add(x[i])));
            }
            return s;
        }, point(N, 3));
        Loops.Run run = trace.loops().get(0);
        for (int o = 0; o < run.period(); o++) {
            if (trace.op(run.start() + o) == Op.of(Primitive.EXP)) {
                assertFalse(recomputed(trace).at(0, o), "exp is stored, not computed again");
            }
        }
        assertTrue(recomputedCount(trace, 0) > 0);
    }

    @Test
    void aRecurrenceReadsThePreviousValueFromMemory() {
        // h is read by the next iteration, so it is stored; the product that reads it is computed again from it.
        Trace trace = assertSameBits(x -> {
            Active h = Active.constant(0);
            Active s = Active.constant(0);
            for (int i = 0; i < x.length; i++) {
                h = h.mul(0.9).add(x[i].mul(x[i]));
                s = s.add(h.mul(h));
            }
            return s;
        }, point(N, 4));
        assertFalse(trace.loops().isEmpty());
    }

    /** An input adjoint touched by two iterations {@code distance} apart (negative: the loop runs backwards). */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, -1, -2})
    void inputAdjointsSharedByIterationsApart(int distance) {
        assertSameBits(x -> {
            Active s = Active.constant(0);
            int from = distance > 0 ? 0 : x.length - 1;
            for (int i = from; i + distance >= 0 && i + distance < x.length; i += distance > 0 ? 1 : -1) {
                Active d = x[i + distance].sub(x[i]);
                s = s.add(d.mul(d).mul(x[i]));
            }
            return s;
        }, point(N, 5));
    }

    @Test
    void aSumWithAScaledAdjointPassesItBackward() {
        // The running value's adjoint is multiplied by 0.5 on the way to the iteration before.
        assertSameBits(x -> {
            Active s = Active.constant(1);
            for (int i = 0; i < x.length - 1; i++) {
                s = s.mul(0.5).add(x[i].mul(x[i + 1]));
            }
            return s;
        }, point(N, 6));
    }

    @Test
    void aSumsFinalValueIsStoredOnceAfterTheLoopForWhatFollows() {
        assertSameBits(x -> {
            Active s = Active.constant(0);
            for (int i = 0; i < x.length; i++) {
                s = s.add(x[i].mul(x[i]));
            }
            // A second loop reads the first one's result in every iteration, and a product reads it after both.
            Active t = Active.constant(0);
            for (int i = 0; i < x.length; i++) {
                t = t.add(x[i].mul(s));
            }
            return t.mul(s).add(ActiveMath.sin(s));
        }, point(N, 8));
    }

    @Test
    void aValueOfAnEarlierIterationReadAfterTheLoopIsStoredInEvery() {
        assertSameBits(x -> {
            Active s = Active.constant(0);
            Active kept = null;
            for (int i = 0; i < x.length; i++) {
                Active term = x[i].mul(x[i]).add(1);
                if (i == 5) {
                    kept = term;
                }
                s = s.add(term);
            }
            return s.mul(kept);
        }, point(N, 9));
    }

    @Test
    void constantsInALoopBodyKeepTheirBits() {
        // 0, -0, 1 and others, read by every iteration: a loop of its own writes them as immediates.
        assertSameBits(x -> {
            Active s = Active.constant(0);
            for (int i = 0; i < x.length; i++) {
                s = s.add(x[i].mul(-0.0).add(x[i].mul(2.5)).sub(x[i].mul(x[i]).mul(1.0)).div(x[i].add(0.0)));
            }
            return s;
        }, point(N, 10));
    }

    @Test
    void neighboursOneApartPairUpTwoApartStayInMemory() {
        AdjointCells pair = new AdjointCells();
        pair.record(6, 2, 1, false, AdjointCells.ADD);
        pair.record(6, 1, 1, false, AdjointCells.STORE);
        pair.record(6, 1, 1, false, AdjointCells.ADD);
        pair.decide(100, 8, 5);
        assertEquals(AdjointCells.Role.EARLY, pair.cell(6, 1).role());
        assertEquals(AdjointCells.Role.LATE, pair.cell(6, 2).role());
        assertEquals(AdjointCells.STORE, pair.cell(6, 1).first());
        assertTrue(pair.cell(6, 2).stored(), "an input adjoint reaches memory");

        AdjointCells apart = new AdjointCells();
        apart.record(6, 3, 1, false, AdjointCells.ADD);
        apart.record(6, 1, 1, false, AdjointCells.STORE);
        apart.decide(100, 8, 5);
        assertNull(apart.cell(6, 1));

        AdjointCells tabled = new AdjointCells();
        tabled.record(5, 20, 8, false, AdjointCells.READ);
        tabled.record(5, 12, 8, false, AdjointCells.STORE);
        tabled.record(6, 0, 1, false, AdjointCells.ADD);
        tabled.record(6, 0, 0, true, AdjointCells.ADD);
        tabled.decide(100, 8, 5);
        assertNull(tabled.cell(6, 0), "a tabled access may be any element");
        assertNotNull(tabled.cell(5, 12));
        assertFalse(tabled.cell(5, 20).stored(), "a node the loop reads needs no store");

        AdjointCells tooMany = new AdjointCells();
        tooMany.record(6, 0, 1, false, AdjointCells.ADD);
        tooMany.record(5, 12, 8, false, AdjointCells.STORE);
        tooMany.decide(100, 1, 5);
        assertNull(tooMany.cell(6, 0));
    }

    static LongStream seeds() {
        return LongStream.range(0, 60);
    }

    /**
     * A random loop body: each iteration combines its inputs {@code x[i + d]}, constants, a value from before the loop
     * and the previous iteration's values with arithmetic and library functions, and feeds a sum and a recurrence.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void randomLoopBodies(long seed) {
        Random shape = new Random(seed);
        int terms = 3 + shape.nextInt(8);
        int[] op = new int[terms];
        int[][] from = new int[terms][2];
        double[] constant = new double[terms];
        for (int t = 0; t < terms; t++) {
            op[t] = shape.nextInt(9);
            // Operands: earlier terms (t' < t), or -1 .. -6 for x[i], x[i+1], x[i+2], the recurrence, the shared value,
            // the constant.
            for (int j = 0; j < 2; j++) {
                from[t][j] = t > 0 && shape.nextBoolean() ? shape.nextInt(t) : -1 - shape.nextInt(6);
            }
            constant[t] = Math.round(shape.nextDouble() * 8) / 4.0 + 0.25;
        }
        boolean recurrence = shape.nextBoolean();
        TraceableScalar body = x -> {
            Active shared = ActiveMath.sin(x[0]).add(x[1]);
            Active h = Active.constant(0.5);
            Active s = Active.constant(0);
            for (int i = 0; i + 2 < x.length; i++) {
                List<Active> values = new ArrayList<>();
                for (int t = 0; t < terms; t++) {
                    Active a = operand(from[t][0], values, x, i, h, shared, constant[t]);
                    Active b = operand(from[t][1], values, x, i, h, shared, constant[t]);
                    values.add(combine(op[t], a, b));
                }
                Active last = values.get(terms - 1);
                if (recurrence) {
                    h = h.mul(0.5).add(ActiveMath.tanh(last));
                }
                s = s.add(last);
            }
            return s.add(h);
        };
        assertSameBits(body, point(N, seed));
    }

    private static Active operand(int from, List<Active> values, Active[] x, int i, Active h, Active shared,
            double constant) {
        switch (from) {
            case -1:
                return x[i];
            case -2:
                return x[i + 1];
            case -3:
                return x[i + 2];
            case -4:
                return h;
            case -5:
                return shared;
            case -6:
                return Active.constant(constant);
            default:
                return values.get(from);
        }
    }

    // Kept in ranges where central differences are reliable: quotients by 1 + b², exponentials of bounded values.
    private static Active combine(int op, Active a, Active b) {
        switch (op) {
            case 0:
                return a.add(b);
            case 1:
                return a.sub(b);
            case 2:
            case 3:
                return a.mul(b);
            case 4:
                return a.div(b.mul(b).add(1));
            case 5:
                return a.neg().add(b.mul(0.5));
            case 6:
                return ActiveMath.sin(a).mul(b);
            case 7:
                return ActiveMath.exp(ActiveMath.tanh(a)).add(b);
            default:
                return a.mul(a).sub(b);
        }
    }
}
