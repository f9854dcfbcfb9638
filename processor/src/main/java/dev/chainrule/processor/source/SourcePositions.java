package dev.chainrule.processor.source;

import com.github.javaparser.Position;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import dev.chainrule.processor.diagnostics.Problem;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * Prints a {@link Problem} at the javac tree that spans exactly the construct JavaParser reported, so the IDE and
 * the build log point at the offending expression; falls back to the method element when no tree matches.
 */
public final class SourcePositions {
    private final Trees trees;
    private final CompilationUnitTree unit;
    private final Tree method;
    private final LineMap lines;

    SourcePositions(Trees trees, CompilationUnitTree unit, Tree method, LineMap lines) {
        this.trees = trees;
        this.unit = unit;
        this.method = method;
        this.lines = lines;
    }

    /** Positions for a method read without javac's trees: every problem is printed on the method element. */
    static SourcePositions atElements() {
        return new SourcePositions(null, null, null, null);
    }

    public void print(Kind kind, Problem problem, Element fallback, Messager messager) {
        Tree tree = trees == null ? null : problem.begin().flatMap(begin -> problem.end().map(end -> find(offset(begin), offset(end) + 1)))
                .orElse(null);
        if (tree == null) {
            messager.printMessage(kind, problem.message(), fallback);
        } else {
            trees.printMessage(kind, problem.message(), tree, unit);
        }
    }

    /** The tree spanning exactly {@code [start, end)}, or else the smallest tree that contains that span. */
    private Tree find(long start, long end) {
        com.sun.source.util.SourcePositions positions = trees.getSourcePositions();
        Tree[] best = new Tree[1];
        long[] bestSpan = {Long.MAX_VALUE};
        new TreeScanner<Void, Void>() {
            @Override
            public Void scan(Tree tree, Void unused) {
                if (tree != null) {
                    long from = positions.getStartPosition(unit, tree);
                    long to = positions.getEndPosition(unit, tree);
                    boolean exact = from == start && to == end;
                    if (from >= 0 && from <= start && to >= end && (exact || to - from < bestSpan[0])) {
                        best[0] = tree;
                        bestSpan[0] = exact ? -1 : to - from;
                    }
                }
                return super.scan(tree, unused);
            }
        }.scan(method, null);
        return best[0];
    }

    private long offset(Position position) {
        return lines.offset(position);
    }
}
