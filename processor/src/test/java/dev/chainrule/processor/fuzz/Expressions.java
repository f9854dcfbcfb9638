package dev.chainrule.processor.fuzz;

import dev.chainrule.processor.fuzz.Ast.Binary;
import dev.chainrule.processor.fuzz.Ast.Call;
import dev.chainrule.processor.fuzz.Ast.Callee;
import dev.chainrule.processor.fuzz.Ast.Conditional;
import dev.chainrule.processor.fuzz.Ast.Element;
import dev.chainrule.processor.fuzz.Ast.Expr;
import dev.chainrule.processor.fuzz.Ast.Length;
import dev.chainrule.processor.fuzz.Ast.Literal;
import dev.chainrule.processor.fuzz.Ast.Name;
import dev.chainrule.processor.fuzz.Ast.Param;
import dev.chainrule.processor.fuzz.Ast.SwitchValue;
import dev.chainrule.processor.fuzz.Ast.Type;
import dev.chainrule.processor.fuzz.Ast.Unary;
import dev.chainrule.processor.fuzz.Ast.ValueCase;
import dev.chainrule.processor.fuzz.Context.Signature;
import dev.chainrule.processor.fuzz.Integers.IntTerm;
import dev.chainrule.processor.fuzz.Scope.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes well-typed expressions over the variables in scope: doubles, conditions, calls and switch expressions
 * (integers come from {@link Integers}). Doubles stay moderate: functions that grow fast only see arguments squashed
 * into [-1, 1], logarithms and roots only positive arguments, divisions only denominators away from zero.
 */
final class Expressions {

    private final Context cx;
    /** The integer expressions: indices, trip counts, and arithmetic at the edges. */
    final Integers integers;

    Expressions(Context cx) {
        this.cx = cx;
        this.integers = new Integers(cx, this);
    }

    static Literal number(double value) {
        return new Literal(Printer.number(value), Type.DOUBLE);
    }

    static Literal integer(long value) {
        return new Literal(Long.toString(value), Type.INT);
    }

    static Binary op(String operator, Expr left, Expr right) {
        return new Binary(operator, left, right);
    }

    static Call math(String name, Expr... args) {
        return new Call(Callee.MATH, name, List.of(args), Type.DOUBLE);
    }

    // ---- doubles ---------------------------------------------------------------------------------------------------

    /** A double expression of nesting depth at most {@code depth}. */
    Expr dbl(int depth) {
        if (depth <= 0 || cx.chance(0.22)) {
            return leaf();
        }
        int k = cx.below(100);
        if (k < 30) {
            String[] ops = {"+", "-", "*", "+", "*"};
            return op(ops[cx.below(ops.length)], dbl(depth - 1), dbl(depth - 1));
        } else if (k < 37) {
            return division(depth);
        } else if (k < 66) {
            return function(depth);
        } else if (k < 72) {
            return new Conditional(condition(depth - 1), dbl(depth - 1), dbl(depth - 1));
        } else if (k < 75) {
            return new Unary("-", dbl(depth - 1));
        } else if (k < 83) {
            Expr call = call(depth);
            return call != null ? call : leaf();
        } else if (k < 87) {
            return switchValue(depth);
        } else if (k < 88) {
            // rare: a program with StopGradient is not checked against central differences
            return cx.chance(0.3) ? new Call(Callee.STOP_GRADIENT, "stop", List.of(dbl(depth - 1)), Type.DOUBLE)
                    : leaf();
        } else if (k < 93) {
            return op("*", leaf(), integers.intFactor(depth - 1));
        } else if (k < 95) {
            // Java's % on doubles; the processor differentiates it as d(a % b) = da - trunc(a/b)·db
            return op("%", dbl(depth - 1), cx.chance(0.7) ? number(cx.constant()) : positive(dbl(depth - 1)));
        }
        return op("*", leaf(), leaf());
    }

