package dev.chainrule.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.BinaryOperator;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@link Partials} formula against two independent oracles, at seeded random points inside each primitive's
 * domain: Commons Math's {@link DerivativeStructure} (agreement to rounding) and central differences (agreement to
 * their truncation error).
 */
class PartialsTest {

    private static final int POINTS = 25;
    private static final double REFERENCE_TOLERANCE = 1e-12;
    private static final double NUMERIC_TOLERANCE = 1e-6;
    private static final double STEP = Math.cbrt(Math.ulp(1.0));

    /** A two-argument partial, shaped like {@code Partials.atan2Y(y, x, r)}. */
    @FunctionalInterface
    interface BinaryPartial {
        double at(double a, double b, double r);
    }

    /** A one-argument primitive, its partial, its Commons Math counterpart and where to sample it. */
    record Unary(String name, DoubleUnaryOperator primitive, DoubleBinaryOperator partial,
                 UnaryOperator<DerivativeStructure> reference, ToDoubleFunction<Random> domain) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A two-argument primitive, both partials, its Commons Math counterpart and where to sample each argument. */
    record Binary(String name, DoubleBinaryOperator primitive, BinaryPartial first, BinaryPartial second,
                  BinaryOperator<DerivativeStructure> reference, ToDoubleFunction<Random> firstDomain,
                  ToDoubleFunction<Random> secondDomain) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Unary> unaries() {
        return Stream.of(
                new Unary("sin", Math::sin, Partials::sin, DerivativeStructure::sin, uniform(-10, 10)),
                new Unary("cos", Math::cos, Partials::cos, DerivativeStructure::cos, uniform(-10, 10)),
                new Unary("tan", Math::tan, Partials::tan, DerivativeStructure::tan, uniform(-1.4, 1.4)),
                new Unary("asin", Math::asin, Partials::asin, DerivativeStructure::asin, uniform(-0.95, 0.95)),
                new Unary("acos", Math::acos, Partials::acos, DerivativeStructure::acos, uniform(-0.95, 0.95)),
                new Unary("atan", Math::atan, Partials::atan, DerivativeStructure::atan, uniform(-10, 10)),
                new Unary("sinh", Math::sinh, Partials::sinh, DerivativeStructure::sinh, uniform(-5, 5)),
                new Unary("cosh", Math::cosh, Partials::cosh, DerivativeStructure::cosh, uniform(-5, 5)),
                new Unary("tanh", Math::tanh, Partials::tanh, DerivativeStructure::tanh, uniform(-5, 5)),
                new Unary("exp", Math::exp, Partials::exp, DerivativeStructure::exp, uniform(-5, 5)),
                new Unary("expm1", Math::expm1, Partials::expm1, DerivativeStructure::expm1, uniform(-5, 5)),
                new Unary("log", Math::log, Partials::log, DerivativeStructure::log, uniform(0.05, 20)),
                new Unary("log10", Math::log10, Partials::log10, DerivativeStructure::log10, uniform(0.05, 20)),
                new Unary("log1p", Math::log1p, Partials::log1p, DerivativeStructure::log1p, uniform(-0.95, 20)),
                new Unary("sqrt", Math::sqrt, Partials::sqrt, DerivativeStructure::sqrt, uniform(0.05, 20)),
                new Unary("cbrt", Math::cbrt, Partials::cbrt, DerivativeStructure::cbrt, eitherSign(0.05, 20)),
                new Unary("abs", Math::abs, Partials::abs, DerivativeStructure::abs, eitherSign(0.05, 20)));
    }

