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
import dev.chainrule.processor.fuzz.Ast.Literal;
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
import dev.chainrule.processor.fuzz.Ast.Type;
import dev.chainrule.processor.fuzz.Ast.Unary;
import dev.chainrule.processor.fuzz.Ast.ValueCase;
import dev.chainrule.processor.fuzz.Ast.While;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Finds the {@link Feature}s a program uses, by walking its tree with the context each feature depends on. */
final class Features {
    private final Set<Feature> found = EnumSet.noneOf(Feature.class);
    private int loops;
    private int branches;
    private boolean inCondition;
    private boolean rightOfShortCircuit;
    /** The parameters of the method being walked: writing into one of them is declined. */
    private Set<String> params = Set.of();

    private Features() {
    }

    static Set<Feature> of(Program program) {
        Features f = new Features();
        if (!program.fields().isEmpty()) {
            f.found.add(Feature.STATIC_TABLE);
        }
        for (Method m : program.main()) {
            f.method(m, false);
        }
        for (Method m : program.library()) {
            f.method(m, true);
        }
        return f.found;
    }

    private void method(Method m, boolean library) {
        params = m.params().stream().map(Param::name).collect(java.util.stream.Collectors.toSet());
        boolean recursive = calls(m, m.name());
        if (!m.differentiable() || library) {
            found.add(recursive ? (library ? Feature.RECURSIVE_LIBRARY : Feature.RECURSIVE_HELPER)
                    : library ? (m.resultType() == Type.VECTOR ? Feature.LIBRARY_VECTOR : Feature.LIBRARY_DOUBLE)
                    : m.resultType() == Type.VECTOR ? Feature.HELPER_VECTOR : Feature.HELPER_DOUBLE);
        }
        if (m.differentiable() && !library) {
            found.add(m.resultType() == Type.VECTOR ? Feature.VECTOR_RESULT : Feature.DOUBLE_RESULT);
            for (Param p : m.params()) {
                found.add(switch (p.type()) {
                    case DOUBLE -> Feature.DOUBLE_PARAM;
                    case VECTOR -> Feature.VECTOR_PARAM;
                    case MATRIX -> Feature.MATRIX_PARAM;
                    case INT -> Feature.INT_PARAM;
                    default -> Feature.LONG_PARAM;
                });
                if (p.constant()) {
                    found.add(Feature.NO_DERIVATIVE_PARAM);
                }
            }
        }
        block(m.body());
        expr(m.result());
    }

    private static boolean calls(Method m, String name) {
        return Traversal.sites(m).stream().anyMatch(s -> s.node() instanceof Call c && c.name().equals(name)
                && c.callee() != Callee.MATH);
    }

    private void block(List<Stmt> statements) {
        statements.forEach(this::statement);
    }

    private void statement(Stmt s) {
        if (s instanceof Declare d) {
            declaration(d);
        } else if (s instanceof Assign a) {
            assignment(a);
        } else if (s instanceof Step st) {
            found.add(Feature.COUNTER);
            expr(st.target());
        } else if (s instanceof If i) {
            if (!i.otherwise().isEmpty()) {
                found.add(Feature.IF_ELSE);
            }
            condition(i.condition());
            branches++;
            block(i.then());
            block(i.otherwise());
            branches--;
        } else if (s instanceof For f) {
            found.add(f.down() ? Feature.FOR_DOWN : Feature.FOR);
            if (Traversal.sites(f.bound()).stream().anyMatch(x -> x.node() instanceof Cast)) {
                found.add(Feature.DATA_DEPENDENT_BOUND);
            }
            if (f.bound() instanceof Name n && n.type() == Type.INT) {
                found.add(Feature.PARAMETER_BOUND);
            }
            expr(f.from());
            expr(f.bound());
            loop(f.body());
        } else if (s instanceof ForEach e) {
            found.add(e.type() == Type.VECTOR ? Feature.FOR_EACH_ROW : Feature.FOR_EACH);
            expr(e.iterable());
            loop(e.body());
        } else if (s instanceof While w) {
            found.add(w.doWhile() ? Feature.DO_WHILE : Feature.WHILE);
            if (w.condition() != null) {
                found.add(Feature.DATA_DEPENDENT_WHILE);
                condition(w.condition());
            }
            loop(w.body());
        } else if (s instanceof Switch sw) {
            found.add(sw.arrows() ? Feature.SWITCH_ARROW : Feature.SWITCH_COLON);
            expr(sw.selector());
            for (Case c : sw.cases()) {
                if (!c.body().isEmpty() && c.body().get(c.body().size() - 1) instanceof Return) {
                    found.add(Feature.RETURN_FROM_CASE);
                }
                block(c.body());
            }
        } else if (s instanceof Break b) {
            found.add(b.label() == null ? Feature.BREAK : Feature.LABELLED_BREAK);
        } else if (s instanceof Continue c) {
            found.add(c.label() == null ? Feature.CONTINUE : Feature.LABELLED_CONTINUE);
        } else if (s instanceof Return r) {
            found.add(Feature.EARLY_RETURN);
            expr(r.value());
        }
    }

