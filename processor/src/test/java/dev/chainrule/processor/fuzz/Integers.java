package dev.chainrule.processor.fuzz;

import static dev.chainrule.processor.fuzz.Expressions.integer;
import static dev.chainrule.processor.fuzz.Expressions.name;
import static dev.chainrule.processor.fuzz.Expressions.number;
import static dev.chainrule.processor.fuzz.Expressions.op;

import dev.chainrule.processor.fuzz.Ast.Call;
import dev.chainrule.processor.fuzz.Ast.Callee;
import dev.chainrule.processor.fuzz.Ast.Cast;
import dev.chainrule.processor.fuzz.Ast.Expr;
import dev.chainrule.processor.fuzz.Ast.Length;
import dev.chainrule.processor.fuzz.Ast.Literal;
import dev.chainrule.processor.fuzz.Ast.Type;
import dev.chainrule.processor.fuzz.Ast.Unary;
import dev.chainrule.processor.fuzz.Scope.Var;
import java.util.List;

/**
 * Writes integer expressions of two sorts. Small ones have a known range, so that an index is in bounds and a trip
 * count moderate by construction: loop indices, counters, small parameters, sums and remainders of those, an input cut
 * to an integer. "Wild" ones are Java's integer arithmetic at the edges (MIN/MAX literals, long products, division and
 * remainder of negatives, casts of large doubles and between int and long), whose constant parts test the processor's
 * folding against javac's; a double computation uses them only brought back to a moderate size.
 */
final class Integers {

    /** A small integer expression and the range it lies in. */
    record IntTerm(Expr expr, long lo, long hi) {
    }

    private static final String[] INT_EDGES = {"-2147483648", "2147483647", "Integer.MIN_VALUE", "Integer.MAX_VALUE",
        "-1", "-7", "46341", "65536", "-46341", "3"};
    private static final String[] LONG_EDGES = {"123456789L", "987654321L", "Long.MIN_VALUE", "Long.MAX_VALUE", "-1L",
        "4294967296L", "-3037000500L", "9007199254740992L"};
    /** Literals beyond 2^53, which the processor declines; rarely, so most programs with edges still compile. */
    private static final String[] HUGE_LONGS = {"9223372036854775807L", "-9223372036854775808L",
        "1000000000000000000L", "9007199254740993L"};
    private static final String[] LARGE_DOUBLES = {"1e10", "-1e10", "1e19", "-1e19", "9.3e18", "-2.5", "3.99",
        "-3.99", "2147483647.5", "-2147483648.7", "(0.0 / 0.0)", "(1.0 / 0.0)", "(-1.0 / 0.0)"};
    private static final String[] DIVISORS = {"-1", "2", "-3", "7", "-7", "1000"};

    private final Context cx;
    private final Expressions ex;

    Integers(Context cx, Expressions ex) {
        this.cx = cx;
        this.ex = ex;
    }

    /** An index into {@code array} (of {@code length} elements): in bounds whatever the values. */
    Expr index(Expr array, int length) {
        IntTerm t = small(2);
        if (t.lo() >= 0 && t.hi() < length) {
            return t.expr();
        }
        if (t.lo() >= 0) {
            Expr bound = cx.chance(0.7) ? new Length(array) : integer(length);
            return op("%", t.expr(), bound);
        }
        return integer(cx.below(length));
    }

