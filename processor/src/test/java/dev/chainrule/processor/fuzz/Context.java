package dev.chainrule.processor.fuzz;

import dev.chainrule.processor.fuzz.Ast.Callee;
import dev.chainrule.processor.fuzz.Ast.Param;
import dev.chainrule.processor.fuzz.Ast.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/** The state of the generator while it writes one method: the random source, the scope, and where it stands. */
final class Context {

    /**
     * A method the current one may call. A {@code double[]} result has {@code resultLength} elements; a recursive
     * method's last parameter is its depth.
     */
    record Signature(Callee callee, String name, Type result, int resultLength, List<Param> params,
            boolean recursive) {
    }

    /** An enclosing statement that {@code break} or {@code continue} may leave: a loop, or a switch (a barrier). */
    record Exit(String label, boolean loop) {
    }

    final Random random;
    final Scope scope = new Scope();
    final List<Signature> callables;
    final List<Ast.Field> fields;
    final Type resultType;
    final int resultLength;
    /** The local array a {@code double[]} method returns, once declared. */
    String resultArray;
    final Deque<Exit> exits = new ArrayDeque<>();
    /** How many loops enclose the current statement. */
    int loopDepth;
    /** Statements left to write in this method. */
    int budget;

    Context(Random random, List<Signature> callables, List<Ast.Field> fields, Type resultType, int resultLength,
            int budget) {
        this.random = random;
        this.callables = callables;
        this.fields = fields;
        this.resultType = resultType;
        this.resultLength = resultLength;
        this.budget = budget;
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int below(int n) {
        return random.nextInt(n);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A constant in [-2, 2] with two decimals, never zero (so it can divide). */
    double constant() {
        double c = Math.round((random.nextDouble() * 4 - 2) * 100) / 100.0;
        return c == 0 ? 0.5 : c;
    }

    /** A factor in [-1, 1] that keeps a loop-carried update from growing geometrically. */
    double contraction() {
        double c = Math.round((random.nextDouble() * 1.8 - 0.9) * 100) / 100.0;
        return c == 0 ? 0.25 : c;
    }

    boolean inLoop() {
        return loopDepth > 0;
    }
}