    private void declaration(Declare d) {
        switch (d.type()) {
            case INT -> found.add(Feature.INT_LOCAL);
            case LONG -> found.add(Feature.LONG_LOCAL);
            case BOOLEAN -> found.add(Feature.BOOLEAN_LOCAL);
            case VECTOR -> found.add(d.init() instanceof Name ? Feature.DECLINED_CONSTRUCT
                    : loops > 0 && d.init() instanceof NewArray ? Feature.VECTOR_ALLOCATED_IN_LOOP
                    : Feature.VECTOR_LOCAL);
            case MATRIX -> found.add(loops > 0 ? Feature.MATRIX_ALLOCATED_IN_LOOP : Feature.MATRIX_LOCAL);
            default -> {
            }
        }
        expr(d.init());
    }

    private void assignment(Assign a) {
        if (a.target() instanceof Element e && e.array() instanceof Name n && params.contains(n.name())) {
            found.add(Feature.DECLINED_CONSTRUCT);
        }
        boolean accumulates = a.operator().equals("+=") || a.operator().equals("-=")
                || (a.value() instanceof Binary b && b.left().equals(a.target()));
        if (a.target() instanceof Element && accumulates && loops > 0) {
            found.add(branches > 0 ? Feature.ACCUMULATION_IN_BRANCH : Feature.ACCUMULATION_INTO_ARRAY);
        }
        if (a.target().type() == Type.VECTOR && a.value() instanceof Call && loops > 0) {
            found.add(Feature.ARRAY_REPLACED_BY_CALL_IN_LOOP);
        }
        expr(a.target());
        expr(a.value());
    }

    private void loop(List<Stmt> body) {
        if (loops > 0) {
            found.add(Feature.NESTED_LOOP);
        }
        loops++;
        block(body);
        loops--;
    }

    private void condition(Expr c) {
        boolean outer = inCondition;
        inCondition = true;
        expr(c);
        inCondition = outer;
    }

    private void expr(Expr e) {
        if (e instanceof Literal l) {
            literal(l);
        } else if (e instanceof Element el) {
            expr(el.array());
            expr(el.index());
        } else if (e instanceof Length l) {
            expr(l.array());
        } else if (e instanceof Unary u) {
            expr(u.operand());
        } else if (e instanceof Binary b) {
            binary(b);
        } else if (e instanceof Conditional c) {
            found.add(Feature.TERNARY);
            if (inCondition) {
                found.add(Feature.TERNARY_IN_CONDITION);
            }
            if (rightOfShortCircuit) {
                found.add(Feature.TERNARY_IN_SHORT_CIRCUIT);
            }
            expr(c.condition());
            expr(c.then());
            expr(c.otherwise());
        } else if (e instanceof Cast c) {
            cast(c);
        } else if (e instanceof Call c) {
            call(c);
        } else if (e instanceof NewArray n) {
            n.dimensions().forEach(this::expr);
        } else if (e instanceof ArrayLiteral a) {
            found.add(Feature.ARRAY_LITERAL);
            a.elements().forEach(this::expr);
        } else if (e instanceof Clone c) {
            found.add(Feature.CLONE);
            expr(c.array());
        } else if (e instanceof SwitchValue s) {
            found.add(Feature.SWITCH_EXPRESSION);
            expr(s.selector());
            for (ValueCase c : s.cases()) {
                expr(c.value());
            }
            expr(s.otherwise());
        }
    }

