package dev.chainrule.processor.ir;

import java.util.List;

/**
 * A method a differentiable method calls, as the generated code must call it.
 *
 * @param kind how its derivatives are obtained
 * @param owner how generated code names the class whose method computes the value, or null for a private copy in
 *     the generated class itself
 * @param derivatives how generated code names the class holding {@code nameJvp} and {@code nameVjp}, or null for
 *     the generated class itself
 * @param name the method's name
 * @param params the parameter types
 * @param differentiable for each parameter, whether a derivative flows through it
 * @param result the result type
 * @param rules for a {@link Kind#RULE}, the partial derivative method of each parameter ({@code "Owner.method"}), or
 *     null where none is given
 */
public record Callee(Kind kind, String owner, String derivatives, String name, List<Type> params,
        List<Boolean> differentiable, Type result, List<String> rules) {

    /** How a callee's derivatives are obtained. */
    public enum Kind {
        /** A {@code @Differentiable} method: its generated {@code nameJvp} and {@code nameVjp}. */
        DIFFERENTIABLE,
        /** A static helper of the same class, differentiated along with its caller. */
        HELPER,
        /** A method with {@code @DerivativeOf} rules: its partials, called like a primitive's. */
        RULE
    }

    public Callee {
        params = List.copyOf(params);
        differentiable = List.copyOf(differentiable);
        rules = rules == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(rules));
    }
}
