package dev.chainrule.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The values {@link Partials} documents at points where the derivative does not exist: kinks get the mean of the
 * one-sided derivatives, vertical tangents the one-sided infinity, and a zero seed always contributes 0.
 */
class PartialsPolicyTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @ParameterizedTest(name = "x = {0}")
    @ValueSource(doubles = {0.0, -0.0})
    void verticalTangentsAtZeroArePositiveInfinity(double zero) {
        assertEquals(INF, Partials.sqrt(zero, Math.sqrt(zero)));
        assertEquals(INF, Partials.cbrt(zero, Math.cbrt(zero)));
        assertEquals(INF, Partials.log(zero, Math.log(zero)));
        assertEquals(INF, Partials.log10(zero, Math.log10(zero)));
    }

    @Test
    void verticalTangentsAtDomainEdges() {
        assertEquals(INF, Partials.log1p(-1, Math.log1p(-1)));
        assertEquals(INF, Partials.asin(1, Math.asin(1)));
        assertEquals(INF, Partials.asin(-1, Math.asin(-1)));
        assertEquals(-INF, Partials.acos(1, Math.acos(1)));
    }

    @ParameterizedTest(name = "d/dx pow(x, {0}) at 0 = {1}")
    @CsvSource({"0, 0", "0.5, Infinity", "1, 1", "2, 0", "3, 0"})
    void powBaseAtZero(double y, double expected) {
        assertEquals(expected, Partials.powBase(0, y, Math.pow(0, y)));
    }

    @Test
    void powBaseFastPathsAgreeWithTheGeneralFormula() {
        assertEquals(6, Partials.powBase(3, 2, 9));
        assertEquals(1, Partials.powBase(3, 1, 3));
        assertEquals(0, Partials.powBase(3, 0, 1));
        assertEquals(-8, Partials.powBase(-4, 2, 16));
    }

    @ParameterizedTest(name = "y = {0}")
    @ValueSource(doubles = {-1, 0, 0.5, 1, 2})
    void powExponentIsZeroAtZeroBase(double y) {
        assertEquals(0, Partials.powExponent(0, y, Math.pow(0, y)));
    }

    @Test
    void powExponentIsNaNForNegativeBase() {
        assertEquals(Double.NaN, Partials.powExponent(-2, 2, Math.pow(-2, 2)));
        assertEquals(Double.NaN, Partials.powExponent(-2, 0.5, Math.pow(-2, 0.5)));
    }

    @ParameterizedTest(name = "x = {0}")
    @ValueSource(doubles = {0.0, -0.0})
    void absHasZeroSlopeAtZero(double zero) {
        assertEquals(0, Partials.abs(zero, Math.abs(zero)));
    }

    @Test
    void minAndMaxSplitATieEvenly() {
        assertEquals(0.5, Partials.minFirst(2, 2, 2));
        assertEquals(0.5, Partials.minSecond(2, 2, 2));
        assertEquals(0.5, Partials.maxFirst(2, 2, 2));
        assertEquals(0.5, Partials.maxSecond(2, 2, 2));
        assertEquals(0.5, Partials.maxFirst(-0.0, 0.0, 0.0));
    }

    @Test
    void minAndMaxPassTheDerivativeToTheChosenArgument() {
        assertEquals(1, Partials.minFirst(1, 2, 1));
        assertEquals(0, Partials.minSecond(1, 2, 1));
        assertEquals(0, Partials.maxFirst(1, 2, 2));
        assertEquals(1, Partials.maxSecond(1, 2, 2));
    }

    @Test
    void minAndMaxOfNaNHaveNaNSlope() {
        assertEquals(Double.NaN, Partials.minFirst(Double.NaN, 1, Double.NaN));
        assertEquals(Double.NaN, Partials.maxSecond(1, Double.NaN, Double.NaN));
    }

    @Test
    void atan2AndHypotHaveZeroSlopeAtTheOrigin() {
        assertEquals(0, Partials.atan2Y(0, 0, Math.atan2(0, 0)));
        assertEquals(0, Partials.atan2X(0, 0, Math.atan2(0, 0)));
        assertEquals(0, Partials.hypotX(0, 0, Math.hypot(0, 0)));
        assertEquals(0, Partials.hypotY(0, 0, Math.hypot(0, 0)));
    }

    @ParameterizedTest(name = "partial = {0}")
    @ValueSource(doubles = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN})
    void chainHasAStrongZero(double partial) {
        assertEquals(0, Partials.chain(0, partial));
        assertEquals(0, Partials.chain(-0.0, partial));
        assertEquals(0, Partials.chain(partial, 0));
        assertEquals(0, Partials.chain(partial, -0.0));
    }

    @Test
    void chainMultipliesANonZeroSeed() {
        assertEquals(6, Partials.chain(2, 3));
        assertEquals(INF, Partials.chain(1e-300, INF));
    }

    @Test
    void strongZeroKeepsSqrtAtZeroFromPoisoningAGradient() {
        // d/dx0 of x0 + sqrt(x1) at (3, 0) along v = (1, 0): the sqrt branch carries a zero tangent.
        double tangent = 1 + Partials.chain(0, Partials.sqrt(0, Math.sqrt(0)));
        assertEquals(1, tangent);
    }
}
