package dev.chainrule.processor.opt;

import dev.chainrule.processor.ir.Stmt;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A forward "must" analysis over the structured IR: a set of facts that hold on every path to each statement, the
 * meet of two paths being their intersection. A loop is iterated until the facts at its head are stable; a
 * {@code break} carries its facts to the loop's exit, a {@code continue} to its update, and a {@code return} ends
 * its path. {@code transfer} says what one simple statement (not an if or a loop) does to the facts.
 *
 * @param <F> the kind of fact
 */
final class ForwardFacts<F> {
    /** The facts on no path at all: the identity of the meet. */
    private static final Set<?> UNREACHED = null;

    private final BiFunction<Stmt, Set<F>, Set<F>> transfer;
    private final Map<Stmt, Set<F>> before = new IdentityHashMap<>();
    /** The loops being walked, innermost last, with the facts their breaks and continues carry. */
    private final Deque<Exits<F>> loops = new ArrayDeque<>();

    private static final class Exits<F> {
        Set<F> breaks;
        Set<F> continues;
    }

    private ForwardFacts(BiFunction<Stmt, Set<F>, Set<F>> transfer) {
        this.transfer = transfer;
    }

    /**
     * The facts holding before each statement of {@code body}, nested ones included, starting from {@code entry};
     * absent for a statement no path reaches. A statement object that appears at several places gets the meet.
     */
    static <F> Map<Stmt, Set<F>> of(List<Stmt> body, Set<F> entry, BiFunction<Stmt, Set<F>, Set<F>> transfer) {
        ForwardFacts<F> analysis = new ForwardFacts<>(transfer);
        analysis.block(body, new HashSet<>(entry));
        return analysis.before;
    }

    private Set<F> block(List<Stmt> body, Set<F> in) {
        Set<F> facts = in;
        for (Stmt stmt : body) {
            facts = statement(stmt, facts);
        }
        return facts;
    }

    @SuppressWarnings("unchecked")
    private Set<F> statement(Stmt stmt, Set<F> in) {
        if (in == UNREACHED) {
            return (Set<F>) UNREACHED;
        }
        before.merge(stmt, new HashSet<>(in), ForwardFacts::meet);
        if (stmt instanceof Stmt.If ifStmt) {
            return meet(block(ifStmt.then(), new HashSet<>(in)), block(ifStmt.otherwise(), new HashSet<>(in)));
        }
        if (stmt instanceof Stmt.While loop) {
            return loop(loop.header(), loop.body(), loop.update(), in, true);
        }
        if (stmt instanceof Stmt.Repeat || stmt instanceof Stmt.Each) {
            return loop(List.of(), stmt.bodies().get(0), List.of(), transfer.apply(stmt, new HashSet<>(in)), false);
        }
        if (stmt instanceof Stmt.Break) {
            Exits<F> exits = loops.getLast();
            exits.breaks = meet(exits.breaks, new HashSet<>(in));
            return (Set<F>) UNREACHED;
        }
        if (stmt instanceof Stmt.Continue) {
            Exits<F> exits = loops.getLast();
            exits.continues = meet(exits.continues, new HashSet<>(in));
            return (Set<F>) UNREACHED;
        }
        if (stmt instanceof Stmt.Return) {
            return (Set<F>) UNREACHED;
        }
        return transfer.apply(stmt, new HashSet<>(in));
    }

    /**
     * A loop: the header runs before each test, the body while the test holds, then the update. Its head's facts are
     * those on entry met with those after each update, iterated until they stop shrinking.
     */
    private Set<F> loop(List<Stmt> header, List<Stmt> body, List<Stmt> update, Set<F> in, boolean tested) {
        Set<F> head = new HashSet<>(in);
        while (true) {
            Exits<F> exits = new Exits<>();
            loops.addLast(exits);
            Set<F> tests = block(header, new HashSet<>(head));
            Set<F> afterBody = block(body, copy(tests));
            Set<F> afterUpdate = block(update, meet(afterBody, exits.continues));
            loops.removeLast();
            Set<F> next = meet(new HashSet<>(in), afterUpdate);
            if (next.equals(head)) {
                // A tested loop leaves when its test fails; a replay may run its body not at all.
                return meet(tested ? tests : head, exits.breaks);
            }
            head = next;
        }
    }

    private static <F> Set<F> copy(Set<F> facts) {
        return facts == UNREACHED ? null : new HashSet<>(facts);
    }

    private static <F> Set<F> meet(Set<F> a, Set<F> b) {
        if (a == UNREACHED) {
            return b;
        }
        if (b == UNREACHED) {
            return a;
        }
        Set<F> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }
}
