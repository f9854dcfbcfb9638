package dev.chainrule.processor.transform;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.RuntimeOp;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import java.util.List;

/**
 * Calls of differentiated methods in generated code: zero derivatives to pass where a called method expects a tangent
 * or an adjoint and the argument has none, and a callee's forward mode called and unpacked.
 */
final class CallArguments {
    private CallArguments() {
    }

    /** A zero tangent or adjoint shaped like {@code arg}: 0.0, a zero array, or a zero matrix of its shape. */
    static Expr zeroLike(Expr arg) {
        if (arg.type() == Type.DOUBLE) {
            return Expr.Const.of(0);
        }
        if (arg.type() == Type.DOUBLE_ARRAY) {
            return new Expr.NewArray(Type.DOUBLE_ARRAY, List.of(new Expr.Length(arg)));
        }
        return new Expr.Runtime(RuntimeOp.ZEROS_LIKE, List.of(arg), Type.DOUBLE_MATRIX);
    }

    /**
     * {@code d = gJvp(args); v = d.value(); vDot = d.tangent();} for {@code v = g(...)}: the callee's forward mode
     * ({@code gJvps} and {@code tangents()} when {@code vector}) with {@code args} (each differentiable argument
     * followed by its tangents).
     */
    static void forwardCall(Stmt.Assign assign, Expr.Call call, List<Expr> args, boolean vector, Var dot,
            List<Stmt> out) {
        boolean scalar = assign.var().type() == Type.DOUBLE;
        Type dualType = vector ? (scalar ? Type.DUALS : Type.DUAL_VECTORS) : (scalar ? Type.DUAL : Type.DUAL_VECTOR);
        Var dual = new Var("d", Var.Role.SYNTHETIC, dualType);
        out.add(new Stmt.Assign(dual, new Expr.Derivative(call.callee(), vector ? Expr.Mode.JVPS : Expr.Mode.JVP, args,
                dualType)));
        out.add(new Stmt.Assign(assign.var(), new Expr.Member(new Expr.Ref(dual), "value", assign.var().type())));
        out.add(new Stmt.Assign(dot, new Expr.Member(new Expr.Ref(dual), vector ? "tangents" : "tangent",
                dot.type())));
    }
}
