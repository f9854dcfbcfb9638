package dev.chainrule.processor.fuzz;

import static dev.chainrule.processor.fuzz.Expressions.integer;
import static dev.chainrule.processor.fuzz.Expressions.name;
import static dev.chainrule.processor.fuzz.Expressions.number;
import static dev.chainrule.processor.fuzz.Expressions.op;

import dev.chainrule.processor.fuzz.Ast.ArrayLiteral;
import dev.chainrule.processor.fuzz.Ast.Assign;
import dev.chainrule.processor.fuzz.Ast.Break;
import dev.chainrule.processor.fuzz.Ast.Call;
import dev.chainrule.processor.fuzz.Ast.Case;
import dev.chainrule.processor.fuzz.Ast.Clone;
import dev.chainrule.processor.fuzz.Ast.Continue;
import dev.chainrule.processor.fuzz.Ast.Declare;
import dev.chainrule.processor.fuzz.Ast.Element;
import dev.chainrule.processor.fuzz.Ast.Expr;
import dev.chainrule.processor.fuzz.Ast.For;
import dev.chainrule.processor.fuzz.Ast.If;
import dev.chainrule.processor.fuzz.Ast.Length;
import dev.chainrule.processor.fuzz.Ast.Name;
import dev.chainrule.processor.fuzz.Ast.NewArray;
import dev.chainrule.processor.fuzz.Ast.Return;
import dev.chainrule.processor.fuzz.Ast.Step;
import dev.chainrule.processor.fuzz.Ast.Stmt;
import dev.chainrule.processor.fuzz.Ast.Switch;
import dev.chainrule.processor.fuzz.Ast.Type;
import dev.chainrule.processor.fuzz.Context.Exit;
import dev.chainrule.processor.fuzz.Context.Signature;
import dev.chainrule.processor.fuzz.Integers.IntTerm;
import dev.chainrule.processor.fuzz.Scope.Var;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Writes statements: declarations and updates of double, integer and array locals, writes into local arrays, arrays
 * replaced by what a method returns, branches, switches, exits and early returns, and (through {@link Loops}) loops.
 *
 * <p>Updates inside loops keep their values moderate: what a loop adds is squashed into [-1, 1] and what it carries is
 * multiplied by at most 1 in size, so sums grow linearly in the trip count, never geometrically.
 */
final class Statements {
    /** How deep loops, branches and switches nest. */
    static final int MAX_DEPTH = 3;

    private final Context cx;
    private final Expressions ex;
    private final Loops loops;

    Statements(Context cx, Expressions ex) {
        this.cx = cx;
        this.ex = ex;
        this.loops = new Loops(cx, ex, this);
    }

    /** Up to {@code count} statements, fewer when the method's budget runs out. */
    List<Stmt> block(int depth, int count) {
        List<Stmt> out = new ArrayList<>();
        for (int s = 0; s < count && cx.budget > 0; s++) {
            cx.budget--;
            out.addAll(statement(depth));
        }
        return out;
    }

    /** One statement, or a few that belong together (a declaration and the loop that fills it). */
    private List<Stmt> statement(int depth) {
        boolean nest = depth < MAX_DEPTH;
        int k = cx.below(nest ? 100 : 45);
        if (k < 12) {
            return List.of(updateDouble());
        } else if (k < 18) {
            return List.of(declareDouble());
        } else if (k < 23) {
            return declareInteger();
        } else if (k < 29) {
            return declareArray();
        } else if (k < 37) {
            return writeElement();
        } else if (k < 40) {
            return replaceArray();
        } else if (k < 45) {
            return exitOrReturn();
        } else if (k < 62) {
            return List.of(loops.forLoop(depth));
        } else if (k < 68) {
            return List.of(loops.forEach(depth));
        } else if (k < 76) {
            return List.of(loops.whileLoop(depth));
        } else if (k < 86) {
            return List.of(ifElse(depth));
        } else if (k < 90) {
            return List.of(switchStatement(depth));
        } else if (k < 95) {
            return loops.accumulateInLoop(depth);
        } else if (k == 99 && cx.chance(0.1)) {
            return declined();
        }
        return loops.propagate(depth);
    }

    // ---- doubles and integers --------------------------------------------------------------------------------------