    static Stream<Binary> binaries() {
        return Stream.of(
                new Binary("atan2", Math::atan2, Partials::atan2Y, Partials::atan2X,
                        (y, x) -> DerivativeStructure.atan2(y, x),
                        uniform(-5, 5), eitherSign(0.1, 5)),
                new Binary("pow", Math::pow, Partials::powBase, Partials::powExponent, (x, y) -> x.pow(y),
                        uniform(0.1, 5), uniform(-3, 3)),
                new Binary("hypot", Math::hypot, Partials::hypotX, Partials::hypotY,
                        (x, y) -> DerivativeStructure.hypot(x, y),
                        eitherSign(0.1, 5), eitherSign(0.1, 5)),
                // Commons Math has no min or max: the reference selects the argument, with its own partials.
                new Binary("min", Math::min, Partials::minFirst, Partials::minSecond,
                        (a, b) -> a.getValue() < b.getValue() ? a : b, uniform(-5, 5), uniform(-5, 5)),
                new Binary("max", Math::max, Partials::maxFirst, Partials::maxSecond,
                        (a, b) -> a.getValue() > b.getValue() ? a : b, uniform(-5, 5), uniform(-5, 5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unaries")
    void unaryMatchesCommonsMath(Unary u) {
        Random random = new Random(20240611L);
        for (int k = 0; k < POINTS; k++) {
            double x = u.domain().applyAsDouble(random);
            double expected = u.reference().apply(new DerivativeStructure(1, 1, 0, x)).getPartialDerivative(1);
            double actual = u.partial().applyAsDouble(x, u.primitive().applyAsDouble(x));
            assertEquals(expected, actual, REFERENCE_TOLERANCE * Math.max(1, Math.abs(expected)), () -> u + " at " + x);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unaries")
    void unaryMatchesCentralDifferences(Unary u) {
        Random random = new Random(20240612L);
        for (int k = 0; k < POINTS; k++) {
            double x = u.domain().applyAsDouble(random);
            double numeric = centralDifference(u.primitive(), x);
            double actual = u.partial().applyAsDouble(x, u.primitive().applyAsDouble(x));
            assertEquals(numeric, actual, NUMERIC_TOLERANCE * Math.max(1, Math.abs(numeric)), () -> u + " at " + x);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaries")
    void binaryMatchesCommonsMath(Binary b) {
        Random random = new Random(20240613L);
        for (int k = 0; k < POINTS; k++) {
            double first = b.firstDomain().applyAsDouble(random);
            double second = b.secondDomain().applyAsDouble(random);
            DerivativeStructure result = b.reference().apply(
                    new DerivativeStructure(2, 1, 0, first), new DerivativeStructure(2, 1, 1, second));
            double r = b.primitive().applyAsDouble(first, second);
            String where = b + " at (" + first + ", " + second + ")";
            assertClose(result.getPartialDerivative(1, 0), b.first().at(first, second, r), REFERENCE_TOLERANCE,
                    where + ", first argument");
            assertClose(result.getPartialDerivative(0, 1), b.second().at(first, second, r), REFERENCE_TOLERANCE,
                    where + ", second argument");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaries")
    void binaryMatchesCentralDifferences(Binary b) {
        Random random = new Random(20240614L);
        for (int k = 0; k < POINTS; k++) {
            double first = b.firstDomain().applyAsDouble(random);
            double second = b.secondDomain().applyAsDouble(random);
            double r = b.primitive().applyAsDouble(first, second);
            String where = b + " at (" + first + ", " + second + ")";
            assertClose(centralDifference(a -> b.primitive().applyAsDouble(a, second), first),
                    b.first().at(first, second, r), NUMERIC_TOLERANCE, where + ", first argument");
            assertClose(centralDifference(a -> b.primitive().applyAsDouble(first, a), second),
                    b.second().at(first, second, r), NUMERIC_TOLERANCE, where + ", second argument");
        }
    }

    private static void assertClose(double expected, double actual, double tolerance, String where) {
        assertEquals(expected, actual, tolerance * Math.max(1, Math.abs(expected)), where);
    }

    private static double centralDifference(DoubleUnaryOperator f, double x) {
        double h = STEP * Math.max(1, Math.abs(x));
        double up = x + h;
        double down = x - h;
        return (f.applyAsDouble(up) - f.applyAsDouble(down)) / (up - down);
    }

    private static ToDoubleFunction<Random> uniform(double low, double high) {
        return random -> low + (high - low) * random.nextDouble();
    }

    /** Magnitudes in {@code [low, high]} with a random sign: both branches, away from the kink or pole at 0. */
    private static ToDoubleFunction<Random> eitherSign(double low, double high) {
        ToDoubleFunction<Random> magnitude = uniform(low, high);
        return random -> (random.nextBoolean() ? 1 : -1) * magnitude.applyAsDouble(random);
    }
}
