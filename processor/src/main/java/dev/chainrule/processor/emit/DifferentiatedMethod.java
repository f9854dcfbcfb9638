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
 * @param vectorForward the vector forward-mode function, many directions in one sweep
 * @param reverse the reverse-mode function
 * @param vectorReverse the vector reverse-mode function, many seeds in one sweep, or null where the method calls a
 *     user's method
 * @param secondOrder the Hessian-vector product (forward over reverse), or null where the method calls something
 *     without second derivatives
 * @param helperCopy for a helper (a method its callers need, not annotated itself), the primal as a private copy in
 *     the generated class; null for a {@code @Differentiable} method
 * @param costs the operation counts of the plain method and of each generated sweep, in the order of the
 *     runtime's {@code Costs}: value, jvp, vjp, jvps shared, jvps per direction, vjps shared, vjps per seed
 * @param receiverType for an instance method, the type of the object it is called on (the first parameter of
 *     every generated method); null for a static one
 */
public record DifferentiatedMethod(String owner, String name, List<Parameter> parameters, Type result,
        Function forward, Function vectorForward, Function reverse, Function vectorReverse, Function secondOrder,
        Function helperCopy,
        List<Integer> costs,
        String receiverType) {

    /** A parameter of the original method. */
    public record Parameter(String name, Type type, boolean differentiable) {
    }

    public DifferentiatedMethod {
        parameters = List.copyOf(parameters);
        costs = List.copyOf(costs);
    }

    /** This method with its Hessian-vector product, decided once the whole class is known. */
    public DifferentiatedMethod withSecondOrder(Function hvp) {
        return new DifferentiatedMethod(owner, name, parameters, result, forward, vectorForward, reverse, vectorReverse,
                hvp, helperCopy, costs, receiverType);
    }

    /** The Java type of a parameter as generated code declares it. */
    String typeName(Parameter parameter) {
        return parameter.type() == Type.RECEIVER ? receiverType : parameter.type().javaName();
    }

    /** The parameters of the original method, without an instance method's receiver. */
    List<Parameter> declared() {
        return parameters.stream().filter(p -> p.type() != Type.RECEIVER).toList();
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
