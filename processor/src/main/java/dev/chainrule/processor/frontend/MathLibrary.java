package dev.chainrule.processor.frontend;

import dev.chainrule.processor.ir.Operator;
import dev.chainrule.processor.ir.Primitive;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the front end recognises of {@code java.lang.Math} and {@code java.lang.StrictMath}. */
final class MathLibrary {
    static final Set<String> MATH_CLASSES = Set.of("Math", "java.lang.Math");
    static final Set<String> STRICT_MATH_CLASSES = Set.of("StrictMath", "java.lang.StrictMath");

    private static final Map<String, Primitive> FUNCTIONS = Map.ofEntries(
            Map.entry("sin", Primitive.SIN), Map.entry("cos", Primitive.COS), Map.entry("tan", Primitive.TAN),
            Map.entry("asin", Primitive.ASIN), Map.entry("acos", Primitive.ACOS),
            Map.entry("atan", Primitive.ATAN), Map.entry("atan2", Primitive.ATAN2),
            Map.entry("sinh", Primitive.SINH), Map.entry("cosh", Primitive.COSH), Map.entry("tanh", Primitive.TANH),
            Map.entry("exp", Primitive.EXP), Map.entry("expm1", Primitive.EXPM1), Map.entry("log", Primitive.LOG),
            Map.entry("log10", Primitive.LOG10), Map.entry("log1p", Primitive.LOG1P),
            Map.entry("sqrt", Primitive.SQRT), Map.entry("cbrt", Primitive.CBRT), Map.entry("pow", Primitive.POW),
            Map.entry("hypot", Primitive.HYPOT), Map.entry("abs", Primitive.ABS), Map.entry("min", Primitive.MIN),
            Map.entry("max", Primitive.MAX));

    private static final Map<String, Double> CONSTANTS = Map.of("PI", Math.PI, "E", Math.E);

    /** Functions whose derivative is zero wherever it exists: passive, with a warning on an active argument. */
    private static final Map<String, Operator> PIECEWISE_CONSTANT = Map.of("floor", Operator.FLOOR,
            "ceil", Operator.CEIL, "round", Operator.ROUND, "rint", Operator.RINT, "signum", Operator.SIGNUM);

    /** Functions that scale their argument by a constant: Java computes them as that product. */
    private static final Map<String, Double> SCALINGS = Map.of("toRadians", Math.toRadians(1),
            "toDegrees", Math.toDegrees(1));

    /** {@code abs}, {@code min} and {@code max} have integer overloads whose result stays an integer. */
    static final Set<Primitive> INTEGER_OVERLOADS = Set.of(Primitive.ABS, Primitive.MIN, Primitive.MAX);

    private MathLibrary() {
    }

    static Optional<Primitive> function(String name) {
        return Optional.ofNullable(FUNCTIONS.get(name));
    }

    static Optional<Operator> piecewiseConstant(String name) {
        return Optional.ofNullable(PIECEWISE_CONSTANT.get(name));
    }

    static Optional<Double> scaling(String name) {
        return Optional.ofNullable(SCALINGS.get(name));
    }

    static Optional<Double> constant(String name) {
        return Optional.ofNullable(CONSTANTS.get(name));
    }

    static boolean isMathClass(String name) {
        return MATH_CLASSES.contains(name) || STRICT_MATH_CLASSES.contains(name);
    }
}