    /** An update of a double local, most often one the method declared at its top (what loops carry). */
    Stmt updateDouble() {
        List<Var> outer = cx.scope.outermost(v -> v.type() == Type.DOUBLE && v.writable());
        List<Var> targets = outer.isEmpty() || cx.chance(0.3)
                ? cx.scope.all(v -> v.type() == Type.DOUBLE && v.writable()) : outer;
        if (targets.isEmpty()) {
            return declareDouble();
        }
        Name v = name(cx.pick(targets));
        Expr e = ex.dbl(2);
        if (!cx.inLoop()) {
            return switch (cx.below(4)) {
                case 0 -> new Assign(v, "+=", e);
                case 1 -> new Assign(v, "-=", e);
                case 2 -> new Assign(v, "*=", ex.bounded(e));
                default -> new Assign(v, "=", e);
            };
        }
        return switch (cx.below(6)) {
            case 0, 1 -> new Assign(v, "+=", ex.bounded(e));
            case 2 -> new Assign(v, "-=", ex.bounded(e));
            case 3 -> new Assign(v, "*=", number(cx.contraction()));
            case 4 -> new Assign(v, "=", op("+", op("*", v, number(cx.contraction())), ex.bounded(e)));
            default -> new Assign(v, "=", ex.bounded(e));
        };
    }

    /** {@code double s = e;}; at the method's top, a value the rest of the method updates and returns. */
    Stmt declareDouble() {
        String name = cx.scope.fresh("s");
        Expr init = ex.dbl(2);
        cx.scope.declare(new Var(name, Type.DOUBLE, 0, 0, true, 0, 0));
        return new Declare(Type.DOUBLE, name, init);
    }

    private List<Stmt> declareInteger() {
        int k = cx.below(10);
        if (k < 3) {
            IntTerm t = ex.integers.small(2);
            String name = cx.scope.fresh("c");
            cx.scope.declare(new Var(name, Type.INT, 0, 0, false, t.lo(), t.hi()));
            return List.of(new Declare(Type.INT, name, t.expr()));
        } else if (k < 5) {
            List<Var> counters = cx.scope.all(v -> v.type() == Type.INT && v.writable());
            if (!counters.isEmpty() && cx.inLoop()) {
                Name c = name(cx.pick(counters));
                return List.of(cx.chance(0.6) ? new Step(c, "++") : new Assign(c, "+=", integer(1 + cx.below(3))));
            }
            return List.of(declareCounter());
        } else if (k < 9) {
            Type type = cx.chance(0.5) ? Type.INT : Type.LONG;
            String name = cx.scope.fresh(type == Type.INT ? "c" : "l");
            Expr init = ex.integers.wild(type, 3);
            long lo = type == Type.INT ? Integer.MIN_VALUE : Long.MIN_VALUE;
            long hi = type == Type.INT ? Integer.MAX_VALUE : Long.MAX_VALUE;
            cx.scope.declare(new Var(name, type, 0, 0, false, lo, hi));
            return List.of(new Declare(type, name, init));
        }
        String name = cx.scope.fresh("f");
        Expr init = ex.condition(2);
        cx.scope.declare(new Var(name, Type.BOOLEAN, 0, 0, false, 0, 0));
        return List.of(new Declare(Type.BOOLEAN, name, init));
    }

    /** A counter, only ever incremented: non-negative, so it can index through {@code % length}. */
    Stmt declareCounter() {
        String name = cx.scope.fresh("c");
        cx.scope.declare(new Var(name, Type.INT, 0, 0, true, 0, Scope.COUNTER_MAX));
        return new Declare(Type.INT, name, integer(0));
    }

    // ---- arrays ----------------------------------------------------------------------------------------------------

