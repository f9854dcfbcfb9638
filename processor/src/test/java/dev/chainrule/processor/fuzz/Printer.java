package dev.chainrule.processor.fuzz;

import dev.chainrule.processor.fuzz.Ast.ArrayLiteral;
import dev.chainrule.processor.fuzz.Ast.Assign;
import dev.chainrule.processor.fuzz.Ast.Binary;
import dev.chainrule.processor.fuzz.Ast.Break;
import dev.chainrule.processor.fuzz.Ast.Call;
import dev.chainrule.processor.fuzz.Ast.Case;
import dev.chainrule.processor.fuzz.Ast.Cast;
import dev.chainrule.processor.fuzz.Ast.Clone;
import dev.chainrule.processor.fuzz.Ast.Conditional;
import dev.chainrule.processor.fuzz.Ast.Continue;
import dev.chainrule.processor.fuzz.Ast.Declare;
import dev.chainrule.processor.fuzz.Ast.Element;
import dev.chainrule.processor.fuzz.Ast.Expr;
import dev.chainrule.processor.fuzz.Ast.Field;
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
import dev.chainrule.processor.fuzz.Ast.Unary;
import dev.chainrule.processor.fuzz.Ast.ValueCase;
import dev.chainrule.processor.fuzz.Ast.While;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints a program as Java source: a main class named by the caller (batches put many programs into one compilation,
 * so names differ per program) and, when it has methods, its library class {@code <name>Lib}. Operations are fully
 * parenthesised, so no tree can print with a meaning other than its own.
 */
final class Printer {
    static final String PACKAGE = "fz";

    private final String className;
    private final StringBuilder out = new StringBuilder();
    private int indent;

    private Printer(String className) {
        this.className = className;
    }

    /** The library class's name for a main class {@code className}. */
    static String libraryName(String className) {
        return className + "Lib";
    }

    /** The main class's source. */
    static String main(Program program, String className) {
        Printer printer = new Printer(className);
        printer.unit(className, program.fields(), program.main());
        return printer.out.toString();
    }

    /** The library class's source, or null when the program has no library methods. */
    static String library(Program program, String className) {
        if (program.library().isEmpty()) {
            return null;
        }
        Printer printer = new Printer(className);
        printer.unit(libraryName(className), List.of(), program.library());
        return printer.out.toString();
    }

    /** Both classes, for a failure message. */
    static String both(Program program, String className) {
        String library = library(program, className);
        return main(program, className) + (library == null ? "" : "\n" + library);
    }

    private void unit(String name, List<Field> fields, List<Method> methods) {
        line("package " + PACKAGE + ";");
        line("");
        line("import dev.chainrule.Differentiable;");
        line("import dev.chainrule.NoDerivative;");
        line("import dev.chainrule.StopGradient;");
        line("");
        line("public final class " + name + " {");
        indent++;
        for (Field field : fields) {
            line("static final double[] " + field.name() + " = {" + field.values().stream().map(Printer::number)
                    .collect(Collectors.joining(", ")) + "};");
        }
        for (Method method : methods) {
            line("");
            method(method);
        }
        indent--;
        line("}");
    }

    private void method(Method method) {
        if (method.differentiable()) {
            line("@Differentiable");
        }
        String params = method.params().stream().map(Printer::param).collect(Collectors.joining(", "));
        line((method.differentiable() ? "public static " : "static ") + method.resultType().java() + " "
                + method.name() + "(" + params + ") {");
        indent++;
        block(method.body());
        line("return " + expr(method.result(), true) + ";");
        indent--;
        line("}");
    }

    private static String param(Param param) {
        return (param.constant() ? "@NoDerivative " : "") + param.type().java() + " " + param.name();
    }

    private void block(List<Stmt> statements) {
        for (Stmt s : statements) {
            statement(s);
        }
    }

    private void statement(Stmt s) {
        if (s instanceof Declare d) {
            line(d.type().java() + " " + d.name() + " = " + expr(d.init(), true) + ";");
        } else if (s instanceof Assign a) {
            line(expr(a.target(), true) + " " + a.operator() + " " + expr(a.value(), true) + ";");
        } else if (s instanceof Step step) {
            line(expr(step.target(), true) + step.operator() + ";");
        } else if (s instanceof If i) {
            ifStatement(i);
        } else if (s instanceof For f) {
            String i = f.index();
            String header = f.down()
                    ? "for (int " + i + " = " + expr(f.bound(), false) + " - 1; " + i + " >= " + expr(f.from(), false)
                            + "; " + i + "--) {"
                    : "for (int " + i + " = " + expr(f.from(), true) + "; " + i + " < " + expr(f.bound(), false)
                            + "; " + i + "++) {";
            labelled(f.label(), header, f.body(), null, "}");
        } else if (s instanceof ForEach e) {
            labelled(e.label(), "for (" + e.type().java() + " " + e.variable() + " : " + expr(e.iterable(), false)
                    + ") {", e.body(), null, "}");
        } else if (s instanceof While w) {
            whileLoop(w);
        } else if (s instanceof Switch sw) {
            switchStatement(sw);
        } else if (s instanceof Break b) {
            line(b.label() == null ? "break;" : "break " + b.label() + ";");
        } else if (s instanceof Continue c) {
            line(c.label() == null ? "continue;" : "continue " + c.label() + ";");
        } else if (s instanceof Return r) {
            line("return " + expr(r.value(), true) + ";");
        } else {
            throw new IllegalArgumentException("unknown statement " + s);
        }
    }

