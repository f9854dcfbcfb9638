package dev.chainrule.processor.transform;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Var;
import java.util.List;
import java.util.function.UnaryOperator;

/** A statement or expression with its variables replaced, every other part kept. */
final class Renaming {
    private Renaming() {
    }

    /** {@code stmt} with each variable {@code v} it writes or reads, nested bodies too, renamed {@code rename(v)}. */
    static Stmt stmt(Stmt stmt, UnaryOperator<Var> rename) {
        Stmt compound = Nested.map(stmt, block -> block.stream().map(s -> stmt(s, rename)).toList());
        if (stmt instanceof Stmt.If ifStmt) {
            Stmt.If nested = (Stmt.If) compound;
            return new Stmt.If(expr(ifStmt.condition(), rename), nested.then(), nested.otherwise());
        }
        if (stmt instanceof Stmt.While loop) {
            Stmt.While nested = (Stmt.While) compound;
            return new Stmt.While(nested.header(), expr(loop.condition(), rename), nested.body(), nested.update());
        }
        if (stmt instanceof Stmt.Assign assign) {
            return new Stmt.Assign(rename.apply(assign.var()), expr(assign.value(), rename));
        }
        if (stmt instanceof Stmt.Store store) {
            return new Stmt.Store((Expr.Element) expr(store.target(), rename), expr(store.value(), rename));
        }
        if (stmt instanceof Stmt.Accumulate accumulate) {
            return new Stmt.Accumulate(expr(accumulate.target(), rename), expr(accumulate.value(), rename));
        }
        if (stmt instanceof Stmt.Call call) {
            return new Stmt.Call(call.owner(), call.method(), all(call.args(), rename));
        }
        if (stmt instanceof Stmt.Return ret) {
            return new Stmt.Return(all(ret.values(), rename));
        }
        if (stmt instanceof Stmt.Evaluate evaluate) {
            return new Stmt.Evaluate(expr(evaluate.expr(), rename));
        }
        // Break, Continue: nothing to rename. The forward transform writes no tape statements.
        return stmt;
    }

    /** {@code expr} with each variable {@code v} replaced by {@code rename(v)}. */
    static Expr expr(Expr expr, UnaryOperator<Var> rename) {
        if (expr instanceof Expr.Ref ref) {
            return new Expr.Ref(rename.apply(ref.var()));
        }
        if (expr instanceof Expr.Element element) {
            return new Expr.Element(expr(element.array(), rename), expr(element.index(), rename));
        }
        if (expr instanceof Expr.Apply apply) {
            return new Expr.Apply(apply.op(), all(apply.args(), rename), apply.strict());
        }
        if (expr instanceof Expr.Op op) {
            return new Expr.Op(op.op(), all(op.args(), rename), op.type());
        }
        if (expr instanceof Expr.PartialCall call) {
            return new Expr.PartialCall(call.method(), all(call.args(), rename));
        }
        if (expr instanceof Expr.Call call) {
            return new Expr.Call(call.callee(), all(call.args(), rename));
        }
        if (expr instanceof Expr.Invoke invoke) {
            return new Expr.Invoke(invoke.owner(), invoke.method(), all(invoke.args(), rename), invoke.type());
        }
        if (expr instanceof Expr.Member member) {
            return new Expr.Member(expr(member.object(), rename), member.accessor(), member.type());
        }
        if (expr instanceof Expr.Length length) {
            return new Expr.Length(expr(length.array(), rename));
        }
        if (expr instanceof Expr.NewArray array) {
            return new Expr.NewArray(array.type(), all(array.dimensions(), rename));
        }
        if (expr instanceof Expr.Clone clone) {
            return new Expr.Clone(expr(clone.array(), rename));
        }
        if (expr instanceof Expr.InstanceField field) {
            return new Expr.InstanceField(rename.apply(field.receiver()), field.name(), field.type());
        }
        // Const, Text, Field, Pop, Cell: no variables.
        return expr;
    }

    private static List<Expr> all(List<Expr> exprs, UnaryOperator<Var> rename) {
        return exprs.stream().map(e -> expr(e, rename)).toList();
    }
}
