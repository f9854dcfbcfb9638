package dev.chainrule.processor.fuzz;

import dev.chainrule.processor.fuzz.Ast.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the generator knows about the variables in scope while it writes a method: their types, array shapes, the
 * range of every integer (so that an index is in bounds and a divisor is not zero by construction), and which
 * variables may be written. Names are unique within a method, so an inner declaration never shadows an outer one.
 */
final class Scope {

    /**
     * A variable. Arrays have {@code rows} elements ({@code rows × cols} for a matrix); integers lie in
     * {@code [lo, hi]} (the whole type's range when nothing is known).
     */
    record Var(String name, Type type, int rows, int cols, boolean writable, long lo, long hi) {
        /** An int that can index an array, directly or through {@code % length}. */
        boolean indexable() {
            return type == Type.INT && lo >= 0 && hi <= COUNTER_MAX;
        }

        boolean moderate() {
            return type.isIntegral() && lo >= -1000 && hi <= 1000;
        }

        boolean excludesZero() {
            return lo > 0 || hi < 0;
        }

        Var withRange(long lo, long hi) {
            return new Var(name, type, rows, cols, writable, lo, hi);
        }
    }

    /** The bound assumed for a counter a program only increments (it runs at most a few hundred times). */
    static final long COUNTER_MAX = 100_000;

    private final Deque<List<Var>> frames = new ArrayDeque<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final Map<String, Var> narrowed = new HashMap<>();

    Scope() {
        frames.push(new ArrayList<>());
    }

    /** A fresh name {@code prefix0}, {@code prefix1}, ... unique within the method. */
    String fresh(String prefix) {
        int n = counters.merge(prefix, 1, Integer::sum) - 1;
        return prefix + n;
    }

    void declare(Var var) {
        frames.peek().add(var);
    }

    void open() {
        frames.push(new ArrayList<>());
    }

    void close() {
        frames.pop();
    }

    /** Runs {@code body} in a new block, whose declarations end with it. */
    <T> T inBlock(Supplier<T> body) {
        open();
        try {
            return body.get();
        } finally {
            close();
        }
    }

    /** Every variable in scope satisfying {@code filter}, with its facts as they hold here. */
    List<Var> all(Predicate<Var> filter) {
        List<Var> result = new ArrayList<>();
        for (List<Var> frame : frames) {
            for (Var v : frame) {
                Var current = narrowed.getOrDefault(v.name(), v);
                if (filter.test(current)) {
                    result.add(current);
                }
            }
        }
        return result;
    }

    /** The variables declared at the method's top level satisfying {@code filter}: what loops carry. */
    List<Var> outermost(Predicate<Var> filter) {
        List<Var> result = new ArrayList<>();
        for (Var v : frames.peekLast()) {
            Var current = narrowed.getOrDefault(v.name(), v);
            if (filter.test(current)) {
                result.add(current);
            }
        }
        return result;
    }

    Var lookup(String name) {
        List<Var> found = all(v -> v.name().equals(name));
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Runs {@code body} where {@code var} is known to be {@code narrower}: the right side of {@code i < x.length &&
     * ...} may index {@code x[i]}, that of {@code n != 0 && ...} may divide by {@code n}.
     */
    <T> T assuming(Var narrower, Supplier<T> body) {
        Var before = narrowed.put(narrower.name(), narrower);
        try {
            return body.get();
        } finally {
            if (before == null) {
                narrowed.remove(narrower.name());
            } else {
                narrowed.put(narrower.name(), before);
            }
        }
    }
}
