package dev.chainrule.processor.diagnostics;

/**
 * The catalog of everything the processor tells a user, one entry per stable id. Each message is a format string
 * whose arguments the reporting site supplies; each entry says what to do about it. Documented in the README.
 */
public enum Diagnostic {
    NOT_ACCESSIBLE("AD/NotAccessible", "@Differentiable method %s is private or sits in a private class",
            "make it (and its enclosing classes) package-private or wider, so the generated class can call it"),
    UNSUPPORTED_TYPE("AD/UnsupportedType", "%s has type %s, which chainrule does not handle",
            "use double, double[], double[][], int, long or boolean"),
    UNSUPPORTED_CONSTRUCT("AD/UnsupportedConstruct", "%s cannot be differentiated: %s",
            "rewrite it with locals, arrays, assignments, if/else, loops, arithmetic and Math functions"),
    WRITE_TO_INPUT("AD/WriteToInput", "%s writes into the parameter array %s",
            "inputs are read-only: allocate a local array (new double[x.length]), copy into it, and write there"),
    WRITE_TO_FIELD("AD/WriteToField", "%s writes into the static array field %s",
            "fields are read as constants: allocate a local array, copy the field into it, and write there"),
    ZERO_DERIVATIVE("AD/ZeroDerivative", "%s is piecewise constant: the derivative through it is zero",
            "this is right almost everywhere; if you meant a smooth function, write it without rounding", true),
    UNSUPPORTED_CALL("AD/UnsupportedCall", "call %s has no derivative rule",
            "call a Math function, a @Differentiable method, or a static method of this class; for a method from "
                    + "a library, give its partial derivatives with @DerivativeOf"),
    CONSTANT_ARGUMENT("AD/ConstantArgument", "%s passes a value that depends on the differentiable inputs to "
            + "parameter %s of %s, which has no derivative", "mark that parameter differentiable (remove "
            + "@NoDerivative, or add it to wrt), or wrap the argument in StopGradient.stop(...) if dropping its "
            + "derivative is intended"),
    BAD_RULE("AD/BadRule", "@DerivativeOf on %s: %s",
            "a rule is a static, non-private method with the same parameters as the method it differentiates, "
                    + "returning double, and naming the parameter in wrt when there are several"),
    CONSTANT_RESULT("AD/ConstantResult", "the result of %s does not depend on any differentiable parameter",
            "its derivatives are all zero; check which parameters are marked @NoDerivative or listed in wrt", true),
    UNKNOWN_NAME("AD/UnknownName", "%s is not a parameter or local variable of the method",
            "pass it in as a parameter (mark it @NoDerivative if it is a constant), or read a static, non-private "
                    + "field"),
    UNKNOWN_WRT("AD/UnknownWrt", "wrt names %s, which is not a double, double[] or double[][] parameter of %s",
            "list only such parameters of the method in wrt, and none marked @NoDerivative"),
    OVERLOADED("AD/Overloaded", "@Differentiable method %s is overloaded in %s",
            "give each differentiable method its own name; generated names would clash"),
    NO_SOURCE("AD/NoSource", "the source of %s is not available to the processor",
            "compile the class from source with javac so its method body can be read"),
    INTERNAL("AD/Internal", "chainrule failed on %s: %s",
            "this is a bug in chainrule; please report it with the method's source");

    private final String id;
    private final String format;
    private final String fix;
    private final boolean warning;

    Diagnostic(String id, String format, String fix) {
        this(id, format, fix, false);
    }

    Diagnostic(String id, String format, String fix, boolean warning) {
        this.id = id;
        this.format = format;
        this.fix = fix;
        this.warning = warning;
    }

    /** True when the derivative is still right and the compile goes on; false for errors. */
    public boolean isWarning() {
        return warning;
    }

    /** The stable id, as printed in brackets at the start of the message. */
    public String id() {
        return id;
    }

    /** The full text a user reads: id, what is wrong, and what to do. */
    public String format(Object... args) {
        return "[" + id + "] " + String.format(java.util.Locale.ROOT, format, args) + ". Fix: " + fix + ".";
    }
}
