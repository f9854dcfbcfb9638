package dev.chainrule.processor.emit;

import dev.chainrule.processor.analysis.Mentions;
import dev.chainrule.processor.analysis.Refs;
import dev.chainrule.processor.analysis.Statements;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Walks a body and reports every variable a statement mentions in its own expressions (not in nested bodies).
 * A loop's header and update count as the loop's own: Java cannot declare there.
 */
final class Occurrences {
    private Occurrences() {
    }

    /** Calls {@code visit} for each statement, with the variables that statement itself mentions. */
    static void walk(List<Stmt> body, BiConsumer<Stmt, List<Var>> visit) {
        for (Stmt stmt : body) {
            visit.accept(stmt, own(stmt));
            Statements.nestedBodies(stmt).forEach(block -> walk(block, visit));
        }
    }

    /** The variables a statement mentions itself, the header and update of a loop included. */
    static List<Var> own(Stmt stmt) {
        List<Var> vars = new ArrayList<>(Mentions.of(stmt));
        if (stmt instanceof Stmt.While loop) {
            Stream.concat(loop.header().stream(), loop.update().stream()).forEach(s -> {
                vars.addAll(own(s));
                Statements.nestedBodies(s).forEach(block -> walk(block, (inner, innerVars) -> vars.addAll(innerVars)));
            });
        } else if (stmt instanceof Stmt.Repeat repeat) {
            vars.add(0, repeat.counter());
            if (repeat.step() != null) {
                vars.add(repeat.step().var());
            }
            if (repeat.first() != null) {
                vars.addAll(Refs.in(repeat.first()));
            }
        } else if (stmt instanceof Stmt.Each each) {
            vars.add(0, each.index());
        }
        return vars;
    }
}
