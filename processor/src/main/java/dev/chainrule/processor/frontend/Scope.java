package dev.chainrule.processor.frontend;

import dev.chainrule.processor.ir.Var;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The variables in scope, by name, block by block. */
final class Scope {
    private final Deque<Map<String, Var>> blocks = new ArrayDeque<>();

    Scope() {
        blocks.push(new HashMap<>());
    }

    void declare(String name, Var var) {
        blocks.peek().put(name, var);
    }

    /** Binds {@code name}, wherever it was declared, to a new variable: a new version of a reassigned local. */
    void rebind(String name, Var var) {
        for (Map<String, Var> block : blocks) {
            if (block.containsKey(name)) {
                block.put(name, var);
                return;
            }
        }
        throw new IllegalStateException(name + " is not declared");
    }

    Optional<Var> lookup(String name) {
        for (Map<String, Var> block : blocks) {
            Var var = block.get(name);
            if (var != null) {
                return Optional.of(var);
            }
        }
        return Optional.empty();
    }

    void enterBlock() {
        blocks.push(new HashMap<>());
    }

    void exitBlock() {
        blocks.pop();
    }
}
