package dev.chainrule.runtime;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every {@link SecondPartials} method against central differences of the {@link Partials} formula it differentiates,
 * the second derivatives they compose ({@code f'' = fDx + fDr · f'}) against Commons Math's
 * {@link DerivativeStructure} at order 2, the documented table against both classes, and the policy values at special
 * points, reached the way generated code reaches them: tangents multiplied in with {@link Partials#chain}.
 */
class SecondPartialsTest {

    private static final int POINTS = 200;
    private static final double REFERENCE_TOLERANCE = 1e-11;
    private static final double NUMERIC_TOLERANCE = 1e-6;
    private static final double STEP = Math.cbrt(Math.ulp(1.0));
    private static final double INF = Double.POSITIVE_INFINITY;

    /**
     * A {@link Partials} method, its parameters in order, and those with a second partial: one row of the table
     * {@link SecondPartials} documents.
     */
    record Row(String method, List<String> parameters, List<String> differentiated) {

        static Row of(String method, String parameters, String differentiated) {
            return new Row(method, words(parameters), words(differentiated));
        }

        String secondPartialName(int parameter) {
            return method + "D" + parameters.get(parameter);
        }

        boolean differentiates(int parameter) {
            return differentiated.contains(parameters.get(parameter));
        }

        double partial(double... arguments) {
            return invoke(Partials.class, method, arguments);
        }

        /** The second partial along one parameter; 0 for a parameter the table does not list. */
        double second(int parameter, double... arguments) {
            return differentiates(parameter)
                    ? invoke(SecondPartials.class, secondPartialName(parameter), arguments)
                    : 0;
        }

        /** The tangent of this partial as generated code forms it: {@code Σᵢ chain(ȧᵢ, mDaᵢ)}. */
        double tangent(double[] arguments, double... tangents) {
            double sum = 0;
            for (int i = 0; i < parameters.size(); i++) {
                if (differentiates(i)) {
                    sum += Partials.chain(tangents[i], second(i, arguments));
                }
            }
            return sum;
        }

        @Override
        public String toString() {
            return method;
        }

        private static List<String> words(String text) {
            return text.isEmpty() ? List.of() : List.of(text.split(" "));
        }
    }

    /** One second partial: a row and one of its listed parameters. */
    record SecondPartial(Row row, int parameter) {
        @Override
        public String toString() {
            return row.secondPartialName(parameter);
        }
    }

    private static final List<Row> TABLE = List.of(
            Row.of("chain", "seed partial", "seed partial"),
            Row.of("remainderDivisor", "a b r", ""),
            Row.of("sin", "x r", "x"),
            Row.of("cos", "x r", "x"),
            Row.of("tan", "x r", "r"),
            Row.of("asin", "x r", "x"),
            Row.of("acos", "x r", "x"),
            Row.of("atan", "x r", "x"),
            Row.of("sinh", "x r", "x"),
            Row.of("cosh", "x r", "x"),
            Row.of("tanh", "x r", "r"),
            Row.of("exp", "x r", "r"),
            Row.of("expm1", "x r", "r"),
            Row.of("log", "x r", "x"),
            Row.of("log10", "x r", "x"),
            Row.of("log1p", "x r", "x"),
            Row.of("sqrt", "x r", "r"),
            Row.of("cbrt", "x r", "r"),
            Row.of("abs", "x r", ""),
            Row.of("atan2Y", "y x r", "y x"),
            Row.of("atan2X", "y x r", "y x"),
            Row.of("powBase", "x y r", "x y"),
            Row.of("powExponent", "x y r", "x r"),
            Row.of("hypotX", "x y r", "x r"),
            Row.of("hypotY", "x y r", "y r"),
            Row.of("minFirst", "a b r", ""),
            Row.of("minSecond", "a b r", ""),
            Row.of("maxFirst", "a b r", ""),
            Row.of("maxSecond", "a b r", ""));

    /** The partials of each two-argument primitive {@link PartialsTest} samples, first argument first. */
    private static final Map<String, List<String>> BINARY_PARTIALS = Map.of(
            "atan2", List.of("atan2Y", "atan2X"),
            "pow", List.of("powBase", "powExponent"),
            "hypot", List.of("hypotX", "hypotY"),
            "min", List.of("minFirst", "minSecond"),
            "max", List.of("maxFirst", "maxSecond"));

    /** Random arguments of each Partials method, {@code r} computed from the others, in PartialsTest's domains. */
    private static final Map<String, Function<Random, double[]>> SAMPLERS = samplers();

    static Stream<SecondPartial> secondPartials() {
        return TABLE.stream().flatMap(row -> IntStream.range(0, row.parameters().size())
                .filter(row::differentiates)
                .mapToObj(parameter -> new SecondPartial(row, parameter)));
    }

    static Stream<PartialsTest.Unary> unaries() {
        return PartialsTest.unaries();
    }

    static Stream<PartialsTest.Binary> binaries() {
        return PartialsTest.binaries();
    }

    @Test
    void tableListsEveryPartialsMethodWithItsArity() {
        Map<String, Integer> table = new TreeMap<>();
        TABLE.forEach(row -> table.put(row.method(), row.parameters().size()));
        Map<String, Integer> partials = new TreeMap<>();
        publicStaticMethods(Partials.class).forEach(m -> partials.put(m.getName(), m.getParameterCount()));
        assertEquals(partials, table);
    }

    @Test
    void secondPartialsHasOneMethodPerTabledParameterWithThePartialsSignature() {
        Map<String, List<Class<?>>> expected = new TreeMap<>();
        secondPartials().forEach(s -> expected.put(s.toString(),
                Arrays.asList(partialsMethod(s.row()).getParameterTypes())));
        Map<String, List<Class<?>>> actual = new TreeMap<>();
        for (Method method : publicStaticMethods(SecondPartials.class)) {
            assertEquals(double.class, method.getReturnType(), method::toString);
            actual.put(method.getName(), Arrays.asList(method.getParameterTypes()));
        }
        assertEquals(expected, actual);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secondPartials")
    void matchesCentralDifferencesOfThePartial(SecondPartial s) {
        Random random = new Random(20240701L);
        Function<Random, double[]> sampler = SAMPLERS.get(s.row().method());
        for (int k = 0; k < POINTS; k++) {
            double[] arguments = sampler.apply(random);
            double numeric = centralDifference(s.row(), arguments, s.parameter());
            double actual = s.row().second(s.parameter(), arguments);
            assertEquals(numeric, actual, NUMERIC_TOLERANCE * Math.max(1, Math.abs(numeric)),
                    () -> s + " at " + Arrays.toString(arguments));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unaries")
    void unarySecondDerivativeMatchesCommonsMath(PartialsTest.Unary u) {
        Row row = row(u.name());
        Random random = new Random(20240702L);
        for (int k = 0; k < POINTS; k++) {
            double x = u.domain().applyAsDouble(random);
            double r = u.primitive().applyAsDouble(x);
            double expected = u.reference().apply(new DerivativeStructure(1, 2, 0, x)).getPartialDerivative(2);
            // f'' = d/dx Partials.f(x, f(x)) = fDx + fDr · f'
            double actual = row.second(0, x, r) + row.second(1, x, r) * u.partial().applyAsDouble(x, r);
            assertEquals(expected, actual, REFERENCE_TOLERANCE * Math.max(1, Math.abs(expected)),
                    () -> u + "'' at " + x);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaries")
    void binaryHessianMatchesCommonsMath(PartialsTest.Binary b) {
        List<Row> rows = BINARY_PARTIALS.get(b.name()).stream().map(SecondPartialsTest::row).toList();
        Random random = new Random(20240703L);
        for (int k = 0; k < POINTS; k++) {
            double first = b.firstDomain().applyAsDouble(random);
            double second = b.secondDomain().applyAsDouble(random);
            double[] arguments = {first, second, b.primitive().applyAsDouble(first, second)};
            DerivativeStructure reference = b.reference().apply(
                    new DerivativeStructure(2, 2, 0, first), new DerivativeStructure(2, 2, 1, second));
            double[] gradient = {rows.get(0).partial(arguments), rows.get(1).partial(arguments)};
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    int[] orders = new int[2];
                    orders[i]++;
                    orders[j]++;
                    double expected = reference.getPartialDerivative(orders);
                    // ∂/∂j Partials.fᵢ(a, b, f(a, b)) = fᵢDj + fᵢDr · ∂f/∂j
                    double actual = rows.get(i).second(j, arguments)
                            + rows.get(i).second(2, arguments) * gradient[j];
                    String where = b + " Hessian[" + i + "][" + j + "] at " + Arrays.toString(arguments);
                    assertEquals(expected, actual, REFERENCE_TOLERANCE * Math.max(1, Math.abs(expected)), where);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}''({1}) = {2}")
    @CsvSource({
        // Vertical tangents: the one-sided limit from the domain side.
        "sqrt, 0, -Infinity", "sqrt, -0.0, -Infinity",
        "log, 0, -Infinity", "log, -0.0, -Infinity", "log10, 0, -Infinity", "log1p, -1, -Infinity",
        "asin, 1, Infinity", "asin, -1, -Infinity", "acos, 1, -Infinity", "acos, -1, Infinity",
        // cbrt'' is -∞ on the right of 0 and +∞ on the left: the sides average out.
        "cbrt, 0, 0", "cbrt, -0.0, 0",
        // Smooth at 0: the plain value, never NaN.
        "sin, 0, 0", "cos, 0, -1", "tan, 0, 0", "atan, 0, 0", "sinh, 0, 0", "cosh, 0, 1", "tanh, 0, 0",
        "exp, 0, 1", "expm1, 0, 1", "asin, 0, 0", "acos, 0, 0",
        // The kink: abs'' is 0 on both sides and by the kink rule at 0.
        "abs, 0, 0", "abs, -0.0, 0"})
    void unarySecondDerivativeAtSpecialPoints(String name, double x, double expected) {
        Row row = row(name);
        double r = invoke(Math.class, name, x);
        // Along ẋ = 1 the result moves by ṙ = chain(1, f'), possibly infinite.
        double rDot = Partials.chain(1, row.partial(x, r));
        assertEquals(expected, row.tangent(new double[] {x, r}, 1, rDot));
    }

    @ParameterizedTest(name = "Hessian of pow at (0, {0})")
    @CsvSource({
        "0, 0, Infinity, 0",
        "0.5, -Infinity, -Infinity, 0",
        "1, 0, -Infinity, 0",
        "1.5, Infinity, 0, 0",
        "2, 2, 0, 0",
        "3, 0, 0, 0"})
    void powHessianAtZeroBaseIsTheLimitFromThePositiveSide(double y, double xx, double xy, double yy) {
        double[][] hessian = hessianByTangents("pow", 0, y);
        assertAll(
                () -> assertEquals(xx, hessian[0][0], "xx"),
                () -> assertEquals(xy, hessian[0][1], "xy"),
                () -> assertEquals(xy, hessian[1][0], "yx"),
                () -> assertEquals(yy, hessian[1][1], "yy"));
    }

    @ParameterizedTest(name = "x = {0}")
    @ValueSource(doubles = {-3, -0.0, 0, 3})
    void squareHasCurvatureTwoAtEveryBase(double x) {
        // pow(x, 2) with a constant exponent: powBaseDy is NaN at a negative base, and the zero tangent hides it.
        double[] arguments = {x, 2, Math.pow(x, 2)};
        double rDot = Partials.chain(1, Partials.powBase(x, 2, arguments[2]));
        assertEquals(2, row("powBase").tangent(arguments, 1, 0, rDot));
    }

    @Test
    void powSecondPartialsAlongTheExponentAreNaNForANegativeBase() {
        assertEquals(Double.NaN, SecondPartials.powBaseDy(-2, 2, 4));
        assertEquals(Double.NaN, SecondPartials.powExponentDx(-2, 2, 4));
        assertEquals(Double.NaN, SecondPartials.powExponentDr(-2, 2, 4));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"atan2", "hypot", "min", "max"})
    void hessianAtTheOriginIsZero(String name) {
        assertArrayEquals(new double[][] {{0, 0}, {0, 0}}, hessianByTangents(name, 0, 0));
    }

    @ParameterizedTest(name = "partial = {0}, its tangent = {1}")
    @CsvSource({"Infinity, Infinity", "-Infinity, NaN", "NaN, 1", "3, Infinity"})
    void chainTangentIsZeroWhileEitherFactorStaysZero(double partial, double partialDot) {
        Row chain = row("chain");
        assertEquals(0, chain.tangent(new double[] {0, partial}, 0, partialDot));
        assertEquals(0, chain.tangent(new double[] {partial, 0}, partialDot, 0));
        assertEquals(0, chain.tangent(new double[] {-0.0, partial}, 0, partialDot));
    }

    @Test
    void chainTangentIsTheProductRule() {
        // d(s · p) = ṡ · p + ṗ · s = 5 · 3 + 7 · 2
        assertEquals(29, row("chain").tangent(new double[] {2, 3}, 5, 7));
    }

    @Test
    void chainTangentOfAZeroSeedMovingThroughAnInfinitePartialIsInfinite() {
        assertEquals(INF, row("chain").tangent(new double[] {0, INF}, 1, 0));
    }

    /**
     * The Hessian of a two-argument primitive at {@code (a, b)}, column by column, as forward over reverse computes
     * it: along each unit direction, the tangent of each of its two partials, with {@code ṙ = Σ chain(ȧᵢ, fᵢ)}.
     */
    private static double[][] hessianByTangents(String primitive, double a, double b) {
        List<Row> rows = BINARY_PARTIALS.get(primitive).stream().map(SecondPartialsTest::row).toList();
        double[] arguments = {a, b, invoke(Math.class, primitive, a, b)};
        double[][] hessian = new double[2][2];
        for (int j = 0; j < 2; j++) {
            double rDot = Partials.chain(1, rows.get(j).partial(arguments));
            double[] tangents = {j == 0 ? 1 : 0, j == 1 ? 1 : 0, rDot};
            for (int i = 0; i < 2; i++) {
                hessian[i][j] = rows.get(i).tangent(arguments, tangents);
            }
        }
        return hessian;
    }

    private static Map<String, Function<Random, double[]>> samplers() {
        Map<String, Function<Random, double[]>> samplers = new HashMap<>();
        PartialsTest.unaries().forEach(u -> samplers.put(u.name(), random -> {
            double x = u.domain().applyAsDouble(random);
            return new double[] {x, u.primitive().applyAsDouble(x)};
        }));
        PartialsTest.binaries().forEach(b -> {
            Function<Random, double[]> sampler = random -> {
                double first = b.firstDomain().applyAsDouble(random);
                double second = b.secondDomain().applyAsDouble(random);
                return new double[] {first, second, b.primitive().applyAsDouble(first, second)};
            };
            BINARY_PARTIALS.get(b.name()).forEach(partial -> samplers.put(partial, sampler));
        });
        samplers.put("chain", random -> new double[] {random.nextGaussian(), random.nextGaussian()});
        return samplers;
    }

    /** The derivative of a Partials formula along one argument, the others (r among them) held fixed. */
    private static double centralDifference(Row row, double[] arguments, int parameter) {
        double at = arguments[parameter];
        double h = STEP * Math.max(1, Math.abs(at));
        double[] up = arguments.clone();
        double[] down = arguments.clone();
        up[parameter] = at + h;
        down[parameter] = at - h;
        return (row.partial(up) - row.partial(down)) / (up[parameter] - down[parameter]);
    }

    private static Row row(String method) {
        return TABLE.stream().filter(row -> row.method().equals(method)).findFirst()
                .orElseThrow(() -> new AssertionError("no table row for " + method));
    }

    private static Method partialsMethod(Row row) {
        return method(Partials.class, row.method(), row.parameters().size());
    }

    private static List<Method> publicStaticMethods(Class<?> owner) {
        return Arrays.stream(owner.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
                .toList();
    }

    private static Method method(Class<?> owner, String name, int arity) {
        Class<?>[] types = new Class<?>[arity];
        Arrays.fill(types, double.class);
        try {
            return owner.getMethod(name, types);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(owner.getSimpleName() + " has no " + name + " of " + arity + " doubles", e);
        }
    }

    private static double invoke(Class<?> owner, String name, double... arguments) {
        try {
            Object[] boxed = Arrays.stream(arguments).boxed().toArray();
            return (double) method(owner, name, arguments.length).invoke(null, boxed);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(owner.getSimpleName() + "." + name, e);
        }
    }
}
