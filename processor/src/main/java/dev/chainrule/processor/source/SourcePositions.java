package dev.chainrule.processor.source;

import com.github.javaparser.Position;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import dev.chainrule.processor.diagnostics.Problem;
import java.util.ArrayList;
import java.util.List;
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

    private Tree find(long start, long end) {
        com.sun.source.util.SourcePositions positions = trees.getSourcePositions();
        List<Tree> sameStart = new ArrayList<>();
        new TreeScanner<Void, Void>() {
            @Override
            public Void scan(Tree tree, Void unused) {
                if (tree != null && positions.getStartPosition(unit, tree) == start) {
                    sameStart.add(tree);
                }
                return super.scan(tree, unused);
            }
        }.scan(method, null);
        for (Tree tree : sameStart) {
            if (positions.getEndPosition(unit, tree) == end) {
                return tree;
            }
        }
        return sameStart.isEmpty() ? null : sameStart.get(0);
    }

    private long offset(Position position) {
        return lines.offset(position);
    }
}