    /** A double squashed into [-1, 1], for updates in loops and arguments of fast-growing functions. */
    Expr bounded(Expr e) {
        return switch (cx.below(isLeaf(e) ? 4 : 3)) {
            case 0 -> math("tanh", e);
            case 1 -> math("sin", e);
            case 2 -> math("cos", e);
            default -> op("/", e, op("+", number(1.0), op("*", e, e)));
        };
    }

    /**
     * True for the expressions a template may repeat ({@code e / (1 + e * e)}): repeating a larger one would make
     * nested templates grow exponentially.
     */
    static boolean isLeaf(Expr e) {
        return e instanceof Name || e instanceof Literal || (e instanceof Element el && isLeaf(el.array())
                && isLeaf(el.index()));
    }

    /** A double at least 0.5. */
    private Expr positive(Expr e) {
        return op("+", number(0.5 + Math.abs(cx.constant())), square(e));
    }

    private static Expr square(Expr e) {
        return isLeaf(e) ? op("*", e, e) : math("pow", e, number(2.0));
    }

    private Expr division(int depth) {
        Expr numerator = dbl(depth - 1);
        return switch (cx.below(4)) {
            case 0 -> op("/", numerator, number(cx.constant()));
            case 1 -> op("/", numerator, op("+", number(1.5), math("cos", dbl(depth - 1))));
            default -> op("/", numerator, positive(dbl(depth - 1)));
        };
    }

    /**
     * {@code e + c}: away from zero where {@code e} is exactly zero, as locals and fresh arrays often are; there the
     * derivatives of cbrt, hypot and atan2 are infinite or undefined, and AD's 0 · ∞ would compare with nothing.
     */
    private Expr offset(Expr e) {
        return op("+", e, number(cx.constant()));
    }

    /** A Math function with its argument kept in its domain and its value moderate. */
    private Expr function(int depth) {
        Expr e = dbl(depth - 1);
        return switch (cx.below(34)) {
            case 0, 1 -> math("sin", e);
            case 2, 3 -> math("cos", e);
            case 4 -> math("tan", bounded(e));
            case 5 -> math("asin", op("*", number(0.9), bounded(e)));
            case 6 -> math("acos", op("*", number(0.9), bounded(e)));
            case 7 -> math("atan", e);
            case 8, 9 -> math("atan2", e, offset(dbl(depth - 1)));
            case 10 -> math("sinh", bounded(e));
            case 11 -> math("cosh", bounded(e));
            case 12, 13 -> math("tanh", e);
            case 14, 15 -> math("exp", bounded(e));
            case 16 -> math("expm1", bounded(e));
            case 17, 18 -> math("log", positive(e));
            case 19 -> math("log10", positive(e));
            case 20 -> math("log1p", square(e));
            case 21, 22 -> math("sqrt", positive(e));
            case 23 -> math("cbrt", offset(e));
            case 24, 25 -> math("pow", positive(bounded(e)), number(cx.pick(List.of(0.5, 1.5, -0.5, 2.0, 3.0,
                    -1.0, 2.5))));
            case 26 -> math("pow", bounded(e), number(cx.chance(0.5) ? 2.0 : 3.0));
            case 27 -> math("hypot", e, offset(dbl(depth - 1)));
            case 28 -> math("abs", e);
            case 29 -> math(cx.chance(0.5) ? "min" : "max", e, dbl(depth - 1));
            case 30 -> math(cx.pick(List.of("floor", "ceil", "rint", "signum")), e);
            case 31 -> math("round", e);
            case 32 -> math("toRadians", e);
            default -> math("toDegrees", bounded(e));
        };
    }

