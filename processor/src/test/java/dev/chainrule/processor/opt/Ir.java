package dev.chainrule.processor.opt;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Operator;
import dev.chainrule.processor.ir.Param;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import dev.chainrule.rules.Primitive;
import java.util.List;

/** Builds small IR functions for the passes' tests, and prints them compactly to compare before and after. */
final class Ir {
    private Ir() {
    }

    static Var primal(String name) {
        return new Var(name, Var.Role.SYNTHETIC, Type.DOUBLE);
    }

    static Var derivative(String name) {
        return Var.derivative(name, Var.Role.SYNTHETIC, Type.DOUBLE);
    }

    static Var array(String name) {
        return Var.derivative(name, Var.Role.SYNTHETIC, Type.DOUBLE_ARRAY);
    }

    static Var integer(String name) {
        return new Var(name, Var.Role.SYNTHETIC, Type.INT);
    }

    static Expr ref(Var v) {
        return new Expr.Ref(v);
    }

    static Expr c(double value) {
        return Expr.Const.of(value);
    }

    static Expr.Element at(Var array, int i) {
        return new Expr.Element(ref(array), Expr.Const.ofInt(i));
    }

    static Expr apply(Primitive op, Expr... args) {
        return new Expr.Apply(op, List.of(args), false);
    }

    static Expr lt(Expr a, Expr b) {
        return new Expr.Op(Operator.LT, List.of(a, b), Type.BOOLEAN);
    }

    static Stmt assign(Var v, Expr e) {
        return new Stmt.Assign(v, e);
    }

    static Stmt accumulate(Expr target, Expr e) {
        return new Stmt.Accumulate(target, e);
    }

    static Stmt store(Expr.Element target, Expr e) {
        return new Stmt.Store(target, e);
    }

    static Stmt ret(Expr... values) {
        return new Stmt.Return(List.of(values));
    }

    static Stmt ifElse(Expr condition, List<Stmt> then, List<Stmt> otherwise) {
        return new Stmt.If(condition, then, otherwise);
    }

    /** {@code while (counter < limit) { body; counter = counter + 1; }}. */
    static Stmt loop(Var counter, int limit, List<Stmt> body) {
        return new Stmt.While(List.of(), new Expr.Op(Operator.LT, List.of(ref(counter), Expr.Const.ofInt(limit)),
                Type.BOOLEAN), body, List.of(assign(counter, new Expr.Op(Operator.ADD, List.of(ref(counter),
                Expr.Const.ofInt(1)), Type.INT))));
    }

    static Function function(List<Var> params, Stmt... body) {
        return new Function("f", params.stream().map(Param::new).toList(), List.of(body), Function.Result.DOUBLE);
    }

    /** The body as compact text: one statement a line, nested bodies indented. */
    static String text(Function function) {
        StringBuilder out = new StringBuilder();
        text(function.body(), "", out);
        return out.toString();
    }

    private static void text(List<Stmt> body, String indent, StringBuilder out) {
        for (Stmt stmt : body) {
            out.append(indent);
            if (stmt instanceof Stmt.Assign a) {
                out.append(a.var().hint()).append(" = ").append(text(a.value()));
            } else if (stmt instanceof Stmt.Accumulate a) {
                out.append(text(a.target())).append(" += ").append(text(a.value()));
            } else if (stmt instanceof Stmt.Store s) {
                out.append(text(s.target())).append(" = ").append(text(s.value()));
            } else if (stmt instanceof Stmt.Return r) {
                out.append("return ").append(String.join(", ", r.values().stream().map(Ir::text).toList()));
            } else if (stmt instanceof Stmt.If i) {
                out.append("if ").append(text(i.condition())).append('\n');
                text(i.then(), indent + "  ", out);
                out.append(indent).append("else\n");
                text(i.otherwise(), indent + "  ", out);
                continue;
            } else if (stmt instanceof Stmt.While w) {
                out.append("while ").append(text(w.condition())).append('\n');
                text(w.body(), indent + "  ", out);
                text(w.update(), indent + "  ", out);
                continue;
            } else {
                out.append(stmt);
            }
            out.append('\n');
        }
    }

    static String text(Expr e) {
        if (e instanceof Expr.Ref r) {
            return r.var().hint();
        }
        if (e instanceof Expr.Const c) {
            return c.type() == Type.DOUBLE ? Double.toString(c.real()) : Long.toString(c.integer());
        }
        if (e instanceof Expr.Element el) {
            return text(el.array()) + "[" + text(el.index()) + "]";
        }
        if (e instanceof Expr.Apply a) {
            if (a.op().isOperator()) {
                return a.args().size() == 1 ? "-" + text(a.args().get(0))
                        : "(" + text(a.args().get(0)) + " " + a.op().operator() + " " + text(a.args().get(1)) + ")";
            }
            return (a.op().mathName() == null ? a.op().name() : a.op().mathName()) + "("
                    + String.join(", ", a.args().stream().map(Ir::text).toList()) + ")";
        }
        if (e instanceof Expr.Op o) {
            return o.args().size() == 1 ? o.op().symbol() + text(o.args().get(0))
                    : "(" + text(o.args().get(0)) + " " + o.op().symbol() + " " + text(o.args().get(1)) + ")";
        }
        if (e instanceof Expr.Select s) {
            return "(" + text(s.condition()) + " ? " + text(s.then()) + " : " + text(s.otherwise()) + ")";
        }
        return e.toString();
    }
}
