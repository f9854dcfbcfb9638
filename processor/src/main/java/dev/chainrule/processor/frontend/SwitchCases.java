package dev.chainrule.processor.frontend;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Operator;
import dev.chainrule.processor.ir.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The case groups of a {@code switch} statement, as an if/else chain runs them: each group's labels and body, the
 * {@code default} group apart. Arrow cases never fall through; a group of colon cases must end by leaving the switch
 * ({@code break}, which is dropped, {@code return} or {@code continue}) or be the last, and labels with no statements
 * share the next group's body. A group that falls into the next, or leaves the switch from inside a branch, is a
 * problem the caller reports on the node given.
 */
final class SwitchCases {

    /** One group: its labels (none for {@code default}) and the statements it runs. */
    record Group(List<Expression> labels, BlockStmt body) {
    }

    private final List<Group> cases = new ArrayList<>();
    private Group otherwise;
    private Node problem;

    private SwitchCases() {
    }

    /** The groups of {@code switchStmt}, or the node of the first thing an if/else chain cannot express. */
    static SwitchCases of(SwitchStmt switchStmt) {
        SwitchCases parsed = new SwitchCases();
        List<Expression> pending = new ArrayList<>();
        boolean pendingDefault = false;
        NodeList<SwitchEntry> entries = switchStmt.getEntries();
        for (int i = 0; i < entries.size() && parsed.problem == null; i++) {
            SwitchEntry entry = entries.get(i);
            pending.addAll(entry.getLabels());
            pendingDefault |= entry.getLabels().isEmpty();
            boolean colon = entry.getType() == SwitchEntry.Type.STATEMENT_GROUP;
            if (colon && entry.getStatements().isEmpty() && i + 1 < entries.size()) {
                continue;
            }
            List<Statement> statements = new ArrayList<>(entry.getStatements());
            if (colon && !statements.isEmpty() && statements.get(statements.size() - 1) instanceof BreakStmt end
                    && end.getLabel().isEmpty()) {
                statements.remove(statements.size() - 1);
            } else if (colon && i + 1 < entries.size() && !endsCase(statements)) {
                parsed.problem = entry;
            }
            statements.stream().flatMap(s -> s.findAll(BreakStmt.class).stream())
                    .filter(b -> b.getLabel().isEmpty() && leavesSwitch(b)).findFirst()
                    .ifPresent(b -> parsed.problem = b);
            Group group = new Group(List.copyOf(pending), new BlockStmt(new NodeList<>(statements)));
            if (pendingDefault) {
                parsed.otherwise = group;
            } else {
                parsed.cases.add(group);
            }
            pending.clear();
            pendingDefault = false;
        }
        return parsed;
    }

    /** {@code selector == a || selector == b} for the labels {@code a, b}. */
    static Expr matches(Expr selector, List<Expr> labels) {
        Expr condition = null;
        for (Expr label : labels) {
            Expr test = new Expr.Op(Operator.EQ, List.of(selector, label), Type.BOOLEAN);
            condition = condition == null ? test : new Expr.Op(Operator.OR, List.of(condition, test), Type.BOOLEAN);
        }
        return condition;
    }

    List<Group> cases() {
        return cases;
    }

    Optional<Group> otherwise() {
        return Optional.ofNullable(otherwise);
    }

    Optional<Node> problem() {
        return Optional.ofNullable(problem);
    }

    private static boolean endsCase(List<Statement> statements) {
        return !statements.isEmpty() && (statements.get(statements.size() - 1) instanceof ReturnStmt
                || statements.get(statements.size() - 1) instanceof ContinueStmt);
    }

    /** True for a {@code break} of this switch (not of a loop or switch inside the case). */
    private static boolean leavesSwitch(BreakStmt breakStmt) {
        Optional<Node> parent = breakStmt.getParentNode();
        while (parent.isPresent()) {
            Node node = parent.get();
            if (node instanceof ForStmt || node instanceof ForEachStmt || node instanceof WhileStmt
                    || node instanceof DoStmt || node instanceof SwitchStmt) {
                return false;
            }
            if (node instanceof SwitchEntry) {
                return true;
            }
            parent = node.getParentNode();
        }
        return true;
    }
}