    /** A double leaf: a variable (often one just computed), an element, a constant, a small integer, a table entry. */
    Expr leaf() {
        List<Var> doubles = cx.scope.all(v -> v.type() == Type.DOUBLE);
        int k = cx.below(100);
        if (k < 45 && !doubles.isEmpty()) {
            // all() lists the innermost declarations first: prefer what the code just computed
            return name(doubles.get(cx.chance(0.5) ? cx.below(Math.min(3, doubles.size())) : cx.below(doubles.size())));
        } else if (k < 77) {
            Expr element = element();
            if (element != null) {
                return element;
            }
        } else if (k < 84) {
            List<Var> ints = cx.scope.all(Var::moderate);
            if (!ints.isEmpty()) {
                return op("*", name(cx.pick(ints)), number(Math.abs(cx.contraction())));
            }
        } else if (k < 88 && !cx.fields.isEmpty()) {
            Ast.Field field = cx.pick(cx.fields);
            Name table = new Name(field.name(), Type.VECTOR);
            return new Element(table, integers.index(table, field.values().size()));
        } else if (k < 90) {
            return new Literal(cx.chance(0.5) ? "Math.PI" : "Math.E", Type.DOUBLE);
        }
        return number(cx.constant());
    }

    static Name name(Var v) {
        return new Name(v.name(), v.type());
    }

    /** An element of an array in scope, read at an index in bounds; null when there is no array. */
    Expr element() {
        List<Var> arrays = cx.scope.all(v -> v.type().isArray());
        if (arrays.isEmpty()) {
            return null;
        }
        Var array = cx.pick(arrays);
        Name name = name(array);
        if (array.type() == Type.VECTOR) {
            return new Element(name, integers.index(name, array.rows()));
        }
        Element row = new Element(name, integers.index(name, array.rows()));
        return new Element(row, integers.index(row, array.cols()));
    }

    // ---- conditions ------------------------------------------------------------------------------------------------

    /** A boolean expression; comparisons of active values make branches depend on the inputs. */
    Expr condition(int depth) {
        int k = cx.below(100);
        if (k < 40 || depth <= 0) {
            return compare(maybeTernary(dbl(Math.max(depth, 1))), maybeTernary(dbl(Math.max(depth - 1, 0))));
        } else if (k < 52) {
            return op(cx.chance(0.5) ? "&&" : "||", condition(depth - 1), condition(depth - 1));
        } else if (k < 64) {
            Expr guarded = guardedIndex(depth);
            return guarded != null ? guarded : condition(depth - 1);
        } else if (k < 72) {
            Expr guarded = guardedDivision(depth);
            return guarded != null ? guarded : condition(depth - 1);
        } else if (k < 77) {
            return new Unary("!", condition(depth - 1));
        } else if (k < 84) {
            IntTerm t = integers.small(1);
            return op(cx.pick(List.of("<", ">", "==", "!=", "<=")), t.expr(), integer(cx.below(4)));
        } else if (k < 88) {
            return op(cx.pick(List.of("==", "!=", ">")), integers.intFactor(depth - 1), integer(cx.below(3)));
        } else if (k < 93) {
            List<Var> flags = cx.scope.all(v -> v.type() == Type.BOOLEAN);
            if (!flags.isEmpty()) {
                return name(cx.pick(flags));
            }
        }
        return compare(dbl(depth), number(cx.constant()));
    }

    private Expr compare(Expr left, Expr right) {
        return op(cx.pick(List.of("<", ">", "<=", ">=")), left, right);
    }

    /** Now and then a ternary where a value is expected: {@code (x > 0 ? x : -x) < 1}. */
    private Expr maybeTernary(Expr e) {
        if (!cx.chance(0.2)) {
            return e;
        }
        if (!isLeaf(e)) {
            return new Conditional(compare(leaf(), number(0.0)), e, leaf());
        }
        return new Conditional(compare(e, number(0.0)), e, cx.chance(0.5) ? new Unary("-", e) : number(0.0));
    }

