package dev.chainrule.runtime.trace;

import dev.chainrule.runtime.trace.engine.CompiledEngine;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tape a traced function runs now, shared by the function and its {@link TracedFunction#withData} views, and how
 * often the function was traced.
 *
 * <p>A tape is <em>confirmed</em> once a replay at a second call found the function still computing the same program
 * ({@link TracedFunction} traces it again to check); only a confirmed tape runs on the fast path, as compiled code.
 */
final class FunctionTapes {

    /**
     * The variant calls use, whether it is confirmed, and the compiled engine that calls run without further checks
     * ({@code null} until the tape is confirmed and compiled, and always for an interpreted function).
     */
    record Current(Variant variant, boolean confirmed, CompiledEngine fast) {
    }

    private final Execution execution;
    private final AtomicReference<Current> current = new AtomicReference<>();
    private final AtomicLong traces = new AtomicLong();

    FunctionTapes(Execution execution) {
        this.execution = execution;
    }

    Execution execution() {
        return execution;
    }

    /** The current tape, or {@code null} before the first trace. */
    Current current() {
        return current.get();
    }

    /** Installs a fresh trace's variant, not yet confirmed, and counts the trace. */
    Current traced(Variant variant) {
        Current installed = new Current(variant, false, null);
        current.set(installed);
        traces.incrementAndGet();
        return installed;
    }

    /**
     * Installs {@code variant}, the confirmed (and maybe now compiled) form of {@code was}, unless another thread has
     * installed a newer tape meanwhile.
     */
    void confirmed(Current was, Variant variant) {
        CompiledEngine fast = execution == Execution.COMPILED ? variant.compiledEngine() : null;
        current.compareAndSet(was, new Current(variant, true, fast));
    }

    long traces() {
        return traces.get();
    }
}
