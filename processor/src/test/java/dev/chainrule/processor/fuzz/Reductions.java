package dev.chainrule.processor.fuzz;

import static dev.chainrule.processor.fuzz.Expressions.integer;

import dev.chainrule.processor.fuzz.Ast.Binary;
import dev.chainrule.processor.fuzz.Ast.Call;
import dev.chainrule.processor.fuzz.Ast.Callee;
import dev.chainrule.processor.fuzz.Ast.Case;
import dev.chainrule.processor.fuzz.Ast.Cast;
import dev.chainrule.processor.fuzz.Ast.Clone;
import dev.chainrule.processor.fuzz.Ast.Conditional;
import dev.chainrule.processor.fuzz.Ast.Declare;
import dev.chainrule.processor.fuzz.Ast.Element;
import dev.chainrule.processor.fuzz.Ast.Expr;
import dev.chainrule.processor.fuzz.Ast.Field;
import dev.chainrule.processor.fuzz.Ast.For;
import dev.chainrule.processor.fuzz.Ast.ForEach;
import dev.chainrule.processor.fuzz.Ast.If;
import dev.chainrule.processor.fuzz.Ast.Literal;
import dev.chainrule.processor.fuzz.Ast.Method;
import dev.chainrule.processor.fuzz.Ast.Name;
import dev.chainrule.processor.fuzz.Ast.Param;
import dev.chainrule.processor.fuzz.Ast.Program;
import dev.chainrule.processor.fuzz.Ast.Stmt;
import dev.chainrule.processor.fuzz.Ast.Switch;
import dev.chainrule.processor.fuzz.Ast.SwitchValue;
import dev.chainrule.processor.fuzz.Ast.Type;
import dev.chainrule.processor.fuzz.Ast.Unary;
import dev.chainrule.processor.fuzz.Ast.ValueCase;
import dev.chainrule.processor.fuzz.Ast.While;
import dev.chainrule.processor.fuzz.Traversal.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one-step reductions of a program, coarsest first: drop a helper or library method, drop half (a quarter, ...)
 * of a block's statements, then node by node in the program's order: drop a statement, unwrap an if, a loop or a
 * switch into its body, cut a loop to one trip, replace an expression by a part of it of its type or by a constant,
 * shorten a constant; last, drop parameters and tables nothing reads. Each candidate is built only when asked for.
 */
final class Reductions {
    private final Program program;
    private final List<Site> sites;
    private final List<Supplier<Program>> out = new ArrayList<>();

    private Reductions(Program program) {
        this.program = program;
        this.sites = Traversal.sites(program);
    }

    static List<Supplier<Program>> of(Program program) {
        Reductions r = new Reductions(program);
        r.methods();
        r.chunks();
        for (int i = 0; i < r.sites.size(); i++) {
            r.node(i);
        }
        r.params();
        r.fields();
        return r.out;
    }

    private void methods() {
        for (Method m : program.main()) {
            if (!m.name().equals("f")) {
                out.add(() -> new Program(program.seed(), program.fields(), without(program.main(), m),
                        program.library()));
            }
        }
        for (Method m : program.library()) {
            out.add(() -> new Program(program.seed(), program.fields(), program.main(),
                    without(program.library(), m)));
        }
    }

    private static List<Method> without(List<Method> methods, Method dropped) {
        return methods.stream().filter(m -> m != dropped).toList();
    }

