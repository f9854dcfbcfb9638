package dev.chainrule.processor.fuzz;

import dev.chainrule.processor.fuzz.Ast.ArrayLiteral;
import dev.chainrule.processor.fuzz.Ast.Assign;
import dev.chainrule.processor.fuzz.Ast.Binary;
import dev.chainrule.processor.fuzz.Ast.Break;
import dev.chainrule.processor.fuzz.Ast.Call;
import dev.chainrule.processor.fuzz.Ast.Callee;
import dev.chainrule.processor.fuzz.Ast.Case;
import dev.chainrule.processor.fuzz.Ast.Cast;
import dev.chainrule.processor.fuzz.Ast.Clone;
import dev.chainrule.processor.fuzz.Ast.Conditional;
import dev.chainrule.processor.fuzz.Ast.Continue;
import dev.chainrule.processor.fuzz.Ast.Declare;
import dev.chainrule.processor.fuzz.Ast.Element;
import dev.chainrule.processor.fuzz.Ast.Expr;
import dev.chainrule.processor.fuzz.Ast.For;
import dev.chainrule.processor.fuzz.Ast.ForEach;
import dev.chainrule.processor.fuzz.Ast.If;
import dev.chainrule.processor.fuzz.Ast.Length;
import dev.chainrule.processor.fuzz.Ast.Method;
import dev.chainrule.processor.fuzz.Ast.Name;
import dev.chainrule.processor.fuzz.Ast.NewArray;
import dev.chainrule.processor.fuzz.Ast.Param;
import dev.chainrule.processor.fuzz.Ast.Program;
import dev.chainrule.processor.fuzz.Ast.Return;
import dev.chainrule.processor.fuzz.Ast.Step;
import dev.chainrule.processor.fuzz.Ast.Stmt;
import dev.chainrule.processor.fuzz.Ast.Switch;
import dev.chainrule.processor.fuzz.Ast.SwitchValue;
import dev.chainrule.processor.fuzz.Ast.Unary;
import dev.chainrule.processor.fuzz.Ast.ValueCase;
import dev.chainrule.processor.fuzz.Ast.While;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of Java that a shrinking step can break, checked without javac so that candidates which cannot compile
 * cost nothing: every name declared before its use and not declared twice in scope, {@code break} and
 * {@code continue} inside the loop they leave, no statement after a jump in the same block, calls of methods that
 * exist with as many arguments. Whatever this misses javac still rejects; the shrinker then just drops the candidate.
 */
final class Validity {
    private final Set<String> fields = new HashSet<>();
    private final Map<String, Integer> mainArity = new HashMap<>();
    private final Map<String, Integer> libraryArity = new HashMap<>();
    private final Deque<Set<String>> scopes = new ArrayDeque<>();
    /** The methods a helper call can reach: those of the class being checked. */
    private Map<String, Integer> callable;
    private final Deque<String> loops = new ArrayDeque<>();
    private boolean valid = true;

    private Validity(Program program) {
        program.fields().forEach(f -> fields.add(f.name()));
        program.main().forEach(m -> mainArity.put(m.name(), m.params().size()));
        program.library().forEach(m -> libraryArity.put(m.name(), m.params().size()));
    }

    static boolean check(Program program) {
        Validity v = new Validity(program);
        if (program.main().stream().noneMatch(Method::differentiable)) {
            return false;
        }
        for (Method m : program.main()) {
            v.method(m, false);
        }
        for (Method m : program.library()) {
            v.method(m, true);
        }
        return v.valid;
    }

    private void method(Method m, boolean library) {
        callable = library ? libraryArity : mainArity;
        scopes.clear();
        loops.clear();
        scopes.push(new HashSet<>());
        for (Param p : m.params()) {
            declare(p.name());
        }
        // the body's declarations are in scope for the final return
        statements(m.body());
        valid &= !endsInJump(m.body());
        expr(m.result());
    }

    private void block(List<Stmt> statements) {
        scopes.push(new HashSet<>());
        statements(statements);
        scopes.pop();
    }

