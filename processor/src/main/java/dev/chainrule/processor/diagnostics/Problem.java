package dev.chainrule.processor.diagnostics;

import com.github.javaparser.Position;
import java.util.Optional;

/**
 * One finding of a validator: which catalog entry, its arguments, and where in the source (JavaParser positions,
 * 1-based lines and columns, end inclusive). Validators return problems; only the processor prints them.
 */
public record Problem(Diagnostic diagnostic, Optional<Position> begin, Optional<Position> end, Object[] args) {

    public static Problem at(com.github.javaparser.ast.Node node, Diagnostic diagnostic, Object... args) {
        return new Problem(diagnostic, node.getBegin(), node.getEnd(), args);
    }

    /** The message, with the line named in it so that it reads well outside an IDE too. */
    public String message() {
        String text = diagnostic.format(args);
        return begin.map(p -> "line " + p.line + ": " + text).orElse(text);
    }
}
