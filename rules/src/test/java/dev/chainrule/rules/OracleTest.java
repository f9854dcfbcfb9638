package dev.chainrule.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.BinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@link RuleTable}'s partials of the library functions against two independent oracles, at seeded random points
 * inside each primitive's domain: Commons Math's {@link DerivativeStructure} (agreement to rounding) and central
 * differences (agreement to their truncation error).
 */
class OracleTest {

    private static final int POINTS = 25;
    private static final double REFERENCE_TOLERANCE = 1e-12;
    private static final double NUMERIC_TOLERANCE = 1e-6;
    private static final double STEP = Math.cbrt(Math.ulp(1.0));

    /** A one-argument primitive, its Commons Math counterpart and where to sample it. */
    record Unary(Primitive op, UnaryOperator<DerivativeStructure> reference, ToDoubleFunction<Random> domain) {

        double primitive(double x) {
            return op.value(false, x);
        }

        double partial(double x) {
            return Evaluation.partial(op, 0, x);
        }

        @Override
        public String toString() {
            return op.mathName();
        }
    }

    /** A two-argument primitive, its Commons Math counterpart and where to sample each argument. */
    record Binary(Primitive op, BinaryOperator<DerivativeStructure> reference, ToDoubleFunction<Random> firstDomain,
                  ToDoubleFunction<Random> secondDomain) {

        double primitive(double a, double b) {
            return op.value(false, a, b);
        }

        double partial(int argument, double a, double b) {
            return Evaluation.partial(op, argument, a, b);
        }

        @Override
        public String toString() {
            return op.mathName();
        }
    }

    static Stream<Unary> unaries() {
        return Stream.of(
                new Unary(Primitive.SIN, DerivativeStructure::sin, uniform(-10, 10)),
                new Unary(Primitive.COS, DerivativeStructure::cos, uniform(-10, 10)),
                new Unary(Primitive.TAN, DerivativeStructure::tan, uniform(-1.4, 1.4)),
                new Unary(Primitive.ASIN, DerivativeStructure::asin, uniform(-0.95, 0.95)),
                new Unary(Primitive.ACOS, DerivativeStructure::acos, uniform(-0.95, 0.95)),
                new Unary(Primitive.ATAN, DerivativeStructure::atan, uniform(-10, 10)),
                new Unary(Primitive.SINH, DerivativeStructure::sinh, uniform(-5, 5)),
                new Unary(Primitive.COSH, DerivativeStructure::cosh, uniform(-5, 5)),
                new Unary(Primitive.TANH, DerivativeStructure::tanh, uniform(-5, 5)),
                new Unary(Primitive.EXP, DerivativeStructure::exp, uniform(-5, 5)),
                new Unary(Primitive.EXPM1, DerivativeStructure::expm1, uniform(-5, 5)),
                new Unary(Primitive.LOG, DerivativeStructure::log, uniform(0.05, 20)),
                new Unary(Primitive.LOG10, DerivativeStructure::log10, uniform(0.05, 20)),
                new Unary(Primitive.LOG1P, DerivativeStructure::log1p, uniform(-0.95, 20)),
                new Unary(Primitive.SQRT, DerivativeStructure::sqrt, uniform(0.05, 20)),
                new Unary(Primitive.CBRT, DerivativeStructure::cbrt, eitherSign(0.05, 20)),
                new Unary(Primitive.ABS, DerivativeStructure::abs, eitherSign(0.05, 20)));
    }

    static Stream<Binary> binaries() {
        return Stream.of(
                new Binary(Primitive.ATAN2, (y, x) -> DerivativeStructure.atan2(y, x),
                        uniform(-5, 5), eitherSign(0.1, 5)),
                new Binary(Primitive.POW, (x, y) -> x.pow(y),
                        uniform(0.1, 5), uniform(-3, 3)),
                new Binary(Primitive.HYPOT, (x, y) -> DerivativeStructure.hypot(x, y),
                        eitherSign(0.1, 5), eitherSign(0.1, 5)),
                // Commons Math has no min or max: the reference selects the argument, with its own partials.
                new Binary(Primitive.MIN, (a, b) -> a.getValue() < b.getValue() ? a : b, uniform(-5, 5),
                        uniform(-5, 5)),
                new Binary(Primitive.MAX, (a, b) -> a.getValue() > b.getValue() ? a : b, uniform(-5, 5),
                        uniform(-5, 5)),
                new Binary(Primitive.COPY_SIGN, DerivativeStructure::copySign, eitherSign(0.1, 5),
                        eitherSign(0.1, 5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unaries")
    void unaryMatchesCommonsMath(Unary u) {
        Random random = new Random(20240611L);
        for (int k = 0; k < POINTS; k++) {
            double x = u.domain().applyAsDouble(random);
            double expected = u.reference().apply(new DerivativeStructure(1, 1, 0, x)).getPartialDerivative(1);
            double actual = u.partial(x);
            assertEquals(expected, actual, REFERENCE_TOLERANCE * Math.max(1, Math.abs(expected)), () -> u + " at " + x);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unaries")
    void unaryMatchesCentralDifferences(Unary u) {
        Random random = new Random(20240612L);
        for (int k = 0; k < POINTS; k++) {
            double x = u.domain().applyAsDouble(random);
            double numeric = centralDifference(u::primitive, x);
            double actual = u.partial(x);
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
            String where = b + " at (" + first + ", " + second + ")";
            assertClose(result.getPartialDerivative(1, 0), b.partial(0, first, second), REFERENCE_TOLERANCE,
                    where + ", first argument");
            assertClose(result.getPartialDerivative(0, 1), b.partial(1, first, second), REFERENCE_TOLERANCE,
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
            String where = b + " at (" + first + ", " + second + ")";
            assertClose(centralDifference(a -> b.primitive(a, second), first),
                    b.partial(0, first, second), NUMERIC_TOLERANCE, where + ", first argument");
            assertClose(centralDifference(a -> b.primitive(first, a), second),
                    b.partial(1, first, second), NUMERIC_TOLERANCE, where + ", second argument");
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
