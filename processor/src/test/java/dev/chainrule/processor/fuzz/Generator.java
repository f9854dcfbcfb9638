package dev.chainrule.processor.fuzz;

import static dev.chainrule.processor.fuzz.Expressions.integer;
import static dev.chainrule.processor.fuzz.Expressions.math;
import static dev.chainrule.processor.fuzz.Expressions.number;
import static dev.chainrule.processor.fuzz.Expressions.op;

import dev.chainrule.processor.fuzz.Ast.Assign;
import dev.chainrule.processor.fuzz.Ast.Call;
import dev.chainrule.processor.fuzz.Ast.Callee;
import dev.chainrule.processor.fuzz.Ast.Declare;
import dev.chainrule.processor.fuzz.Ast.Domain;
import dev.chainrule.processor.fuzz.Ast.Element;
import dev.chainrule.processor.fuzz.Ast.Expr;
import dev.chainrule.processor.fuzz.Ast.Field;
import dev.chainrule.processor.fuzz.Ast.For;
import dev.chainrule.processor.fuzz.Ast.If;
import dev.chainrule.processor.fuzz.Ast.Length;
import dev.chainrule.processor.fuzz.Ast.Method;
import dev.chainrule.processor.fuzz.Ast.Name;
import dev.chainrule.processor.fuzz.Ast.NewArray;
import dev.chainrule.processor.fuzz.Ast.Param;
import dev.chainrule.processor.fuzz.Ast.Program;
import dev.chainrule.processor.fuzz.Ast.Return;
import dev.chainrule.processor.fuzz.Ast.Stmt;
import dev.chainrule.processor.fuzz.Ast.Type;
import dev.chainrule.processor.fuzz.Context.Signature;
import dev.chainrule.processor.fuzz.Scope.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes a random program from a seed: a main class with one {@code @Differentiable} method {@code f} (parameters of
 * every supported type, a {@code double} or {@code double[]} result), plain static helpers it calls (returning a
 * double or a vector, one of them perhaps recursive), static tables, and a library class of {@code @Differentiable}
 * methods that {@code f} calls. The same seed always gives the same program.
 */
final class Generator {
    /** The value range of a {@link Domain#SMALL} integer parameter at the checked points. */
    static final int SMALL_MAX = 4;

    private final Random random;
    private final int length;

    private Generator(long seed) {
        this.random = new Random(seed);
        // the length of f's vector, which helpers and library methods take too so that f can pass it on
        this.length = 2 + random.nextInt(4);
    }

    static Program program(long seed) {
        return new Generator(seed).make(seed);
    }

