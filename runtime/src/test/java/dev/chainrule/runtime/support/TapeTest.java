package dev.chainrule.runtime.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TapeTest {

    private final Tape tape = new Tape();

    @AfterEach
    void leaveTheThreadsTapeEmpty() {
        // Tests that use Tape.current() share it with every other test on this thread: each must balance its pushes.
        Tape current = Tape.current();
        assertEquals(0, current.doubleCount() + current.intCount() + current.booleanCount() + current.objectCount());
    }

    @Test
    void eachStackIsLastInFirstOutAndIndependentOfTheOthers() {
        double[] array = {1};
        tape.pushDouble(1.5);
        tape.pushInt(7);
        tape.pushDouble(-0.0);
        tape.pushBoolean(true);
        tape.pushObject(array);
        tape.pushInt(-3);
        tape.pushBoolean(false);
        tape.pushObject(null);
        assertEquals(2, tape.doubleCount());
        assertEquals(2, tape.intCount());
        assertEquals(2, tape.booleanCount());
        assertEquals(2, tape.objectCount());

        assertNull(tape.popObject());
        assertEquals(-3, tape.popInt());
        assertEquals(-0.0, tape.popDouble());
        assertFalse(tape.popBoolean());
        assertTrue(tape.popBoolean());
        assertSame(array, tape.popObject());
        assertEquals(7, tape.popInt());
        assertEquals(1.5, tape.popDouble());
        assertEquals(0, tape.doubleCount() + tape.intCount() + tape.booleanCount() + tape.objectCount());
    }

    @Test
    void keepsEveryBitOfADouble() {
        double[] values = {Double.NaN, Double.MIN_VALUE, -Double.MAX_VALUE, Double.NEGATIVE_INFINITY, -0.0};
        for (double v : values) {
            tape.pushDouble(v);
        }
        for (int k = values.length - 1; k >= 0; k--) {
            assertEquals(Double.doubleToRawLongBits(values[k]), Double.doubleToRawLongBits(tape.popDouble()));
        }
    }

    @Test
    void growsPastItsInitialCapacityAndKeepsItBelowTheThreshold() {
        int n = 5 * Tape.INITIAL_CAPACITY + 3;
        double[][] arrays = new double[n][];
        for (int k = 0; k < n; k++) {
            arrays[k] = new double[] {k};
            tape.pushDouble(k + 0.5);
            tape.pushInt(-k);
            tape.pushBoolean(k % 3 == 0);
            tape.pushObject(arrays[k]);
        }
        assertEquals(n, tape.doubleCount());
        assertEquals(n, tape.objectCount());
        assertEquals(8 * Tape.INITIAL_CAPACITY, tape.doubleCapacity());
        for (int k = n - 1; k >= 0; k--) {
            assertSame(arrays[k], tape.popObject());
            assertEquals(k % 3 == 0, tape.popBoolean());
            assertEquals(-k, tape.popInt());
            assertEquals(k + 0.5, tape.popDouble());
        }
        assertEquals(0, tape.doubleCount());
        assertEquals(8 * Tape.INITIAL_CAPACITY, tape.doubleCapacity());
    }

    @Test
    void popObjectClearsTheSlotSoTheArrayCanBeCollected() {
        tape.pushObject(new double[3]);
        tape.pushObject(new double[4]);
        assertEquals(4, ((double[]) tape.popObject()).length);
        assertNull(tape.objectSlot(1));
        assertEquals(3, ((double[]) tape.popObject()).length);
        assertNull(tape.objectSlot(0));
    }

    @Test
    void clearEmptiesEveryStackAndReleasesReferences() {
        tape.pushDouble(1);
        tape.pushInt(2);
        tape.pushBoolean(true);
        tape.pushObject(new double[1]);
        tape.clear();
        assertEquals(0, tape.doubleCount() + tape.intCount() + tape.booleanCount() + tape.objectCount());
        assertNull(tape.objectSlot(0));
        tape.pushDouble(3);
        assertEquals(3, tape.popDouble());
    }

    static Stream<Arguments> pops() {
        return Stream.of(
                pop("popDouble", "double", Tape::popDouble),
                pop("popInt", "int", Tape::popInt),
                pop("popBoolean", "boolean", Tape::popBoolean),
                pop("popObject", "Object", Tape::popObject));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pops")
    void poppingAnEmptyStackIsAnUnderflowEvenWhenOthersHoldEntries(String method, String kind, Consumer<Tape> pop) {
        // Entries on the other stacks must not be mistaken for this one's.
        if (!kind.equals("double")) {
            tape.pushDouble(1);
        }
        if (!kind.equals("int")) {
            tape.pushInt(1);
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> pop.accept(tape));
        assertEquals("tape underflow: " + method + " on an empty " + kind
                + " stack; generated reverse code popped more than it pushed", e.getMessage());
    }

    @Test
    void currentIsOnePerThread() throws Exception {
        Tape mine = Tape.current();
        assertSame(mine, Tape.current());
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Tape theirs = pool.submit(Tape::current).get();
            assertNotSame(mine, theirs);
            assertSame(theirs, pool.submit(Tape::current).get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void concurrentThreadsNeverSeeEachOthersEntries() throws Exception {
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                tasks.add(() -> {
                    Tape tape = Tape.current();
                    for (int round = 0; round < 200; round++) {
                        for (int k = 0; k < 2000; k++) {
                            tape.pushInt(id * 1_000_000 + k);
                            tape.pushDouble(id + k * 0.25);
                        }
                        for (int k = 1999; k >= 0; k--) {
                            if (tape.popDouble() != id + k * 0.25 || tape.popInt() != id * 1_000_000 + k) {
                                return false;
                            }
                        }
                    }
                    return tape.doubleCount() == 0 && tape.intCount() == 0;
                });
            }
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * {@code prod(x) = x0·x1·…}, its adjoint written the way the design's example writes it, on the thread's tape:
     * accumulates {@code seed·∂prod/∂x} into {@code xBar} and returns {@code prod(x)}.
     */
    private static double prodVjp(double[] x, double seed, double[] xBar) {
        Tape tape = Tape.current();
        double p = 1;
        for (int i = 0; i < x.length; i++) {
            tape.pushDouble(p);
            p = p * x[i];
        }
        double result = p;
        double pBar = seed;
        for (int i = x.length - 1; i >= 0; i--) {
            p = tape.popDouble();
            xBar[i] += pBar * p;
            pBar = pBar * x[i];
        }
        return result;
    }

    /**
     * {@code h(x) = Σ_k sin(prod(x))·k} for {@code k = 1..3}, a loop whose forward sweep pushes and whose body calls
     * {@link #prodVjp}, which uses the same tape in between; the backward sweep re-runs the nested adjoint.
     */
    private static double nestedVjp(double[] x, double seed, double[] xBar) {
        Tape tape = Tape.current();
        double h = 0;
        double s = 0;
        for (int k = 1; k <= 3; k++) {
            tape.pushDouble(s);
            tape.pushBoolean(k % 2 == 0);
            s = Math.sin(prodVjp(x, 0, new double[x.length])) * k;
            h = h + s;
        }
        double hBar = seed;
        for (int k = 3; k >= 1; k--) {
            boolean even = tape.popBoolean();
            assertEquals(k % 2 == 0, even);
            s = tape.popDouble();
            double[] pBarOfX = new double[x.length];
            double p = prodVjp(x, 1, pBarOfX);
            for (int i = 0; i < x.length; i++) {
                xBar[i] += hBar * k * Math.cos(p) * pBarOfX[i];
            }
        }
        return h;
    }

    /** {@code r(x, d) = prod(x)^(d+1)} by recursion, each level saving its own value across the recursive call. */
    private static double recursiveVjp(double[] x, int depth, double seed, double[] xBar) {
        Tape tape = Tape.current();
        double p = prodVjp(x, 0, new double[x.length]);
        tape.pushDouble(p);
        tape.pushInt(depth);
        tape.pushObject(xBar);
        if (depth == 0) {
            xBar = (double[]) tape.popObject();
            assertEquals(0, tape.popInt());
            tape.popDouble();
            prodVjp(x, seed, xBar);
            return p;
        }
        // r(d) = p · r(d-1): the adjoint of the inner call is seed·p, the adjoint of p is seed·r(d-1).
        double inner = recursiveVjp(x, depth - 1, seed * p, xBar);
        xBar = (double[]) tape.popObject();
        assertEquals(depth, tape.popInt());
        p = tape.popDouble();
        prodVjp(x, seed * inner, xBar);
        return p * inner;
    }

    @Test
    void nestedCallsShareTheThreadsTapeBecauseEachPopsWhatItPushed() {
        double[] x = {0.5, 1.5, -2};
        double p = x[0] * x[1] * x[2];
        double[] dp = {x[1] * x[2], x[0] * x[2], x[0] * x[1]};
        double[] xBar = new double[3];

        assertEquals(6 * Math.sin(p), nestedVjp(x, 2, xBar), 1e-15);
        for (int i = 0; i < 3; i++) {
            assertEquals(2 * 6 * Math.cos(p) * dp[i], xBar[i], 1e-14);
        }

        double[] rBar = new double[3];
        assertEquals(Math.pow(p, 4), recursiveVjp(x, 3, 1, rBar), 1e-15);
        assertArrayEquals(new double[] {4 * p * p * p * dp[0], 4 * p * p * p * dp[1], 4 * p * p * p * dp[2]},
                rBar, 1e-14);
        // leaveTheThreadsTapeEmpty checks that every level popped exactly what it pushed.
    }

    @Test
    void aSteadyStateSweepAllocatesNothing() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        double[] array = new double[2];
        sweep(array); // grows the thread's tape to this sweep's depth
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int repeat = 0; repeat < 20; repeat++) {
            sweep(array);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        // 20 × 4 × 5000 pushes: boxing or an object per push would allocate megabytes. Leave room for the probe.
        assertTrue(allocated < 4096, "allocated " + allocated + " bytes");
    }

    private static void sweep(double[] array) {
        Tape tape = Tape.current();
        for (int k = 0; k < 5000; k++) {
            tape.pushDouble(k);
            tape.pushInt(k);
            tape.pushBoolean(true);
            tape.pushObject(array);
        }
        for (int k = 0; k < 5000; k++) {
            tape.popObject();
            tape.popBoolean();
            tape.popInt();
            tape.popDouble();
        }
    }

    private static Arguments pop(String method, String kind, Consumer<Tape> pop) {
        return Arguments.of(method, kind, pop);
    }
}