    /**
     * {@code i < x.length && x[i] ...} (or {@code i >= x.length || x[i] ...}) where {@code i} may run past the end:
     * the right side is evaluated only when the left allows it, and often holds a ternary.
     */
    private Expr guardedIndex(int depth) {
        List<Var> ints = cx.scope.all(Var::indexable);
        List<Var> vectors = cx.scope.all(v -> v.type() == Type.VECTOR);
        if (ints.isEmpty() || vectors.isEmpty()) {
            return null;
        }
        Var i = cx.pick(ints);
        Var array = cx.pick(vectors);
        if (i.lo() >= array.rows()) {
            return null;
        }
        boolean and = cx.chance(0.6);
        Expr guard = op(and ? "<" : ">=", name(i), new Length(name(array)));
        Var inBounds = i.withRange(i.lo(), Math.min(i.hi(), array.rows() - 1));
        Expr right = cx.scope.assuming(inBounds, () -> {
            Expr read = new Element(name(array), name(i));
            Expr value = cx.chance(0.6) ? new Conditional(compare(read, number(0.0)), read, number(0.0))
                    : op("*", read, dbl(depth - 1));
            return compare(value, cx.chance(0.5) ? number(cx.constant()) : dbl(depth - 1));
        });
        return op(and ? "&&" : "||", guard, right);
    }

    /** {@code n != 0 && (x > 0 ? 10 / n : 1) > 2}: an integer division the left side protects. */
    private Expr guardedDivision(int depth) {
        List<Var> ints = cx.scope.all(v -> v.type() == Type.INT && v.lo() == 0 && v.hi() > 0 && v.hi() <= 1000);
        if (ints.isEmpty()) {
            return null;
        }
        Var n = cx.pick(ints);
        boolean and = cx.chance(0.6);
        Expr guard = op(and ? "!=" : "==", name(n), integer(0));
        Expr right = cx.scope.assuming(n.withRange(1, n.hi()), () -> {
            Expr quotient = op(cx.chance(0.7) ? "/" : "%", integer(1 + cx.below(12)), name(n));
            Expr value = cx.chance(0.7) ? new Conditional(condition(depth - 1), quotient, integer(1)) : quotient;
            return op(cx.pick(List.of(">", "<", ">=")), value, integer(cx.below(4)));
        });
        return op(and ? "&&" : "||", guard, right);
    }

    // ---- calls and switch expressions ------------------------------------------------------------------------------

    /** A call of a helper or library method returning a double; null when none can be called here. */
    Expr call(int depth) {
        List<Signature> doubles = cx.callables.stream().filter(s -> s.result() == Type.DOUBLE).toList();
        if (doubles.isEmpty()) {
            return null;
        }
        Signature s = cx.pick(doubles);
        List<Expr> args = arguments(s, depth);
        return args == null ? null : new Call(s.callee(), s.name(), args, Type.DOUBLE);
    }

    /** Arguments for {@code s}: arrays of the shapes it takes; null when the scope has none. */
    List<Expr> arguments(Signature s, int depth) {
        List<Expr> args = new ArrayList<>();
        for (int p = 0; p < s.params().size(); p++) {
            Param param = s.params().get(p);
            if (s.recursive() && p == s.params().size() - 1) {
                IntTerm t = integers.small(0);
                args.add(t.lo() >= -4 && t.hi() <= 4 ? t.expr() : integer(cx.below(4)));
            } else if (param.type() == Type.DOUBLE) {
                args.add(dbl(depth - 1));
            } else if (param.type().isArray()) {
                List<Var> fits = cx.scope.all(v -> v.type() == param.type() && v.rows() == param.rows()
                        && (v.type() == Type.VECTOR || v.cols() == param.cols()));
                if (fits.isEmpty()) {
                    return null;
                }
                args.add(name(cx.pick(fits)));
            } else {
                IntTerm t = integers.small(1);
                args.add(t.expr());
            }
        }
        return args;
    }

    private Expr switchValue(int depth) {
        IntTerm selector = integers.small(1);
        List<ValueCase> cases = new ArrayList<>();
        List<Integer> labels = new ArrayList<>(List.of(0, 1, 2, 3));
        java.util.Collections.shuffle(labels, cx.random);
        int count = 1 + cx.below(3);
        for (int c = 0; c < count; c++) {
            List<Integer> these = c == 0 && cx.chance(0.3) ? List.of(labels.get(c), labels.get(3))
                    : List.of(labels.get(c));
            cases.add(new ValueCase(these, dbl(depth - 1)));
        }
        return new SwitchValue(selector.expr(), cases, dbl(depth - 1));
    }
}
