package dev.chainrule.processor.frontend;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The variables in scope, by name, block by block, and the names that stand for a row of a matrix: the variable of
 * {@code for (double[] row : m)}, which reads {@code m[i]} itself rather than a copy.
 */
final class Scope {
    private final Deque<Map<String, Var>> blocks = new ArrayDeque<>();
    private final Deque<Map<String, Expr.Element>> rows = new ArrayDeque<>();

    Scope() {
        blocks.push(new HashMap<>());
        rows.push(new HashMap<>());
    }

    /** Makes {@code name} stand for {@code row} in the current block. */
    void declareRow(String name, Expr.Element row) {
        rows.peek().put(name, row);
    }

    /** The row {@code name} stands for, if it is the variable of a for over a matrix. */
    Optional<Expr.Element> row(String name) {
        for (Map<String, Expr.Element> block : rows) {
            Expr.Element row = block.get(name);
            if (row != null) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
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
        rows.push(new HashMap<>());
    }

    void exitBlock() {
        blocks.pop();
        rows.pop();
    }
}
