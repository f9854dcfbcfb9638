package dev.chainrule.processor.ir;

/** A parameter of an IR function. Scalar adjoint accumulators are {@code double[]} of length one. */
public record Param(Var var, Type type) {
    public Param(Var var) {
        this(var, var.type());
    }
}
