package dev.chainrule.runtime.trace;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The traces and compiled code of every traced function, per function object and shape, so that wrapping the same
 * lambda again (in a loop, in jshell) finds the code compiled before. Keys are held weakly: once a function is
 * unreachable its entry goes, and with it the hidden classes compiled for it.
 */
final class ProgramCache {

    private static final Map<Object, Map<Shape, Slot>> SLOTS = Collections.synchronizedMap(new WeakHashMap<>());

    private ProgramCache() {
    }

    /** The slot of {@code function} at shape {@code n -> m}, created empty on first use. */
    static Slot slot(Object function, int n, int m) {
        Map<Shape, Slot> shapes = SLOTS.computeIfAbsent(function, f -> new ConcurrentHashMap<>());
        return shapes.computeIfAbsent(new Shape(n, m), s -> new Slot());
    }

    private record Shape(int inputs, int outputs) {
    }

    /** The current variant of one function at one shape, and how often it was traced. */
    static final class Slot {

        private final AtomicReference<Variant> current = new AtomicReference<>();
        private final AtomicLong traces = new AtomicLong();

        Variant current() {
            return current.get();
        }

        /** Installs a fresh trace's variant. */
        void traced(Variant variant) {
            current.set(variant);
            traces.incrementAndGet();
        }

        /** Installs {@code compiled} unless another thread has installed a newer variant meanwhile. */
        void compiled(Variant interpreted, Variant compiled) {
            current.compareAndSet(interpreted, compiled);
        }

        long traces() {
            return traces.get();
        }
    }
}