    /** A small integer expression whose range is known; variables rather than constants where there are some. */
    IntTerm small(int depth) {
        List<Var> known = cx.scope.all(Var::indexable);
        int k = cx.below(100);
        if (k < 60 && !known.isEmpty()) {
            Var v = cx.pick(known);
            return new IntTerm(name(v), v.lo(), v.hi());
        } else if (k < 68 && depth > 0) {
            IntTerm a = small(depth - 1);
            IntTerm b = small(depth - 1);
            return new IntTerm(op("+", a.expr(), b.expr()), a.lo() + b.lo(), a.hi() + b.hi());
        } else if (k < 75 && depth > 0) {
            IntTerm a = small(depth - 1);
            int m = 2 + cx.below(3);
            return a.lo() >= 0 ? new IntTerm(op("%", a.expr(), integer(m)), 0, Math.min(m - 1, a.hi())) : a;
        } else if (k < 83) {
            List<Var> arrays = cx.scope.all(v -> v.type() == Type.VECTOR);
            if (!arrays.isEmpty()) {
                Var array = cx.pick(arrays);
                List<Var> within = cx.scope.all(v -> v.indexable() && v.hi() < array.rows());
                if (!within.isEmpty()) {
                    // x.length - 1 - i: a mirrored index, in range when i is
                    Var i = cx.pick(within);
                    return new IntTerm(op("-", op("-", new Length(name(array)), integer(1)), name(i)),
                            array.rows() - 1 - i.hi(), array.rows() - 1 - i.lo());
                }
            }
        } else if (k < 93) {
            // an integer that depends on an input value: (int) (a * 2) lies in [-4, 4] for a parameter a
            List<Var> params = cx.scope.all(v -> v.type() == Type.DOUBLE && !v.writable());
            if (!params.isEmpty()) {
                return new IntTerm(new Cast(Type.INT, op("*", name(cx.pick(params)), number(2.0))), -4, 4);
            }
        } else if (k < 96 && depth > 0) {
            IntTerm a = small(depth - 1);
            int cap = 1 + cx.below(4);
            return new IntTerm(new Call(Callee.MATH, "min", List.of(a.expr(), integer(cap)), Type.INT),
                    Math.min(a.lo(), cap), Math.min(a.hi(), cap));
        }
        int c = cx.below(4);
        return new IntTerm(integer(c), c, c);
    }

    /** An int or long expression whose value may be anywhere in its type; constant ones test the folding. */
    Expr wild(Type type, int depth) {
        if (depth <= 0 || cx.chance(0.3)) {
            return wildLeaf(type);
        }
        int k = cx.below(10);
        if (k < 4) {
            return op(cx.pick(List.of("+", "-", "*")), wild(type, depth - 1), wild(cx.chance(0.7) ? type : Type.INT,
                    depth - 1));
        } else if (k < 7) {
            return op(cx.chance(0.5) ? "/" : "%", wild(type, depth - 1), divisor());
        } else if (k < 8) {
            return new Unary("-", wild(type, depth - 1));
        }
        Type other = type == Type.INT ? Type.LONG : Type.INT;
        return new Cast(type, wild(other, depth - 1));
    }

    private Expr divisor() {
        List<Var> nonZero = cx.scope.all(v -> v.type() == Type.INT && v.excludesZero() && v.hi() <= 1000
                && v.lo() >= -1000);
        if (!nonZero.isEmpty() && cx.chance(0.3)) {
            return name(cx.pick(nonZero));
        }
        return new Literal(DIVISORS[cx.below(DIVISORS.length)], Type.INT);
    }

    private Expr wildLeaf(Type type) {
        List<Var> vars = cx.scope.all(v -> v.type() == type);
        int k = cx.below(10);
        if (k < 4 && !vars.isEmpty()) {
            return name(cx.pick(vars));
        } else if (k < 6) {
            return new Cast(type, new Literal(LARGE_DOUBLES[cx.below(LARGE_DOUBLES.length)], Type.DOUBLE));
        } else if (k < 7) {
            // an input's value, cut to an integer: a piecewise constant function of the input
            return new Cast(type, op("*", ex.leaf(), number(1000.0)));
        }
        if (type == Type.INT) {
            return new Literal(INT_EDGES[cx.below(INT_EDGES.length)], Type.INT);
        }
        String[] longs = cx.chance(0.05) ? HUGE_LONGS : LONG_EDGES;
        return new Literal(longs[cx.below(longs.length)], Type.LONG);
    }

    /** A wild integer brought back to a moderate size, as a factor of a double computation. */
    Expr intFactor(int depth) {
        Type type = cx.chance(0.5) ? Type.INT : Type.LONG;
        Expr e = wild(type, Math.max(1, depth));
        return switch (cx.below(4)) {
            case 0 -> op("%", e, integer(cx.pick(List.of(10, 7, 1000, -9, 3))));
            case 1 -> op("*", new Cast(Type.DOUBLE, e), number(type == Type.INT ? 1e-9 : 1e-18));
            case 2 -> type == Type.INT ? op("/", e, integer(100000000))
                    : op("/", op("/", e, new Literal("1000000000L", Type.LONG)), new Literal("1000000000L", Type.LONG));
            default -> op("%", e, integer(cx.pick(List.of(10, 7, 1000, -9, 3))));
        };
    }
}
