package dev.chainrule.processor.ir;

/** A parameter of an IR function: a {@code double}, or a {@code double[]} (adjoint accumulators). */
public record Param(Var var, ParamType type) {

    /** The Java type of a parameter. */
    public enum ParamType {
        DOUBLE, DOUBLE_ARRAY
    }
}