    private void statements(List<Stmt> statements) {
        for (int i = 0; i < statements.size(); i++) {
            Stmt s = statements.get(i);
            if (i < statements.size() - 1 && isJump(s)) {
                valid = false;
            }
            statement(s);
        }
    }

    /** A statement after which the block's next one is unreachable. */
    private static boolean isJump(Stmt s) {
        return s instanceof Break || s instanceof Continue || s instanceof Return || s instanceof Switch sw
                && sw.cases().stream().anyMatch(c -> c.labels().isEmpty())
                && sw.cases().stream().allMatch(c -> endsInJump(c.body()));
    }

    private static boolean endsInJump(List<Stmt> body) {
        return !body.isEmpty() && isJump(body.get(body.size() - 1));
    }

    private void statement(Stmt s) {
        if (s instanceof Declare d) {
            expr(d.init());
            declare(d.name());
        } else if (s instanceof Assign a) {
            expr(a.target());
            expr(a.value());
        } else if (s instanceof Step st) {
            expr(st.target());
        } else if (s instanceof If i) {
            expr(i.condition());
            block(i.then());
            block(i.otherwise());
        } else if (s instanceof For f) {
            expr(f.from());
            expr(f.bound());
            loop(f.label(), f.index(), f.body());
        } else if (s instanceof ForEach e) {
            expr(e.iterable());
            loop(e.label(), e.variable(), e.body());
        } else if (s instanceof While w) {
            // the printer declares the counter before the loop, in the enclosing block
            declare(w.counter());
            if (w.condition() != null) {
                expr(w.condition());
            }
            loop(w.label(), null, w.body());
        } else if (s instanceof Switch sw) {
            expr(sw.selector());
            Set<Integer> labels = new HashSet<>();
            for (Case c : sw.cases()) {
                for (Integer label : c.labels()) {
                    valid &= labels.add(label);
                }
                block(c.body());
            }
        } else if (s instanceof Break b) {
            valid &= b.label() == null ? !loops.isEmpty() : loops.contains(b.label());
        } else if (s instanceof Continue c) {
            valid &= c.label() == null ? !loops.isEmpty() : loops.contains(c.label());
        } else if (s instanceof Return r) {
            expr(r.value());
        }
    }

    private void loop(String label, String variable, List<Stmt> body) {
        if (label != null) {
            valid &= !loops.contains(label);
        }
        loops.push(label == null ? "" : label);
        scopes.push(new HashSet<>());
        if (variable != null) {
            declare(variable);
        }
        block(body);
        scopes.pop();
        loops.pop();
    }

    private void declare(String name) {
        for (Set<String> scope : scopes) {
            valid &= !scope.contains(name);
        }
        scopes.peek().add(name);
    }

    private void expr(Expr e) {
        if (e instanceof Name n) {
            valid &= fields.contains(n.name()) || scopes.stream().anyMatch(s -> s.contains(n.name()));
        } else if (e instanceof Element el) {
            expr(el.array());
            expr(el.index());
        } else if (e instanceof Length l) {
            expr(l.array());
        } else if (e instanceof Unary u) {
            expr(u.operand());
        } else if (e instanceof Binary b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Conditional c) {
            expr(c.condition());
            expr(c.then());
            expr(c.otherwise());
        } else if (e instanceof Cast c) {
            expr(c.operand());
        } else if (e instanceof Call c) {
            if (c.callee() == Callee.HELPER || c.callee() == Callee.LIBRARY) {
                Map<String, Integer> targets = c.callee() == Callee.LIBRARY ? libraryArity : callable;
                valid &= Integer.valueOf(c.args().size()).equals(targets.get(c.name()));
            }
            c.args().forEach(this::expr);
        } else if (e instanceof NewArray n) {
            n.dimensions().forEach(this::expr);
        } else if (e instanceof ArrayLiteral a) {
            a.elements().forEach(this::expr);
        } else if (e instanceof Clone c) {
            expr(c.array());
        } else if (e instanceof SwitchValue s) {
            expr(s.selector());
            for (ValueCase c : s.cases()) {
                expr(c.value());
            }
            expr(s.otherwise());
        }
    }
}