    private Program make(long seed) {
        List<Field> fields = new ArrayList<>();
        if (random.nextDouble() < 0.25) {
            List<Double> values = new ArrayList<>();
            for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
                values.add(Math.round((random.nextDouble() * 4 - 2) * 100) / 100.0);
            }
            fields.add(new Field("W", values));
        }
        List<Method> library = new ArrayList<>();
        List<Signature> libraryCalls = new ArrayList<>();
        if (random.nextDouble() < 0.35) {
            add(scalarMethod("g", true, libraryCalls, List.of()), Callee.LIBRARY, false, library, libraryCalls);
        }
        if (random.nextDouble() < 0.3) {
            add(vectorMethod("gv", true, libraryCalls, List.of()), Callee.LIBRARY, false, library, libraryCalls);
        }
        if (random.nextDouble() < 0.15) {
            add(recursive("rec", true, Callee.LIBRARY), Callee.LIBRARY, true, library, libraryCalls);
        }
        List<Method> main = new ArrayList<>();
        List<Signature> callables = new ArrayList<>(libraryCalls);
        List<Method> helpers = new ArrayList<>();
        if (random.nextDouble() < 0.35) {
            add(scalarMethod("h", false, List.of(), fields), Callee.HELPER, false, helpers, callables);
        }
        if (random.nextDouble() < 0.3) {
            add(vectorMethod("hv", false, List.of(), fields), Callee.HELPER, false, helpers, callables);
        }
        if (random.nextDouble() < 0.12) {
            add(recursive("hrec", false, Callee.HELPER), Callee.HELPER, true, helpers, callables);
        }
        main.add(mainMethod(callables, fields));
        main.addAll(helpers);
        return new Program(seed, fields, main, library);
    }

    private static void add(Method method, Callee callee, boolean recursive, List<Method> methods,
            List<Signature> signatures) {
        methods.add(method);
        signatures.add(new Signature(callee, method.name(), method.resultType(), method.resultLength(),
                method.params(), recursive));
    }

    // ---- methods ---------------------------------------------------------------------------------------------------

    private Method mainMethod(List<Signature> callables, List<Field> fields) {
        List<Param> params = new ArrayList<>();
        boolean vector = random.nextDouble() < 0.85;
        if (vector) {
            params.add(new Param(Type.VECTOR, "x", length, 0, false, Domain.SMALL));
        }
        if (random.nextDouble() < 0.4) {
            params.add(new Param(Type.MATRIX, "m", 2 + random.nextInt(2), 2 + random.nextInt(3),
                    random.nextDouble() < 0.1, Domain.SMALL));
        }
        if (!vector || random.nextDouble() < 0.7) {
            params.add(new Param(Type.DOUBLE, "a", 0, 0, false, Domain.SMALL));
        }
        if (random.nextDouble() < 0.4) {
            params.add(new Param(Type.DOUBLE, "b", 0, 0, random.nextDouble() < 0.25, Domain.SMALL));
        }
        if (random.nextDouble() < 0.4) {
            params.add(new Param(Type.INT, "n", 0, 0, false, Domain.SMALL));
        }
        if (random.nextDouble() < 0.2) {
            params.add(new Param(Type.INT, "w", 0, 0, false, Domain.WILD));
        }
        if (random.nextDouble() < 0.25) {
            params.add(new Param(Type.LONG, "k", 0, 0, false, Domain.WILD));
        }
        if (random.nextDouble() < 0.08) {
            params.add(new Param(Type.VECTOR, "z", 2 + random.nextInt(3), 0, true, Domain.SMALL));
        }
        boolean vectorResult = random.nextDouble() < 0.25;
        int budget = 4 + random.nextInt(10);
        return method("f", true, vectorResult ? Type.VECTOR : Type.DOUBLE, 1 + random.nextInt(4), params,
                callables, fields, budget);
    }

    private Method scalarMethod(String name, boolean differentiable, List<Signature> callables, List<Field> fields) {
        List<Param> params = new ArrayList<>();
        params.add(new Param(Type.DOUBLE, "u", 0, 0, false, Domain.SMALL));
        if (random.nextDouble() < 0.6) {
            params.add(new Param(Type.VECTOR, "y", length, 0, false, Domain.SMALL));
        }
        if (random.nextDouble() < 0.3) {
            params.add(new Param(Type.DOUBLE, "v", 0, 0, false, Domain.SMALL));
        }
        return method(name, differentiable, Type.DOUBLE, 0, params, callables, fields, 1 + random.nextInt(4));
    }

    private Method vectorMethod(String name, boolean differentiable, List<Signature> callables, List<Field> fields) {
        List<Param> params = new ArrayList<>();
        params.add(new Param(Type.VECTOR, "y", length, 0, false, Domain.SMALL));
        if (random.nextDouble() < 0.4) {
            params.add(new Param(Type.DOUBLE, "u", 0, 0, false, Domain.SMALL));
        }
        return method(name, differentiable, Type.VECTOR, length, params, callables, fields, 1 + random.nextInt(4));
    }

    /**
     * {@code double rec(double v, int depth) { if (depth <= 0) return base; return g(rec(v', depth - 1), v); }}: the
     * depth falls by one per call, so any argument ends the recursion.
     */
    private Method recursive(String name, boolean differentiable, Callee callee) {
        Name v = new Name("v", Type.DOUBLE);
        Name depth = new Name("depth", Type.INT);
        double c = Math.round((random.nextDouble() * 1.6 - 0.8) * 100) / 100.0;
        Expr base = random.nextBoolean() ? op("*", v, number(c == 0 ? 0.5 : c)) : math("sin", v);
        List<Stmt> body = List.of(new If(op("<=", depth, integer(0)), List.of(new Return(base)), List.of()));
        Expr inner = new Call(callee, name, List.of(op("*", v, number(0.7)), op("-", depth, integer(1))),
                Type.DOUBLE);
        Expr result = random.nextBoolean() ? op("+", math("sin", inner), op("*", v, v))
                : op("*", v, math("cos", inner));
        return new Method(name, differentiable, Type.DOUBLE, 0, List.of(new Param(Type.DOUBLE, "v", 0, 0, false,
                Domain.SMALL), new Param(Type.INT, "depth", 0, 0, false, Domain.SMALL)), body, result);
    }

    private Method method(String name, boolean differentiable, Type resultType, int resultLength, List<Param> params,
            List<Signature> callables, List<Field> fields, int budget) {
        Context cx = new Context(random, callables, fields, resultType, resultLength, budget);
        for (Param p : params) {
            cx.scope.declare(paramVar(p));
        }
        Expressions ex = new Expressions(cx);
        Statements statements = new Statements(cx, ex);
        List<Stmt> body = new ArrayList<>();
        if (resultType == Type.VECTOR) {
            cx.resultArray = cx.scope.fresh("r");
            List<Var> sameLength = cx.scope.all(v -> v.type() == Type.VECTOR && v.rows() == resultLength);
            Expr size = !sameLength.isEmpty() && random.nextBoolean()
                    ? new Length(Expressions.name(sameLength.get(0))) : integer(resultLength);
            body.add(new Declare(Type.VECTOR, cx.resultArray, new NewArray(Type.VECTOR, List.of(size))));
            cx.scope.declare(new Var(cx.resultArray, Type.VECTOR, resultLength, 0, true, 0, 0));
        }
        for (int a = 0, n = 1 + random.nextInt(2); a < n; a++) {
            body.add(statements.declareDouble());
        }
        if (random.nextDouble() < 0.25) {
            body.add(statements.declareCounter());
        }
        body.addAll(statements.block(0, budget));
        Expr result;
        if (resultType == Type.VECTOR) {
            body.add(fill(cx, ex));
            result = new Name(cx.resultArray, Type.VECTOR);
        } else {
            result = sum(cx, ex);
        }
        return new Method(name, differentiable, resultType, resultLength, params, body, result);
    }

    private static Var paramVar(Param p) {
        long lo = 0;
        long hi = 0;
        if (p.type() == Type.INT) {
            lo = p.domain() == Domain.SMALL ? 0 : Integer.MIN_VALUE;
            hi = p.domain() == Domain.SMALL ? SMALL_MAX : Integer.MAX_VALUE;
        } else if (p.type() == Type.LONG) {
            lo = Long.MIN_VALUE;
            hi = Long.MAX_VALUE;
        }
        return new Var(p.name(), p.type(), p.rows(), p.cols(), false, lo, hi);
    }

    /** The last loop of a vector method: every element of the result gets a share of the inputs. */
    private Stmt fill(Context cx, Expressions ex) {
        Name r = new Name(cx.resultArray, Type.VECTOR);
        String i = cx.scope.fresh("i");
        cx.scope.open();
        cx.loopDepth++;
        cx.scope.declare(new Var(i, Type.INT, 0, 0, false, 0, cx.resultLength - 1));
        Element cell = new Element(r, new Name(i, Type.INT));
        Stmt update = new Assign(cell, "+=", ex.bounded(ex.dbl(2)));
        cx.loopDepth--;
        cx.scope.close();
        return new For(null, i, integer(0), new Length(r), false, List.of(update));
    }

    /** The result of a scalar method: the doubles and arrays it computed, and one more expression. */
    private Expr sum(Context cx, Expressions ex) {
        Expr result = ex.dbl(2);
        for (Var v : cx.scope.outermost(v -> v.writable())) {
            Expr term = v.type() == Type.DOUBLE ? Expressions.name(v)
                    : v.type() == Type.VECTOR ? new Element(Expressions.name(v), integer(v.rows() - 1))
                    : v.type() == Type.MATRIX ? new Element(new Element(Expressions.name(v), integer(0)), integer(0))
                    : null;
            if (term != null && random.nextDouble() < 0.8) {
                result = op(random.nextBoolean() ? "+" : "-", result, term);
            }
        }
        return result;
    }
}
