package dev.chainrule.processor.frontend;

import dev.chainrule.processor.ir.Operator;
import dev.chainrule.rules.Primitive;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the front end recognises of {@code java.lang.Math} and {@code java.lang.StrictMath}. */
final class MathLibrary {
    static final Set<String> MATH_CLASSES = Set.of("Math", "java.lang.Math");
    static final Set<String> STRICT_MATH_CLASSES = Set.of("StrictMath", "java.lang.StrictMath");

    /** The functions of the rule table that user code may call, by their {@code Math} name. */
    private static final Map<String, Primitive> FUNCTIONS = java.util.Arrays.stream(Primitive.values())
            .filter(p -> p.use() == Primitive.Use.SOURCE && p.mathName() != null)
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Primitive::mathName, p -> p));

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