    private void literal(Literal l) {
        String text = l.text();
        if (text.equals("Math.PI") || text.equals("Math.E")) {
            found.add(Feature.PI_OR_E);
        } else if (l.type() == Type.INT && (text.contains("MIN") || text.contains("MAX") || text.contains("21474836")
                || text.contains("46341"))) {
            found.add(Feature.INT_EDGE_LITERAL);
        } else if (l.type() == Type.LONG) {
            String digits = text.replaceAll("[^0-9]", "");
            boolean huge = !text.contains("_VALUE") && digits.length() >= 16
                    && Math.abs(Double.parseDouble(digits)) > 9007199254740992.0;
            found.add(huge ? Feature.LONG_BEYOND_2_POW_53 : Feature.LONG_EDGE_LITERAL);
        }
    }

    private void binary(Binary b) {
        String op = b.operator();
        if (op.equals("*") && b.type() == Type.LONG) {
            found.add(Feature.LONG_PRODUCT);
        }
        if (b.type().isIntegral() && (op.equals("/") || op.equals("%")) && (negative(b.left())
                || negative(b.right()))) {
            found.add(op.equals("/") ? Feature.DIVISION_OF_NEGATIVE : Feature.REMAINDER_OF_NEGATIVE);
        }
        if (op.equals("%") && b.type() == Type.DOUBLE) {
            found.add(Feature.DOUBLE_REMAINDER);
        }
        if (op.equals("%") && b.left().type().isIntegral() && b.type() != Type.DOUBLE && !inCondition) {
            found.add(Feature.INTEGER_FACTOR);
        }
        if ((op.equals("&&") || op.equals("||")) && b.left() instanceof Binary guard) {
            if (guard.right() instanceof Length) {
                found.add(Feature.GUARDED_INDEX);
            } else if (guard.right() instanceof Literal zero && zero.text().equals("0")) {
                found.add(Feature.GUARDED_DIVISION);
            }
        }
        expr(b.left());
        boolean outer = rightOfShortCircuit;
        rightOfShortCircuit |= op.equals("&&") || op.equals("||");
        expr(b.right());
        rightOfShortCircuit = outer;
    }

    private static boolean negative(Expr e) {
        return e instanceof Literal l && l.text().startsWith("-") || e instanceof Unary u && u.operator().equals("-")
                || e instanceof Literal m && m.text().contains("MIN_VALUE");
    }

    private void cast(Cast c) {
        if (c.type().isIntegral()) {
            Type from = c.operand().type();
            if (from.isIntegral()) {
                found.add(Feature.CAST_BETWEEN_INT_AND_LONG);
            } else if (c.operand() instanceof Literal) {
                found.add(Feature.CAST_OF_LARGE_DOUBLE);
            } else {
                found.add(Feature.CAST_OF_ACTIVE_VALUE);
            }
        }
        expr(c.operand());
    }

    private void call(Call c) {
        switch (c.callee()) {
            case MATH -> {
                Feature f = c.type() == Type.INT ? Feature.INT_MIN : Feature.ofMath(c.name());
                if (f != null) {
                    found.add(f);
                }
            }
            case STOP_GRADIENT -> found.add(Feature.STOP_GRADIENT);
            case HELPER -> {
                if (loops > 0) {
                    found.add(Feature.HELPER_CALL_IN_LOOP);
                }
            }
            case LIBRARY -> {
                if (loops > 0) {
                    found.add(Feature.LIBRARY_CALL_IN_LOOP);
                }
            }
        }
        c.args().forEach(this::expr);
    }
}
