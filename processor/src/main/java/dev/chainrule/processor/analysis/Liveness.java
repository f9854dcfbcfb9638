package dev.chainrule.processor.analysis;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which variables are live (may be read before they are assigned again) after each statement, over the structured
 * IR: a backward "may" analysis, loops iterated until their head is stable. A {@code break} continues with what is
 * live after its loop, a {@code continue} with what is live at the loop's update. An array counts as read by any
 * access to its elements and written only by assigning the variable itself.
 */
public final class Liveness {
    private final Map<Stmt, Set<Var>> after = new IdentityHashMap<>();
    private final Map<Stmt, Set<Var>> before = new IdentityHashMap<>();
    private final Deque<Set<Var>[]> loops = new ArrayDeque<>();

    private Liveness() {
    }

    /** The liveness of every statement of {@code body}, nothing being live after its end. */
    public static Liveness of(List<Stmt> body) {
        Liveness liveness = new Liveness();
        liveness.block(body, new HashSet<>());
        return liveness;
    }

    /** The variables that may be read after {@code stmt} before they are assigned again. */
    public Set<Var> after(Stmt stmt) {
        return after.getOrDefault(stmt, Set.of());
    }

    /**
     * The variables that may be read from the start of {@code stmt} on before they are assigned: for a loop, those
     * whose value an iteration may take from the one before.
     */
    public Set<Var> before(Stmt stmt) {
        return before.getOrDefault(stmt, Set.of());
    }

    private Set<Var> block(List<Stmt> body, Set<Var> out) {
        Set<Var> live = out;
        for (int i = body.size() - 1; i >= 0; i--) {
            Stmt stmt = body.get(i);
            live = statement(stmt, live);
            before.merge(stmt, new HashSet<>(live), (a, b) -> {
                a.addAll(b);
                return a;
            });
        }
        return live;
    }

    private Set<Var> statement(Stmt stmt, Set<Var> out) {
        after.merge(stmt, new HashSet<>(out), (a, b) -> {
            a.addAll(b);
            return a;
        });
        if (stmt instanceof Stmt.If ifStmt) {
            Set<Var> in = block(ifStmt.then(), new HashSet<>(out));
            in.addAll(block(ifStmt.otherwise(), new HashSet<>(out)));
            in.addAll(Refs.in(ifStmt.condition()));
            return in;
        }
        if (stmt instanceof Stmt.While loop) {
            return loop(loop, out);
        }
        if (stmt instanceof Stmt.Repeat || stmt instanceof Stmt.Each) {
            // Runs its body any number of times; its counter is the loop's own, read before and inside it.
            Set<Var> head = new HashSet<>(out);
            while (true) {
                Set<Var> next = block(stmt.bodies().get(0), new HashSet<>(head));
                next.addAll(out);
                if (next.equals(head)) {
                    break;
                }
                head = next;
            }
            head.addAll(loopVariables(stmt));
            return reading(stmt.expressions(), head);
        }
        if (stmt instanceof Stmt.Break) {
            return new HashSet<>(loops.getLast()[0]);
        }
        if (stmt instanceof Stmt.Continue) {
            return new HashSet<>(loops.getLast()[1]);
        }
        if (stmt instanceof Stmt.Return ret) {
            return reading(ret.values(), new HashSet<>());
        }
        Set<Var> in = new HashSet<>(out);
        if (stmt instanceof Stmt.Assign assign) {
            in.remove(assign.var());
        }
        // Accumulations read what they add to; stores, pushes, calls and evaluations only read.
        return reading(stmt.expressions(), in);
    }

    /** {@code live} with every variable {@code expressions} read. */
    private static Set<Var> reading(List<Expr> expressions, Set<Var> live) {
        expressions.forEach(e -> live.addAll(Refs.in(e)));
        return live;
    }

    /** What is live before a loop whose exit leaves {@code out} live. */
    @SuppressWarnings("unchecked")
    private Set<Var> loop(Stmt.While loop, Set<Var> out) {
        Set<Var> head = new HashSet<>();
        while (true) {
            Set<Var> update = block(loop.update(), new HashSet<>(head));
            loops.addLast(new Set[] {out, update});
            Set<Var> body = block(loop.body(), new HashSet<>(update));
            loops.removeLast();
            Set<Var> test = new HashSet<>(out);
            test.addAll(body);
            test.addAll(Refs.in(loop.condition()));
            Set<Var> next = block(loop.header(), test);
            next.addAll(head);
            if (next.equals(head)) {
                return next;
            }
            head = next;
        }
    }

    private static Set<Var> loopVariables(Stmt stmt) {
        Set<Var> vars = new HashSet<>();
        if (stmt instanceof Stmt.Repeat repeat) {
            vars.add(repeat.counter());
            if (repeat.step() != null) {
                vars.add(repeat.step().var());
                vars.addAll(Refs.in(repeat.step().value()));
            }
        } else if (stmt instanceof Stmt.Each each) {
            vars.add(each.index());
        }
        return vars;
    }
}
