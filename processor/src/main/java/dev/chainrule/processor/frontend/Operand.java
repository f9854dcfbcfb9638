package dev.chainrule.processor.frontend;

import dev.chainrule.processor.ir.Expr;

/**
 * A lowered expression and its Java type: an atom, or at the top of an assigned expression one {@link Expr.Apply}
 * of atoms. Integer-typed operands are always folded constants (the
 * supported subset has no integer variables), so Java's integer arithmetic (truncating division, overflow) is kept.
 */
record Operand(Expr expr, JavaType type) {

    enum JavaType {
        DOUBLE, INT, LONG
    }

    static Operand ofDouble(Expr expr) {
        return new Operand(expr, JavaType.DOUBLE);
    }

    static Operand ofInt(long value) {
        return new Operand(Expr.Const.of(value), JavaType.INT);
    }

    static Operand ofLong(long value) {
        return new Operand(Expr.Const.of(value), JavaType.LONG);
    }

    boolean isIntegral() {
        return type != JavaType.DOUBLE;
    }

    long longValue() {
        return (long) ((Expr.Const) expr).value();
    }
}