    private void ifStatement(If i) {
        line("if (" + expr(i.condition(), true) + ") {");
        indent++;
        block(i.then());
        indent--;
        if (i.otherwise().isEmpty()) {
            line("}");
            return;
        }
        line("} else {");
        indent++;
        block(i.otherwise());
        indent--;
        line("}");
    }

    /** A loop with its optional label; {@code first}, if any, is a statement printed at the top of the body. */
    private void labelled(String label, String header, List<Stmt> body, String first, String closing) {
        if (label != null) {
            line(label + ":");
        }
        line(header);
        indent++;
        if (first != null) {
            line(first);
        }
        block(body);
        indent--;
        line(closing);
    }

    private void whileLoop(While w) {
        String k = w.counter();
        line("int " + k + " = 0;");
        String condition = k + " < " + w.limit() + (w.condition() == null ? ""
                : " && " + expr(w.condition(), false));
        if (w.doWhile()) {
            labelled(w.label(), "do {", w.body(), k + "++;", "} while (" + condition + ");");
        } else {
            labelled(w.label(), "while (" + condition + ") {", w.body(), k + "++;", "}");
        }
    }

    private void switchStatement(Switch sw) {
        line("switch (" + expr(sw.selector(), true) + ") {");
        indent++;
        for (Case c : sw.cases()) {
            if (sw.arrows()) {
                line(caseLabel(c.labels()) + " -> {");
                indent++;
                block(c.body());
                indent--;
                line("}");
            } else {
                for (String label : colonLabels(c.labels())) {
                    line(label);
                }
                indent++;
                block(c.body());
                if (!endsInJump(c.body())) {
                    line("break;");
                }
                indent--;
            }
        }
        indent--;
        line("}");
    }

    private static boolean endsInJump(List<Stmt> body) {
        if (body.isEmpty()) {
            return false;
        }
        Stmt last = body.get(body.size() - 1);
        return last instanceof Return || last instanceof Continue || last instanceof Break;
    }

    private static String caseLabel(List<Integer> labels) {
        return labels.isEmpty() ? "default" : "case " + labels.stream().map(String::valueOf)
                .collect(Collectors.joining(", "));
    }

    /** Grouped colon labels, one per line ({@code case 1:} {@code case 2:}), as the README's form has them. */
    private static List<String> colonLabels(List<Integer> labels) {
        return labels.isEmpty() ? List.of("default:") : labels.stream().map(l -> "case " + l + ":").toList();
    }

    // ---- expressions -----------------------------------------------------------------------------------------------

    /** The text of {@code e}; {@code top} drops the outer parentheses where the context needs none. */
    String expr(Expr e, boolean top) {
        if (e instanceof Literal l) {
            return l.text();
        } else if (e instanceof Name n) {
            return n.name();
        } else if (e instanceof Element el) {
            return expr(el.array(), false) + "[" + expr(el.index(), true) + "]";
        } else if (e instanceof Length len) {
            return expr(len.array(), false) + ".length";
        } else if (e instanceof Unary u) {
            // a space keeps "- -x" from printing as the decrement "--x"
            String operand = expr(u.operand(), false);
            String text = u.operator() + (operand.startsWith("-") ? " " : "") + operand;
            return top ? text : "(" + text + ")";
        } else if (e instanceof Binary b) {
            String text = expr(b.left(), false) + " " + b.operator() + " " + expr(b.right(), false);
            return top ? text : "(" + text + ")";
        } else if (e instanceof Conditional c) {
            String text = expr(c.condition(), false) + " ? " + expr(c.then(), false) + " : "
                    + expr(c.otherwise(), false);
            return top ? text : "(" + text + ")";
        } else if (e instanceof Cast c) {
            String text = "(" + c.type().java() + ") " + expr(c.operand(), false);
            return top ? text : "(" + text + ")";
        } else if (e instanceof Call c) {
            return callee(c) + "(" + c.args().stream().map(a -> expr(a, true)).collect(Collectors.joining(", "))
                    + ")";
        } else if (e instanceof NewArray n) {
            return "new double" + n.dimensions().stream().map(d -> "[" + expr(d, true) + "]")
                    .collect(Collectors.joining());
        } else if (e instanceof ArrayLiteral a) {
            String elements = a.elements().stream().map(x -> expr(x, true)).collect(Collectors.joining(", "));
            return (a.bare() ? "{" : "new double[] {") + elements + "}";
        } else if (e instanceof Clone c) {
            return expr(c.array(), false) + ".clone()";
        } else if (e instanceof SwitchValue s) {
            StringBuilder text = new StringBuilder("switch (" + expr(s.selector(), true) + ") {");
            for (ValueCase c : s.cases()) {
                text.append(' ').append(caseLabel(c.labels())).append(" -> ").append(expr(c.value(), true))
                        .append(';');
            }
            text.append(" default -> ").append(expr(s.otherwise(), true)).append("; }");
            return top ? text.toString() : "(" + text + ")";
        }
        throw new IllegalArgumentException("unknown expression " + e);
    }

    private String callee(Call c) {
        return switch (c.callee()) {
            case MATH -> "Math." + c.name();
            case HELPER -> c.name();
            case LIBRARY -> libraryName(className) + "." + c.name();
            case STOP_GRADIENT -> "StopGradient.stop";
        };
    }

    /** A double as Java source: always with a decimal point or exponent, negative ones in parentheses. */
    static String number(double value) {
        String text = Double.toString(value);
        return value < 0 || (value == 0 && 1 / value < 0) ? "(" + text + ")" : text;
    }

    private void line(String text) {
        out.append(text.isEmpty() ? "" : "    ".repeat(indent)).append(text).append('\n');
    }
}
