package dev.chainrule.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The values the {@link RuleTable}'s policy gives at points where the derivative does not exist: kinks get the mean of
 * the one-sided derivatives, vertical tangents the one-sided infinity, and a zero seed always contributes 0.
 */
class PolicyTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    private static double partial(Primitive primitive, int argument, double... args) {
        return Evaluation.partial(primitive, argument, args);
    }

    private static double strong(double seed, double partial) {
        return Primitive.STRONG_PRODUCT.value(false, seed, partial);
    }

    @ParameterizedTest(name = "x = {0}")
    @ValueSource(doubles = {0.0, -0.0})
    void verticalTangentsAtZeroArePositiveInfinity(double zero) {
        assertEquals(INF, partial(Primitive.SQRT, 0, zero));
        assertEquals(INF, partial(Primitive.CBRT, 0, zero));
        assertEquals(INF, partial(Primitive.LOG, 0, zero));
        assertEquals(INF, partial(Primitive.LOG10, 0, zero));
    }

    @Test
    void verticalTangentsAtDomainEdges() {
        assertEquals(INF, partial(Primitive.LOG1P, 0, -1));
        assertEquals(INF, partial(Primitive.ASIN, 0, 1));
        assertEquals(INF, partial(Primitive.ASIN, 0, -1));
        assertEquals(-INF, partial(Primitive.ACOS, 0, 1));
    }

    @ParameterizedTest(name = "d/dx pow(x, {0}) at 0 = {1}")
    @CsvSource({"0, 0", "0.5, Infinity", "1, 1", "2, 0", "3, 0"})
    void powBaseAtZero(double y, double expected) {
        assertEquals(expected, partial(Primitive.POW, 0, 0, y));
    }

    @Test
    void powBaseFastPathsAgreeWithTheGeneralFormula() {
        assertEquals(6, partial(Primitive.POW, 0, 3, 2));
        assertEquals(1, partial(Primitive.POW, 0, 3, 1));
        assertEquals(0, partial(Primitive.POW, 0, 3, 0));
        assertEquals(-8, partial(Primitive.POW, 0, -4, 2));
    }

    @ParameterizedTest(name = "y = {0}")
    @ValueSource(doubles = {-1, 0, 0.5, 1, 2})
    void powExponentIsZeroAtZeroBase(double y) {
        assertEquals(0, partial(Primitive.POW, 1, 0, y));
    }

    @Test
    void powExponentIsNaNForNegativeBase() {
        assertEquals(Double.NaN, partial(Primitive.POW, 1, -2, 2));
        assertEquals(Double.NaN, partial(Primitive.POW, 1, -2, 0.5));
    }

    @ParameterizedTest(name = "x = {0}")
    @ValueSource(doubles = {0.0, -0.0})
    void absHasZeroSlopeAtZero(double zero) {
        assertEquals(0, partial(Primitive.ABS, 0, zero));
    }

    @Test
    void minAndMaxSplitATieEvenly() {
        assertEquals(0.5, partial(Primitive.MIN, 0, 2, 2));
        assertEquals(0.5, partial(Primitive.MIN, 1, 2, 2));
        assertEquals(0.5, partial(Primitive.MAX, 0, 2, 2));
        assertEquals(0.5, partial(Primitive.MAX, 1, 2, 2));
        assertEquals(0.5, partial(Primitive.MAX, 0, -0.0, 0.0));
    }

    @Test
    void minAndMaxPassTheDerivativeToTheChosenArgument() {
        assertEquals(1, partial(Primitive.MIN, 0, 1, 2));
        assertEquals(0, partial(Primitive.MIN, 1, 1, 2));
        assertEquals(0, partial(Primitive.MAX, 0, 1, 2));
        assertEquals(1, partial(Primitive.MAX, 1, 1, 2));
    }

    @Test
    void minAndMaxOfNaNHaveNaNSlope() {
        assertEquals(Double.NaN, partial(Primitive.MIN, 0, Double.NaN, 1));
        assertEquals(Double.NaN, partial(Primitive.MAX, 1, 1, Double.NaN));
    }

    @Test
    void atan2AndHypotHaveZeroSlopeAtTheOrigin() {
        assertEquals(0, partial(Primitive.ATAN2, 0, 0, 0));
        assertEquals(0, partial(Primitive.ATAN2, 1, 0, 0));
        assertEquals(0, partial(Primitive.HYPOT, 0, 0, 0));
        assertEquals(0, partial(Primitive.HYPOT, 1, 0, 0));
    }

    @ParameterizedTest(name = "partial = {0}")
    @ValueSource(doubles = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN})
    void strongProductHasAStrongZero(double partial) {
        assertEquals(0, strong(0, partial));
        assertEquals(0, strong(-0.0, partial));
        assertEquals(0, strong(partial, 0));
        assertEquals(0, strong(partial, -0.0));
    }

    @Test
    void strongProductMultipliesANonZeroSeed() {
        assertEquals(6, strong(2, 3));
        assertEquals(INF, strong(1e-300, INF));
    }

    @Test
    void strongZeroKeepsSqrtAtZeroFromPoisoningAGradient() {
        // d/dx0 of x0 + sqrt(x1) at (3, 0) along v = (1, 0): the sqrt branch carries a zero tangent.
        double tangent = 1 + strong(0, partial(Primitive.SQRT, 0, 0));
        assertEquals(1, tangent);
    }
}
