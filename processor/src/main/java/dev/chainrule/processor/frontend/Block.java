package dev.chainrule.processor.frontend;

import dev.chainrule.processor.ir.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Where lowered statements go: the body being built, switched while a nested body or loop header is lowered. */
final class Block {
    private List<Stmt> current = new ArrayList<>();

    void add(Stmt stmt) {
        current.add(stmt);
    }

    /** Lowers into a fresh list and returns it, then goes on appending where it was. */
    List<Stmt> collect(Runnable lowering) {
        return collect(() -> {
            lowering.run();
            return null;
        }).statements();
    }

    /** Lowers into a fresh list; returns the lowering's value with the statements it emitted. */
    <T> Collected<T> collect(Supplier<T> lowering) {
        List<Stmt> saved = current;
        current = new ArrayList<>();
        try {
            T value = lowering.get();
            return new Collected<>(value, current);
        } finally {
            current = saved;
        }
    }

    List<Stmt> statements() {
        return current;
    }

    /** A value and the statements that compute it. */
    record Collected<T>(T value, List<Stmt> statements) {
    }
}
