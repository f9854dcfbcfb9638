package dev.chainrule.processor.frontend;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Operator;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code break label} and {@code continue label} as flags and plain exits, which the rest of the pipeline knows: the
 * exit sets its label's flag and leaves its own loop; after each loop it crossed, the enclosing body leaves its loop
 * too ({@code if (outerBroke || outerContinued) break;}) until the labelled loop's own body, which breaks or
 * continues ({@code if (outerBroke) break;}, {@code if (outerContinued) { outerContinued = false; continue; }}).
 */
final class LabeledExits {

    /** A labelled loop: the depth of its body, and its flags once an exit needs them. */
    private static final class Target {
        final int depth;
        Var broke;
        Var continued;

        Target(int depth) {
            this.depth = depth;
        }
    }

    private final Map<String, Target> targets = new HashMap<>();
    /** By loop depth: the labels whose exits leave the loop whose body is at that depth. */
    private final Map<Integer, Set<Target>> crossing = new HashMap<>();
    private int depth;

    /** Enters a loop's body. */
    void enterLoop() {
        depth++;
    }

    /** Leaves a loop's body; the statements to run right after the loop, for exits that go further out. */
    List<Stmt> exitLoop() {
        Set<Target> leaving = crossing.remove(depth);
        depth--;
        List<Stmt> after = new ArrayList<>();
        if (leaving == null) {
            return after;
        }
        for (Target target : leaving) {
            if (target.depth == depth) {
                if (target.broke != null) {
                    after.add(new Stmt.If(new Expr.Ref(target.broke), List.of(new Stmt.Break()), List.of()));
                }
                if (target.continued != null) {
                    after.add(new Stmt.If(new Expr.Ref(target.continued), List.of(
                            new Stmt.Assign(target.continued, Expr.Const.ofBoolean(false)), new Stmt.Continue()),
                            List.of()));
                }
            } else {
                after.add(new Stmt.If(either(target), List.of(new Stmt.Break()), List.of()));
                crossing.computeIfAbsent(depth, d -> new LinkedHashSet<>()).add(target);
            }
        }
        return after;
    }

    /** Starts a loop labelled {@code label}: its body will be at the next depth. */
    void label(String label) {
        targets.put(label, new Target(depth + 1));
    }

    /** Ends the labelled loop: the flag initialisations to put before it, if any exit used them. */
    List<Stmt> unlabel(String label) {
        Target target = targets.remove(label);
        List<Stmt> before = new ArrayList<>();
        for (Var flag : new Var[] {target.broke, target.continued}) {
            if (flag != null) {
                before.add(new Stmt.Assign(flag, Expr.Const.ofBoolean(false)));
            }
        }
        return before;
    }

    /** True when {@code label} names an enclosing loop. */
    boolean knows(String label) {
        return targets.containsKey(label);
    }

    /** The statements of {@code break label} ({@code continue label} when {@code isContinue}). */
    List<Stmt> exit(String label, boolean isContinue) {
        Target target = targets.get(label);
        if (target.depth == depth) {
            return List.of(isContinue ? new Stmt.Continue() : new Stmt.Break());
        }
        Var flag;
        if (isContinue) {
            target.continued = target.continued != null ? target.continued
                    : new Var(label + "Continued", Var.Role.SYNTHETIC, Type.BOOLEAN);
            flag = target.continued;
        } else {
            target.broke = target.broke != null ? target.broke
                    : new Var(label + "Broke", Var.Role.SYNTHETIC, Type.BOOLEAN);
            flag = target.broke;
        }
        crossing.computeIfAbsent(depth, d -> new LinkedHashSet<>()).add(target);
        return List.of(new Stmt.Assign(flag, Expr.Const.ofBoolean(true)), new Stmt.Break());
    }

    private static Expr either(Target target) {
        Expr broke = target.broke == null ? null : new Expr.Ref(target.broke);
        Expr continued = target.continued == null ? null : new Expr.Ref(target.continued);
        if (broke == null || continued == null) {
            return broke == null ? continued : broke;
        }
        return new Expr.Op(Operator.OR, List.of(broke, continued), Type.BOOLEAN);
    }
}
