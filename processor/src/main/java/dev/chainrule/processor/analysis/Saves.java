package dev.chainrule.processor.analysis;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Var;
import dev.chainrule.processor.rules.Rules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the reverse sweep must save: a variable whose value the backward sweep reads (an operand or result of an
 * active statement, an index) and that an assignment may overwrite after that value was used. Such values are pushed
 * on the tape just before they are overwritten and popped back in reverse order; values never overwritten are simply
 * read again. A variable assigned once, outside any loop, is never saved: straight-line code needs no tape.
 */
public final class Saves {
    private final Set<Var> needed;
    private final Set<Var> overwritten;
    private final Set<Stmt> initializers;
    private final Map<Var, Integer> assignments;

    private Saves(Set<Var> needed, Set<Var> overwritten, Set<Stmt> initializers, Map<Var, Integer> assignments) {
        this.needed = needed;
        this.overwritten = overwritten;
        this.initializers = initializers;
        this.assignments = assignments;
    }

    public static Saves of(List<Stmt> body, Activity activity) {
        List<Statements.Located> all = Statements.all(body);
        Set<Var> needed = new HashSet<>();
        Map<Var, Integer> assignments = new HashMap<>();
        Set<Var> overwritten = new HashSet<>();
        Set<Stmt> initializers = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Statements.Located located : all) {
            Stmt stmt = located.stmt();
            Var target = Activity.target(stmt);
            if (stmt instanceof Stmt.Assign assign) {
                int count = assignments.merge(target, 1, Integer::sum);
                if (count > 1 || located.inLoop()) {
                    overwritten.add(target);
                }
                if (count == 1 && !located.inLoop()) {
                    initializers.add(stmt);
                }
                if (activity.isActive(target)) {
                    needed.addAll(readByAdjoint(assign.value(), target, activity));
                }
            } else if (stmt instanceof Stmt.Store store) {
                // Any element store may overwrite a value read before it (arrays start as zeros).
                overwritten.add(target);
                if (activity.isActive(target)) {
                    needed.addAll(indices(store.target()));
                    needed.addAll(indices(store.value()));
                }
            }
        }
        // The backward sweep restores the elements a store overwrites at the store's indices: it reads them too.
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Statements.Located located : all) {
                if (located.stmt() instanceof Stmt.Store store && needed.contains(store.target().root())) {
                    grew |= needed.addAll(indices(store.target()));
                }
            }
        }
        return new Saves(needed, overwritten, initializers, assignments);
    }

    /**
     * What the adjoint of {@code target = value} reads of the primal: the variables its partials are formulas in
     * (nothing for {@code +} and {@code -}), and the indices of the elements it accumulates into.
     */
    private static List<Var> readByAdjoint(Expr value, Var target, Activity activity) {
        List<Var> vars = new ArrayList<>();
        if (value instanceof Expr.Call call) {
            // A called reverse mode reads every argument again; a rule's partials are functions of them.
            vars.addAll(Refs.in(call));
        } else if (value instanceof Expr.Apply apply) {
            List<Expr> partials = Rules.partials(apply, new Expr.Ref(target));
            for (int i = 0; i < partials.size(); i++) {
                if (activity.isActive(apply.args().get(i))) {
                    vars.addAll(Refs.in(partials.get(i)));
                    vars.addAll(indices(apply.args().get(i)));
                }
            }
        } else {
            vars.addAll(indices(value));
        }
        return vars;
    }

    /** The variables read by the indices of element reads in {@code expr}. */
    private static List<Var> indices(Expr expr) {
        List<Var> vars = new ArrayList<>();
        Expr e = expr;
        while (e instanceof Expr.Element element) {
            vars.addAll(Refs.in(element.index()));
            e = element.array();
        }
        return vars;
    }

    /** True when the value of {@code var} must be pushed before some assignment to it. */
    public boolean mustSave(Var var) {
        return needed.contains(var) && overwritten.contains(var);
    }

    /**
     * True when {@code assign} must push the value it overwrites. The first assignment of a variable outside any
     * loop overwrites nothing anyone reads.
     */
    public boolean mustSave(Stmt.Assign assign) {
        return mustSave(assign.var()) && !initializers.contains(assign);
    }

    /** How many assignments to {@code var} the body has, loops counted once. */
    public int assignments(Var var) {
        return assignments.getOrDefault(var, 0);
    }

    /** True when the backward sweep reads the value of {@code var}. */
    public boolean isNeeded(Var var) {
        return needed.contains(var);
    }

    /** True when an element store into {@code array} must push the element's old value. */
    public boolean mustSaveElements(Var array) {
        return needed.contains(array);
    }

    /**
     * True when {@code assign} may replace a value an earlier assignment gave its variable: every assignment but
     * the first of a variable outside any loop.
     */
    public boolean replacesValue(Stmt.Assign assign) {
        return overwritten.contains(assign.var()) && !initializers.contains(assign);
    }

    /** True when {@code var} is assigned more than once (or in a loop): its adjoint is reset after each assignment. */
    public boolean isReassigned(Var var) {
        return overwritten.contains(var);
    }
}
