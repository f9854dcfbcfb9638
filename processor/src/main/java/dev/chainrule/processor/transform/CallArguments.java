package dev.chainrule.processor.transform;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Type;
import java.util.List;

/** Zero derivatives to pass where a called method expects a tangent or an adjoint and the argument has none. */
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
        return new Expr.Invoke("Flat", "zerosLike", List.of(arg), Type.DOUBLE_MATRIX);
    }
}
