package dev.chainrule.processor.frontend;

import dev.chainrule.processor.ir.Var;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names in scope and the IR variable that holds each one's current value. Reassignment makes a new version, so the
 * IR stays in single-assignment form; a declared but unassigned local has no version yet.
 */
final class Scope {
    private final Map<String, Var> current = new HashMap<>();
    private final Set<String> declared = new HashSet<>();
    private final Deque<Set<String>> blocks = new ArrayDeque<>();

    Scope() {
        blocks.push(new HashSet<>());
    }

    void declare(String name) {
        declared.add(name);
        blocks.peek().add(name);
    }

    boolean isDeclared(String name) {
        return declared.contains(name);
    }

    void assign(String name, Var version) {
        current.put(name, version);
    }

    Optional<Var> lookup(String name) {
        return Optional.ofNullable(current.get(name));
    }

    void enterBlock() {
        blocks.push(new HashSet<>());
    }

    void exitBlock() {
        for (String name : blocks.pop()) {
            declared.remove(name);
            current.remove(name);
        }
    }
}
