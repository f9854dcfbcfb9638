package dev.chainrule.processor.emit;

import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Type;
import java.util.List;

/**
 * Everything the emitter needs about one {@code @Differentiable} method: how to refer to the original, its
 * parameters in declaration order, its result type, and its two derivative functions.
 *
 * @param owner the simple (or dotted nested) name of the declaring class, as code in the same package refers to it
 * @param name the method's name
 * @param parameters the parameters in declaration order, each marked differentiable or constant
 * @param result {@code double} or {@code double[]}
 * @param forward the forward-mode function
 * @param reverse the reverse-mode function
 * @param helperCopy for a helper (a method its callers need, not annotated itself), the primal as a private copy in
 *     the generated class; null for a {@code @Differentiable} method
 */
public record DifferentiatedMethod(String owner, String name, List<Parameter> parameters, Type result,
        Function forward, Function reverse, Function helperCopy) {

    /** A parameter of the original method. */
    public record Parameter(String name, Type type, boolean differentiable) {
    }

    public DifferentiatedMethod {
        parameters = List.copyOf(parameters);
    }

    boolean isHelper() {
        return helperCopy != null;
    }

    List<Parameter> differentiable() {
        return parameters.stream().filter(Parameter::differentiable).toList();
    }

    List<Parameter> constants() {
        return parameters.stream().filter(p -> !p.differentiable()).toList();
    }
}
