package dev.chainrule.processor.transform;

import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Walk;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * Walks and rebuilds bodies for the transforms that keep control flow as it is: each statement of a body becomes
 * what the transform writes for it, and compound statements are rebuilt around their transformed bodies.
 */
final class Nested {
    private Nested() {
    }

    /**
     * {@code stmt} with every nested body (an if's branches; a loop's header, body and update; a replay's body)
     * replaced by {@code block} of it, or null for a statement without bodies.
     */
    static Stmt map(Stmt stmt, UnaryOperator<List<Stmt>> block) {
        return stmt.bodies().isEmpty() ? null : Walk.mapBodies(stmt, block);
    }

    /** The statements {@code statement} writes for each of {@code statements}, in order. */
    static List<Stmt> block(List<Stmt> statements, BiConsumer<Stmt, List<Stmt>> statement) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt stmt : statements) {
            statement.accept(stmt, out);
        }
        return out;
    }
}
