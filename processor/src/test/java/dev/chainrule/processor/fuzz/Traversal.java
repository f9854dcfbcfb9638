package dev.chainrule.processor.fuzz;

import dev.chainrule.processor.fuzz.Ast.ArrayLiteral;
import dev.chainrule.processor.fuzz.Ast.Assign;
import dev.chainrule.processor.fuzz.Ast.Binary;
import dev.chainrule.processor.fuzz.Ast.Call;
import dev.chainrule.processor.fuzz.Ast.Case;
import dev.chainrule.processor.fuzz.Ast.Cast;
import dev.chainrule.processor.fuzz.Ast.Clone;
import dev.chainrule.processor.fuzz.Ast.Conditional;
import dev.chainrule.processor.fuzz.Ast.Declare;
import dev.chainrule.processor.fuzz.Ast.Element;
import dev.chainrule.processor.fuzz.Ast.Expr;
import dev.chainrule.processor.fuzz.Ast.For;
import dev.chainrule.processor.fuzz.Ast.ForEach;
import dev.chainrule.processor.fuzz.Ast.If;
import dev.chainrule.processor.fuzz.Ast.Length;
import dev.chainrule.processor.fuzz.Ast.Method;
import dev.chainrule.processor.fuzz.Ast.NewArray;
import dev.chainrule.processor.fuzz.Ast.Program;
import dev.chainrule.processor.fuzz.Ast.Return;
import dev.chainrule.processor.fuzz.Ast.Step;
import dev.chainrule.processor.fuzz.Ast.Stmt;
import dev.chainrule.processor.fuzz.Ast.Switch;
import dev.chainrule.processor.fuzz.Ast.SwitchValue;
import dev.chainrule.processor.fuzz.Ast.Unary;
import dev.chainrule.processor.fuzz.Ast.ValueCase;
import dev.chainrule.processor.fuzz.Ast.While;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbers the statements and expressions of a program in one fixed pre-order, and rebuilds the program with the node
 * of one number replaced: a statement by a list of statements (none deletes it), an expression by an expression. The
 * shrinker names each possible reduction by a node's number, so the same walk must both list the nodes and rebuild.
 */
final class Traversal {

    /**
     * A node as the walk met it. A statement knows its {@code block} (siblings share it); an expression is in no block
     * (-1), and may be an assignment's target, which no value may replace.
     */
    record Site(Object node, boolean target, int block) {
    }

    private final int replaced;
    private final Object replacement;
    private final List<Site> sites = new ArrayList<>();
    private int counter;
    private int blocks;

    private Traversal(int replaced, Object replacement) {
        this.replaced = replaced;
        this.replacement = replacement;
    }

    /** Every statement and expression of {@code program}, in the walk's order. */
    static List<Site> sites(Program program) {
        Traversal walk = new Traversal(-1, null);
        walk.program(program);
        return walk.sites;
    }

    /** Every statement and expression of one method. */
    static List<Site> sites(Method method) {
        Traversal walk = new Traversal(-1, null);
        walk.method(method);
        return walk.sites;
    }

    /** An expression and every expression in it. */
    static List<Site> sites(Expr expr) {
        Traversal walk = new Traversal(-1, null);
        walk.expr(expr, false);
        return walk.sites;
    }

    /** {@code program} with node {@code index} replaced: by a {@code List<Stmt>} for a statement, else an Expr. */
    static Program replace(Program program, int index, Object replacement) {
        return new Traversal(index, replacement).program(program);
    }

    private Program program(Program p) {
        return new Program(p.seed(), p.fields(), p.main().stream().map(this::method).toList(),
                p.library().stream().map(this::method).toList());
    }

    private Method method(Method m) {
        List<Stmt> body = block(m.body());
        Expr result = expr(m.result(), false);
        return new Method(m.name(), m.differentiable(), m.resultType(), m.resultLength(), m.params(), body, result);
    }

    private List<Stmt> block(List<Stmt> statements) {
        int id = blocks++;
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : statements) {
            out.addAll(statement(s, id));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Stmt> statement(Stmt s, int block) {
        int me = counter++;
        sites.add(new Site(s, false, block));
        if (me == replaced) {
            return (List<Stmt>) replacement;
        }
        return List.of(rebuild(s));
    }

    private Stmt rebuild(Stmt s) {
        if (s instanceof Declare d) {
            return new Declare(d.type(), d.name(), expr(d.init(), false));
        } else if (s instanceof Assign a) {
            return new Assign(expr(a.target(), true), a.operator(), expr(a.value(), false));
        } else if (s instanceof Step st) {
            return new Step(expr(st.target(), true), st.operator());
        } else if (s instanceof If i) {
            return new If(expr(i.condition(), false), block(i.then()), block(i.otherwise()));
        } else if (s instanceof For f) {
            return new For(f.label(), f.index(), expr(f.from(), false), expr(f.bound(), false), f.down(),
                    block(f.body()));
        } else if (s instanceof ForEach e) {
            return new ForEach(e.label(), e.type(), e.variable(), expr(e.iterable(), true), block(e.body()));
        } else if (s instanceof While w) {
            return new While(w.label(), w.counter(), w.limit(), w.condition() == null ? null
                    : expr(w.condition(), false), w.doWhile(), block(w.body()));
        } else if (s instanceof Switch sw) {
            Expr selector = expr(sw.selector(), false);
            List<Case> cases = new ArrayList<>();
            for (Case c : sw.cases()) {
                cases.add(new Case(c.labels(), block(c.body())));
            }
            return new Switch(selector, sw.arrows(), cases);
        } else if (s instanceof Return r) {
            return new Return(expr(r.value(), false));
        }
        return s;
    }

    private Expr expr(Expr e, boolean target) {
        int me = counter++;
        sites.add(new Site(e, target, -1));
        if (me == replaced) {
            return (Expr) replacement;
        }
        if (e instanceof Element el) {
            return new Element(expr(el.array(), target), expr(el.index(), false));
        } else if (e instanceof Length l) {
            return new Length(expr(l.array(), true));
        } else if (e instanceof Unary u) {
            return new Unary(u.operator(), expr(u.operand(), false));
        } else if (e instanceof Binary b) {
            return new Binary(b.operator(), expr(b.left(), false), expr(b.right(), false));
        } else if (e instanceof Conditional c) {
            return new Conditional(expr(c.condition(), false), expr(c.then(), false), expr(c.otherwise(), false));
        } else if (e instanceof Cast c) {
            return new Cast(c.type(), expr(c.operand(), false));
        } else if (e instanceof Call c) {
            return new Call(c.callee(), c.name(), exprs(c.args()), c.type());
        } else if (e instanceof NewArray n) {
            return new NewArray(n.type(), exprs(n.dimensions()));
        } else if (e instanceof ArrayLiteral a) {
            return new ArrayLiteral(exprs(a.elements()), a.bare());
        } else if (e instanceof Clone c) {
            return new Clone(expr(c.array(), true));
        } else if (e instanceof SwitchValue s) {
            Expr selector = expr(s.selector(), false);
            List<ValueCase> cases = new ArrayList<>();
            for (ValueCase c : s.cases()) {
                cases.add(new ValueCase(c.labels(), expr(c.value(), false)));
            }
            return new SwitchValue(selector, cases, expr(s.otherwise(), false));
        }
        return e;
    }

    private List<Expr> exprs(List<Expr> list) {
        List<Expr> out = new ArrayList<>();
        for (Expr e : list) {
            out.add(expr(e, false));
        }
        return out;
    }
}