    /** Deleting runs of sibling statements, halves first: large cuts are tried before single statements. */
    private void chunks() {
        Map<Integer, List<Integer>> blocks = new LinkedHashMap<>();
        for (int i = 0; i < sites.size(); i++) {
            if (sites.get(i).block() >= 0) {
                blocks.computeIfAbsent(sites.get(i).block(), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> block : blocks.values()) {
            for (int size = block.size() / 2; size >= 2; size /= 2) {
                for (int start = 0; start + size <= block.size(); start += size) {
                    List<Integer> doomed = block.subList(start, start + size);
                    out.add(() -> {
                        Program p = program;
                        for (int k = doomed.size() - 1; k >= 0; k--) {
                            p = Traversal.replace(p, doomed.get(k), List.of());
                        }
                        return p;
                    });
                }
            }
        }
    }

    private void node(int index) {
        Site site = sites.get(index);
        if (site.node() instanceof Stmt s) {
            out.add(() -> Traversal.replace(program, index, List.of()));
            for (List<Stmt> simpler : simpler(s)) {
                out.add(() -> Traversal.replace(program, index, simpler));
            }
        } else if (!site.target()) {
            for (Expr simpler : simpler((Expr) site.node())) {
                out.add(() -> Traversal.replace(program, index, simpler));
            }
        }
    }

    /** A statement's simpler forms: its body in its place, fewer trips, fewer cases, no label, no condition. */
    private static List<List<Stmt>> simpler(Stmt s) {
        List<List<Stmt>> forms = new ArrayList<>();
        if (s instanceof If i) {
            forms.add(i.then());
            if (!i.otherwise().isEmpty()) {
                forms.add(i.otherwise());
                forms.add(List.of(new If(i.condition(), i.then(), List.of())));
            }
        } else if (s instanceof For f) {
            forms.add(prepend(new Declare(Type.INT, f.index(), f.from()), f.body()));
            if (!(f.bound() instanceof Literal l && l.text().equals("1"))) {
                forms.add(List.of(new For(f.label(), f.index(), f.from(), integer(1), f.down(), f.body())));
            }
            if (f.label() != null) {
                forms.add(List.of(new For(null, f.index(), f.from(), f.bound(), f.down(), f.body())));
            }
            if (f.down()) {
                forms.add(List.of(new For(f.label(), f.index(), f.from(), f.bound(), false, f.body())));
            }
        } else if (s instanceof ForEach e) {
            forms.add(prepend(new Declare(e.type(), e.variable(), new Element(e.iterable(), integer(0))), e.body()));
            if (e.label() != null) {
                forms.add(List.of(new ForEach(null, e.type(), e.variable(), e.iterable(), e.body())));
            }
        } else if (s instanceof While w) {
            forms.add(prepend(new Declare(Type.INT, w.counter(), integer(1)), w.body()));
            if (w.limit() > 1) {
                forms.add(List.of(new While(w.label(), w.counter(), 1, w.condition(), w.doWhile(), w.body())));
            }
            if (w.condition() != null) {
                forms.add(List.of(new While(w.label(), w.counter(), w.limit(), null, w.doWhile(), w.body())));
            }
            if (w.doWhile() || w.label() != null) {
                forms.add(List.of(new While(null, w.counter(), w.limit(), w.condition(), false, w.body())));
            }
        } else if (s instanceof Switch sw) {
            for (Case c : sw.cases()) {
                forms.add(c.body());
            }
            for (int k = 0; k < sw.cases().size() && sw.cases().size() > 1; k++) {
                List<Case> fewer = new ArrayList<>(sw.cases());
                fewer.remove(k);
                forms.add(List.of(new Switch(sw.selector(), sw.arrows(), fewer)));
            }
        }
        return forms;
    }

    private static List<Stmt> prepend(Stmt first, List<Stmt> rest) {
        List<Stmt> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    /** An expression's simpler forms: a part of it of its own type, a constant, a shorter constant. */
    private static List<Expr> simpler(Expr e) {
        List<Expr> forms = new ArrayList<>();
        Type type = e.type();
        for (Expr child : children(e)) {
            if (child.type() == type) {
                forms.add(child);
            }
        }
        if (e instanceof Call c && type == Type.VECTOR) {
            c.args().stream().filter(a -> a instanceof Name && a.type() == Type.VECTOR).findFirst()
                    .ifPresent(a -> forms.add(new Clone(a)));
        }
        for (String text : constants(type)) {
            if (!(e instanceof Literal l && l.text().length() <= text.length())) {
                forms.add(new Literal(text, type));
            }
        }
        return forms;
    }

    private static List<String> constants(Type type) {
        return switch (type) {
            case DOUBLE -> List.of("1.0", "0.5");
            case INT -> List.of("0", "1");
            case LONG -> List.of("1L");
            case BOOLEAN -> List.of("true", "false");
            default -> List.of();
        };
    }

    private static List<Expr> children(Expr e) {
        if (e instanceof Unary u) {
            return List.of(u.operand());
        } else if (e instanceof Binary b) {
            return List.of(b.left(), b.right());
        } else if (e instanceof Conditional c) {
            return List.of(c.then(), c.otherwise());
        } else if (e instanceof Cast c) {
            return List.of(c.operand());
        } else if (e instanceof Call c) {
            return c.args();
        } else if (e instanceof SwitchValue s) {
            List<Expr> values = new ArrayList<>();
            for (ValueCase c : s.cases()) {
                values.add(c.value());
            }
            values.add(s.otherwise());
            return values;
        }
        return List.of();
    }

    /** Parameters no statement reads, dropped with their arguments at every call. */
    private void params() {
        List<Method> all = new ArrayList<>(program.main());
        all.addAll(program.library());
        for (Method m : all) {
            for (int p = 0; p < m.params().size(); p++) {
                Param param = m.params().get(p);
                if (!reads(m, param.name())) {
                    int index = p;
                    out.add(() -> withoutParam(m, index));
                }
            }
        }
    }

    private static boolean reads(Method m, String name) {
        return Traversal.sites(m).stream().anyMatch(s -> s.node() instanceof Name n && n.name().equals(name));
    }

    private Program withoutParam(Method m, int index) {
        List<Param> params = new ArrayList<>(m.params());
        params.remove(index);
        Method reduced = new Method(m.name(), m.differentiable(), m.resultType(), m.resultLength(), params,
                m.body(), m.result());
        boolean library = program.library().contains(m);
        Program p = new Program(program.seed(), program.fields(),
                program.main().stream().map(x -> x == m ? reduced : x).toList(),
                program.library().stream().map(x -> x == m ? reduced : x).toList());
        // drop the argument at each call, last call first so that the numbers of the earlier ones stay
        List<Site> all = Traversal.sites(p);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).node() instanceof Call c && c.name().equals(m.name())
                    && (c.callee() == Callee.LIBRARY) == library && c.callee() != Callee.MATH) {
                List<Expr> args = new ArrayList<>(c.args());
                args.remove(index);
                p = Traversal.replace(p, i, new Call(c.callee(), c.name(), args, c.type()));
            }
        }
        return p;
    }

    private void fields() {
        for (Field field : program.fields()) {
            out.add(() -> new Program(program.seed(), program.fields().stream().filter(f -> f != field).toList(),
                    program.main(), program.library()));
        }
    }
}
