package dev.chainrule.processor.fuzz;

import static dev.chainrule.processor.fuzz.Expressions.integer;
import static dev.chainrule.processor.fuzz.Expressions.name;
import static dev.chainrule.processor.fuzz.Expressions.number;
import static dev.chainrule.processor.fuzz.Expressions.op;

import dev.chainrule.processor.fuzz.Ast.Assign;
import dev.chainrule.processor.fuzz.Ast.Clone;
import dev.chainrule.processor.fuzz.Ast.Declare;
import dev.chainrule.processor.fuzz.Ast.Element;
import dev.chainrule.processor.fuzz.Ast.Expr;
import dev.chainrule.processor.fuzz.Ast.For;
import dev.chainrule.processor.fuzz.Ast.ForEach;
import dev.chainrule.processor.fuzz.Ast.If;
import dev.chainrule.processor.fuzz.Ast.Length;
import dev.chainrule.processor.fuzz.Ast.Name;
import dev.chainrule.processor.fuzz.Ast.NewArray;
import dev.chainrule.processor.fuzz.Ast.Stmt;
import dev.chainrule.processor.fuzz.Ast.Type;
import dev.chainrule.processor.fuzz.Ast.While;
import dev.chainrule.processor.fuzz.Context.Exit;
import dev.chainrule.processor.fuzz.Integers.IntTerm;
import dev.chainrule.processor.fuzz.Scope.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes loops: counted up and down (over an array's length, a small parameter, a constant, an input cut to an
 * integer, or past an array's end for guarded reads), over an array or a matrix's rows, while and do-while loops
 * bounded by a counter and often by a condition on active values; and two shapes that real code is full of, a local
 * array allocated in each iteration and accumulated into, and a state propagated step by step through such arrays.
 */
final class Loops {
    private final Context cx;
    private final Expressions ex;
    private final Statements statements;

    Loops(Context cx, Expressions ex, Statements statements) {
        this.cx = cx;
        this.ex = ex;
        this.statements = statements;
    }

    // ---- loops -----------------------------------------------------------------------------------------------------

    Stmt forLoop(int depth) {
        String index = cx.scope.fresh("i");
        String label = cx.chance(0.25) ? cx.scope.fresh("L") : null;
        boolean down = cx.chance(0.2);
        List<Var> arrays = cx.scope.all(v -> v.type().isArray());
        Expr bound;
        long hi;
        int k = cx.below(10);
        if (k < 6 && !arrays.isEmpty()) {
            Var array = cx.pick(arrays);
            bound = new Length(name(array));
            hi = array.rows();
            if (k == 5 && !down) {
                // runs past the end: only a guard such as i < x.length && x[i] > 0 may index with it
                int extra = 1 + cx.below(2);
                bound = op("+", bound, integer(extra));
                hi += extra;
            }
        } else if (k < 8) {
            IntTerm t = ex.integers.small(1);
            if (t.hi() > 6) {
                t = new IntTerm(integer(3), 3, 3);
            }
            bound = t.expr();
            hi = Math.max(t.hi(), 0);
        } else {
            hi = 1 + cx.below(4);
            bound = integer(hi);
        }
        long lo = down || cx.chance(0.8) ? 0 : 1;
        Expr from = integer(lo);
        long top = Math.max(hi - 1, lo);
        List<Stmt> body = loopBody(depth, label, () -> cx.scope.declare(new Var(index, Type.INT,
                0, 0, false, lo, top)));
        return new For(label, index, from, bound, down, body);
    }

    Stmt forEach(int depth) {
        List<Var> arrays = cx.scope.all(v -> v.type().isArray());
        if (arrays.isEmpty()) {
            return forLoop(depth);
        }
        Var array = cx.pick(arrays);
        String label = cx.chance(0.15) ? cx.scope.fresh("L") : null;
        boolean rows = array.type() == Type.MATRIX;
        String variable = cx.scope.fresh(rows ? "row" : "v");
        // a row stands for the matrix's own row: writable only when the matrix is
        Var declared = rows ? new Var(variable, Type.VECTOR, array.cols(), 0, array.writable() && cx.chance(0.5),
                0, 0) : new Var(variable, Type.DOUBLE, 0, 0, false, 0, 0);
        List<Stmt> body = loopBody(depth, label, () -> cx.scope.declare(declared));
        return new ForEach(label, rows ? Type.VECTOR : Type.DOUBLE, variable, name(array), body);
    }

    Stmt whileLoop(int depth) {
        String counter = cx.scope.fresh("t");
        String label = cx.chance(0.2) ? cx.scope.fresh("L") : null;
        int limit = 1 + cx.below(6);
        cx.scope.declare(new Var(counter, Type.INT, 0, 0, false, 0, limit));
        Expr condition = cx.chance(0.3) ? null : ex.condition(2);
        boolean doWhile = cx.chance(0.3);
        List<Stmt> body = loopBody(depth, label, () -> cx.scope.declare(new Var(counter, Type.INT, 0, 0,
                false, 1, limit)));
        return new While(label, counter, limit, condition, doWhile, body);
    }

    /** A loop's body: a carried update first (so the loop matters), then random statements. */
    private List<Stmt> loopBody(int depth, String label, Runnable declareVariables) {
        return inLoop(label, () -> {
            declareVariables.run();
            List<Stmt> body = new ArrayList<>();
            body.add(statements.updateDouble());
            body.addAll(statements.block(depth + 1, 1 + cx.below(4)));
            return body;
        });
    }

    /** Runs {@code body} as the body of a loop (labelled {@code label}, or null), in a block of its own. */
    <T> T inLoop(String label, Supplier<T> body) {
        cx.exits.push(new Exit(label, true));
        cx.loopDepth++;
        try {
            return cx.scope.inBlock(body);
        } finally {
            cx.loopDepth--;
            cx.exits.pop();
        }
    }

    // ---- shapes that real code is full of --------------------------------------------------------------------------

    /**
     * A local array allocated in each iteration and accumulated into by an inner loop, then read:
     * {@code for (i) { double[] acc = new double[1]; for (j) { acc[0] += ...; } s += acc[0]; }}.
     */
    List<Stmt> accumulateInLoop(int depth) {
        List<Var> vectors = cx.scope.all(v -> v.type() == Type.VECTOR);
        if (vectors.isEmpty() || depth >= Statements.MAX_DEPTH - 1) {
            return List.of(forLoop(depth));
        }
        Var over = cx.pick(vectors);
        String i = cx.scope.fresh("i");
        String j = cx.scope.fresh("i");
        String acc = cx.scope.fresh("d");
        int size = 1 + cx.below(2);
        Stmt loop = inLoop(null, () -> {
            cx.scope.declare(new Var(i, Type.INT, 0, 0, false, 0, over.rows() - 1));
            List<Stmt> body = new ArrayList<>();
            body.add(new Declare(Type.VECTOR, acc, new NewArray(Type.VECTOR, List.of(integer(size)))));
            cx.scope.declare(new Var(acc, Type.VECTOR, size, 0, true, 0, 0));
            Stmt inner = inLoop(null, () -> {
                cx.scope.declare(new Var(j, Type.INT, 0, 0, false, 0, over.rows() - 1));
                Element cell = new Element(new Name(acc, Type.VECTOR), integer(cx.below(size)));
                Expr term = op("*", new Element(name(over), new Name(j, Type.INT)), ex.dbl(1));
                Stmt accumulate = switch (cx.below(4)) {
                    case 0 -> new Assign(cell, "-=", ex.bounded(term));
                    case 1 -> new Assign(cell, "=", op("+", cell, ex.bounded(term)));
                    default -> new Assign(cell, "+=", ex.bounded(term));
                };
                List<Stmt> innerBody = new ArrayList<>();
                innerBody.add(cx.chance(0.3) ? new If(ex.condition(1), List.of(accumulate), List.of()) : accumulate);
                innerBody.addAll(statements.block(depth + 2, cx.below(2)));
                return new For(null, j, integer(0), new Length(name(over)), false, innerBody);
            });
            body.add(inner);
            List<Var> carried = cx.scope.all(v -> v.type() == Type.DOUBLE && v.writable());
            Element read = new Element(new Name(acc, Type.VECTOR), integer(0));
            if (carried.isEmpty()) {
                body.add(new Assign(read, "*=", number(cx.contraction())));
            } else {
                body.add(new Assign(name(cx.pick(carried)), "+=", ex.bounded(read)));
            }
            return new For(null, i, integer(0), new Length(name(over)), false, body);
        });
        return List.of(loop);
    }

    /**
     * A state propagated step by step through an array allocated in each step, as a Markov chain is:
     * {@code for (t) { double[] next = new double[n]; for (i) for (j) next[i] += p[i][j] * x[j]; for (i) x[i] =
     * next[i]; }}.
     */
    List<Stmt> propagate(int depth) {
        List<Var> vectors = cx.scope.all(v -> v.type() == Type.VECTOR);
        if (vectors.isEmpty() || depth >= Statements.MAX_DEPTH - 1) {
            return List.of(whileLoop(depth));
        }
        Var source = cx.pick(vectors);
        int n = source.rows();
        String state = cx.scope.fresh("d");
        List<Stmt> out = new ArrayList<>();
        out.add(new Declare(Type.VECTOR, state, new Clone(name(source))));
        cx.scope.declare(new Var(state, Type.VECTOR, n, 0, true, 0, 0));
        Name p = new Name(state, Type.VECTOR);
        String t = cx.scope.fresh("i");
        String i = cx.scope.fresh("i");
        String j = cx.scope.fresh("i");
        String i2 = cx.scope.fresh("i");
        String next = cx.scope.fresh("d");
        int steps = 1 + cx.below(4);
        List<Var> matrices = cx.scope.all(v -> v.type() == Type.MATRIX);
        Var weights = matrices.isEmpty() ? null : cx.pick(matrices);
        Stmt loop = inLoop(null, () -> {
            cx.scope.declare(new Var(t, Type.INT, 0, 0, false, 0, steps - 1));
            Name nextName = new Name(next, Type.VECTOR);
            Name iName = new Name(i, Type.INT);
            Name jName = new Name(j, Type.INT);
            Expr coefficient;
            if (weights != null) {
                Name w = name(weights);
                Element row = new Element(w, op("%", iName, new Length(w)));
                coefficient = op("*", number(0.5), new Element(row, op("%", jName, new Length(row))));
            } else {
                coefficient = op("*", number(0.4), Expressions.math("sin", op("+", new Element(name(source),
                        op("%", op("+", iName, jName), integer(n))), number(cx.constant()))));
            }
            Stmt accumulate = new Assign(new Element(nextName, iName), "+=", op("*", coefficient,
                    new Element(p, jName)));
            Stmt inner = new For(null, j, integer(0), new Length(p), false, List.of(accumulate));
            Stmt mix = new For(null, i, integer(0), new Length(nextName), false, List.of(inner));
            Stmt copy = new For(null, i2, integer(0), new Length(p), false, List.of(new Assign(new Element(p,
                    new Name(i2, Type.INT)), "=", cx.chance(0.5) ? new Element(nextName, new Name(i2, Type.INT))
                    : op("+", new Element(nextName, new Name(i2, Type.INT)), ex.bounded(ex.dbl(1))))));
            List<Stmt> body = new ArrayList<>();
            body.add(new Declare(Type.VECTOR, next, new NewArray(Type.VECTOR, List.of(cx.chance(0.5)
                    ? new Length(p) : integer(n)))));
            body.add(mix);
            body.add(copy);
            return new For(null, t, integer(0), integer(steps), false, body);
        });
        out.add(loop);
        return out;
    }
}
