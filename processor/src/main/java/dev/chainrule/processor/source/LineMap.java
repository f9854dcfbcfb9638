package dev.chainrule.processor.source;

import com.github.javaparser.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts JavaParser's 1-based line and column (a tab counts as one column) into a character offset in the source
 * text, which is what javac's positions are.
 */
final class LineMap {
    private final int[] lineStarts;

    private LineMap(int[] lineStarts) {
        this.lineStarts = lineStarts;
    }

    static LineMap of(CharSequence text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return new LineMap(starts.stream().mapToInt(Integer::intValue).toArray());
    }

    long offset(Position position) {
        return lineStarts[Math.min(position.line, lineStarts.length) - 1] + position.column - 1L;
    }
}
