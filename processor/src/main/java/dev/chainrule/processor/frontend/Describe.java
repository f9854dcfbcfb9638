package dev.chainrule.processor.frontend;

import com.github.javaparser.ast.Node;

/** Names a source construct for a diagnostic: its kind in words and the code itself, shortened. */
final class Describe {
    private static final int MAX_CODE = 60;

    private Describe() {
    }

    static String node(Node node) {
        return kind(node) + " `" + code(node) + "`";
    }

    static String code(Node node) {
        String text = node.toString().replaceAll("\\s+", " ").trim();
        return text.length() <= MAX_CODE ? text : text.substring(0, MAX_CODE - 3) + "...";
    }

    /** "IfStmt" becomes "if statement", "ConditionalExpr" becomes "conditional expression". */
    private static String kind(Node node) {
        String simple = node.getClass().getSimpleName();
        String words = simple.replaceAll("Stmt$", " statement").replaceAll("Expr$", " expression")
                .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return words.trim();
    }
}