    /** A new local vector or matrix, from an allocation, a literal, a clone or a call. */
    private List<Stmt> declareArray() {
        if (cx.chance(0.25)) {
            int rows = 2 + cx.below(2);
            int cols = 2 + cx.below(3);
            String name = cx.scope.fresh("e");
            cx.scope.declare(new Var(name, Type.MATRIX, rows, cols, true, 0, 0));
            return List.of(new Declare(Type.MATRIX, name, new NewArray(Type.MATRIX, List.of(integer(rows),
                    integer(cols)))));
        }
        List<Var> vectors = cx.scope.all(v -> v.type() == Type.VECTOR);
        int length;
        Expr init;
        int k = cx.below(10);
        if (k < 4 || vectors.isEmpty()) {
            length = 1 + cx.below(4);
            Var like = vectors.isEmpty() ? null : cx.pick(vectors);
            if (like != null && cx.chance(0.5)) {
                length = like.rows();
                init = new NewArray(Type.VECTOR, List.of(new Length(name(like))));
            } else {
                init = new NewArray(Type.VECTOR, List.of(integer(length)));
            }
        } else if (k < 6) {
            length = 2 + cx.below(3);
            List<Expr> elements = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                elements.add(ex.dbl(1));
            }
            init = new ArrayLiteral(elements, cx.chance(0.5));
        } else if (k < 8) {
            Var source = cx.pick(vectors);
            length = source.rows();
            init = new Clone(name(source));
        } else {
            Var source = cx.pick(vectors);
            length = source.rows();
            Expr call = vectorCall(source);
            init = call != null ? call : new Clone(name(source));
        }
        String name = cx.scope.fresh("d");
        Var declared = new Var(name, Type.VECTOR, length, 0, true, 0, 0);
        cx.scope.declare(declared);
        List<Stmt> out = new ArrayList<>();
        out.add(new Declare(Type.VECTOR, name, init));
        if (cx.chance(0.6)) {
            out.add(use(declared));
        }
        return out;
    }

    /** A statement that makes a new local array matter: a carried double reads it, or a loop writes into it. */
    private Stmt use(Var array) {
        Name name = name(array);
        List<Var> carried = cx.scope.all(v -> v.type() == Type.DOUBLE && v.writable());
        if (!carried.isEmpty() && cx.chance(0.5)) {
            Expr read = new Element(name, ex.integers.index(name, array.rows()));
            return new Assign(name(cx.pick(carried)), "+=", cx.inLoop() ? ex.bounded(read) : read);
        }
        String i = cx.scope.fresh("i");
        Element cell = new Element(name, new Name(i, Type.INT));
        Stmt write = loops.inLoop(null, () -> {
            cx.scope.declare(new Var(i, Type.INT, 0, 0, false, 0, array.rows() - 1));
            return new Assign(cell, cx.chance(0.5) ? "+=" : "=", ex.bounded(ex.dbl(2)));
        });
        return new For(null, i, integer(0), new Length(name), false, List.of(write));
    }

    /** A call returning a vector as long as {@code argument}, passing it; null when no such method exists. */
    private Expr vectorCall(Var argument) {
        List<Signature> fitting = cx.callables.stream().filter(s -> s.result() == Type.VECTOR
                && s.resultLength() == argument.rows() && s.params().stream().anyMatch(p -> p.type() == Type.VECTOR
                && p.rows() == argument.rows())).toList();
        if (fitting.isEmpty()) {
            return null;
        }
        Signature s = cx.pick(fitting);
        List<Expr> args = new ArrayList<>();
        boolean passed = false;
        for (Ast.Param p : s.params()) {
            if (!passed && p.type() == Type.VECTOR && p.rows() == argument.rows()) {
                args.add(name(argument));
                passed = true;
            } else if (p.type() == Type.DOUBLE) {
                args.add(ex.dbl(1));
            } else {
                List<Expr> one = ex.arguments(new Signature(s.callee(), s.name(), s.result(), s.resultLength(),
                        List.of(p), false), 1);
                if (one == null) {
                    return null;
                }
                args.addAll(one);
            }
        }
        return new Call(s.callee(), s.name(), args, Type.VECTOR);
    }

    /** A write into a local array: {@code d[i] = e}, {@code d[i] += e}, {@code d[i] = d[i] + e}, .... */
    private List<Stmt> writeElement() {
        List<Var> arrays = cx.scope.all(v -> v.type().isArray() && v.writable());
        if (arrays.isEmpty()) {
            return declareArray();
        }
        Var array = cx.pick(arrays);
        Name name = name(array);
        Expr target = new Element(name, ex.integers.index(name, array.rows()));
        if (array.type() == Type.MATRIX) {
            target = new Element(target, ex.integers.index(target, array.cols()));
        }
        Expr e = cx.inLoop() ? ex.bounded(ex.dbl(2)) : ex.dbl(2);
        return List.of(switch (cx.below(7)) {
            case 0, 1 -> new Assign(target, "+=", e);
            case 2 -> new Assign(target, "-=", e);
            case 3 -> new Assign(target, "=", op("+", target, e));
            case 4 -> new Assign(target, "*=", number(cx.contraction()));
            default -> new Assign(target, "=", cx.inLoop() ? op("+", op("*", target, number(cx.contraction())), e)
                    : e);
        });
    }

    /** {@code y = triple(y);}: a local vector replaced by what a method returns for it. */
    private List<Stmt> replaceArray() {
        List<Var> vectors = cx.scope.all(v -> v.type() == Type.VECTOR && v.writable()
                && !v.name().equals(cx.resultArray));
        if (vectors.isEmpty()) {
            return declareArray();
        }
        Var y = cx.pick(vectors);
        Expr call = vectorCall(y);
        if (call == null) {
            return writeElement();
        }
        return List.of(new Assign(name(y), "=", call));
    }

    // ---- branches and exits ----------------------------------------------------------------------------------------

    private Stmt ifElse(int depth) {
        Expr condition = ex.condition(2);
        List<Stmt> then = cx.scope.inBlock(() -> block(depth + 1, 1 + cx.below(3)));
        List<Stmt> otherwise = cx.chance(0.5) ? cx.scope.inBlock(() -> block(depth + 1, 1 + cx.below(3)))
                : List.of();
        return new If(condition, then, otherwise);
    }

    private Stmt switchStatement(int depth) {
        IntTerm selector = ex.integers.small(1);
        boolean arrows = cx.chance(0.5);
        List<Integer> labels = new ArrayList<>(List.of(0, 1, 2, 3));
        java.util.Collections.shuffle(labels, cx.random);
        List<Case> cases = new ArrayList<>();
        int count = 1 + cx.below(3);
        cx.exits.push(new Exit(null, false));
        try {
            for (int c = 0; c < count; c++) {
                List<Integer> these = c == 0 && cx.chance(0.3) ? List.of(labels.get(0), labels.get(3))
                        : List.of(labels.get(c));
                cases.add(new Case(these, caseBody(depth, arrows, true)));
            }
            if (cx.chance(0.7)) {
                cases.add(new Case(List.of(), caseBody(depth, arrows, false)));
            }
        } finally {
            cx.exits.pop();
        }
        return new Switch(selector.expr(), arrows, cases);
    }

    /**
     * A case's statements; a colon case inside a loop may end in {@code continue} or {@code return}, unless it is the
     * default (a switch whose every case jumped would leave the code after it unreachable, which javac rejects).
     */
    private List<Stmt> caseBody(int depth, boolean arrows, boolean mayJump) {
        return cx.scope.inBlock(() -> {
            List<Stmt> body = new ArrayList<>(block(depth + 1, 1 + cx.below(2)));
            if (!arrows && mayJump && cx.chance(0.15)) {
                boolean inLoop = cx.exits.stream().skip(1).findFirst().map(Exit::loop).orElse(false);
                body.add(inLoop && cx.chance(0.5) ? new Continue(null) : new Return(returnValue()));
            }
            return body;
        });
    }

    /** {@code if (c) break;}, {@code if (c) continue outer;} or {@code if (c) return e;}. */
    private List<Stmt> exitOrReturn() {
        Expr condition = ex.condition(2);
        List<Stmt> exits = new ArrayList<>();
        Iterator<Exit> enclosing = cx.exits.iterator();
        boolean first = true;
        while (enclosing.hasNext()) {
            Exit exit = enclosing.next();
            if (!exit.loop()) {
                break;
            }
            if (first) {
                exits.add(new Break(null));
                exits.add(new Continue(null));
            }
            if (exit.label() != null) {
                exits.add(new Break(exit.label()));
                exits.add(new Continue(exit.label()));
            }
            first = false;
        }
        Stmt jump = exits.isEmpty() || cx.chance(0.25) ? new Return(returnValue()) : cx.pick(exits);
        return List.of(new If(condition, List.of(jump), List.of()));
    }

    private Expr returnValue() {
        return cx.resultType == Type.VECTOR ? new Name(cx.resultArray, Type.VECTOR) : ex.dbl(2);
    }

    /**
     * Rarely, what the README says the processor declines: writing into a parameter array, or aliasing one. It must
     * answer with a diagnostic id, and neither crash nor write code that does not compile.
     */
    private List<Stmt> declined() {
        List<Var> inputs = cx.scope.all(v -> v.type() == Type.VECTOR && !v.writable());
        if (inputs.isEmpty()) {
            return List.of(updateDouble());
        }
        Var input = cx.pick(inputs);
        Name name = name(input);
        if (cx.chance(0.5)) {
            return List.of(new Assign(new Element(name, ex.integers.index(name, input.rows())), "=", ex.dbl(1)));
        }
        String alias = cx.scope.fresh("d");
        cx.scope.declare(new Var(alias, Type.VECTOR, input.rows(), 0, false, 0, 0));
        return List.of(new Declare(Type.VECTOR, alias, name));
    }

}
