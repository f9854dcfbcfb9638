package dev.chainrule.runtime.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.trace.engine.CompiledEngine;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import org.junit.jupiter.api.Test;

/**
 * Compiled tapes are hidden classes that go with their functions: compiling 10 000 distinct functions and dropping
 * them leaves the metaspace about where it was, and the JVM reports their classes unloaded; wrapping one function
 * again and again (with data that change) compiles it once.
 */
class MetaspaceTest {

    private static final int FUNCTIONS = 10_000;
    // A leak would keep every class: several kilobytes each, tens of megabytes in all.
    private static final long BOUND = 8L << 20;

    @Test
    void compiledFunctionsAreUnloadedWithTheirFunctions() {
        compileAndDrop(200);
        long before = metaspaceAfterCollection();
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        long unloadedBefore = classes.getUnloadedClassCount();

        compileAndDrop(FUNCTIONS);

        long growth = metaspaceAfterCollection() - before;
        long unloaded = classes.getUnloadedClassCount() - unloadedBefore;
        assertTrue(growth < BOUND, "metaspace grew by " + growth + " bytes over " + FUNCTIONS + " functions");
        assertTrue(unloaded >= FUNCTIONS / 2, "only " + unloaded + " classes were unloaded");
    }

    @Test
    void wrappingOneFunctionAgainAndAgainCompilesItOnce() {
        double[] data = {2};
        TraceableScalarWithData f = (x, d) -> x[0].mul(d[0]).add(ActiveMath.sin(x[1]));
        CompiledEngine first = null;
        for (int i = 0; i < FUNCTIONS / 10; i++) {
            data[0] = i;
            TracedFunction wrapped = Tracing.scalar(2, data, f);
            assertEquals(i, wrapped.vjp(new double[] {1, 0}, new double[] {1})[0]);
            assertEquals(i, wrapped.vjp(new double[] {2, 0}, new double[] {1})[0]);
            CompiledEngine engine = wrapped.currentVariant().compiledEngine();
            first = first == null ? engine : first;
            assertSame(first, engine, "wrap " + i + " traced the same program and took the code compiled for it");
        }
    }

    /** Compiles {@code count} distinct functions (each a new lambda object) and keeps none. */
    private static void compileAndDrop(int count) {
        for (int i = 0; i < count; i++) {
            double c = i;
            TracedFunction f = Tracing.scalar(2, x -> x[0].mul(c).add(ActiveMath.sin(x[1])));
            f.trace(new double[] {1, 0});
            double[] g = f.vjp(new double[] {2, 0}, new double[] {1});
            assertEquals(c, g[0]);
            assertTrue(f.isCompiled());
        }
    }

    private static long metaspaceAfterCollection() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals("Metaspace")) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }
}
