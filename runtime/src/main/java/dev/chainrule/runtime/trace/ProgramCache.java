package dev.chainrule.runtime.trace;

import dev.chainrule.runtime.trace.tape.Trace;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compiled code of traced functions, per function object and shape, so that wrapping the same lambda again (in a
 * loop, in jshell) can reuse the code compiled before instead of compiling it again. Only code is shared, never a
 * tape: a new wrapper always traces the function itself, and takes the cached code only if its own trace records the
 * same program ({@link Trace#sameProgram}), constants included. A lambda whose captured values changed in between
 * traces to another program, and gets code of its own.
 *
 * <p>Keys are held weakly: once a function is unreachable its entry goes, and with it the hidden classes compiled for
 * it. A variant refers to no function object, so the cache does not keep its keys alive.
 */
final class ProgramCache {

    private static final Map<Object, Map<Shape, Variant>> COMPILED =
            Collections.synchronizedMap(new WeakHashMap<>());

    private ProgramCache() {
    }

    /** The shape of a traced function: inputs, data, outputs. */
    record Shape(int inputs, int data, int outputs) {
    }

    /**
     * The compiled variant last cached for {@code function} at {@code shape}, if it runs the same program as
     * {@code trace}; {@code null} otherwise.
     */
    static Variant find(Object function, Shape shape, Trace trace) {
        Map<Shape, Variant> shapes = COMPILED.get(function);
        Variant cached = shapes == null ? null : shapes.get(shape);
        return cached != null && cached.trace().sameProgram(trace) ? cached : null;
    }

    /** Caches {@code variant}, which runs compiled, for {@code function} at {@code shape}. */
    static void put(Object function, Shape shape, Variant variant) {
        COMPILED.computeIfAbsent(function, f -> new ConcurrentHashMap<>()).put(shape, variant);
    }
}
