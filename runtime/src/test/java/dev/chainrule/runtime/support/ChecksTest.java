package dev.chainrule.runtime.support;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void lengthAcceptsTheExpectedLength() {
        assertDoesNotThrow(() -> Checks.length("x", new double[2], 2));
    }

    @Test
    void lengthNamesArrayActualAndExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.length("x", new double[3], 2));
        assertEquals("x has length 3, expected 2", e.getMessage());
    }

    @Test
    void lengthNamesAMissingArray() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Checks.length("xBar", null, 2));
        assertEquals("xBar is null", e.getMessage());
    }

    @Test
    void finiteSeedNamesTheFirstBadIndexAndItsValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.finiteSeed("v", new double[] {1, 2, Double.NEGATIVE_INFINITY, Double.NaN}));
        assertEquals("v[2] is -Infinity, but every entry of a seed must be finite", e.getMessage());
    }

    @Test
    void finiteSeedAcceptsFiniteEntries() {
        assertDoesNotThrow(() -> Checks.finiteSeed("w", new double[] {0, -1e308, Double.MIN_VALUE}));
    }

    @Test
    void distinctRejectsTheSameArray() {
        double[] x = new double[2];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.distinct("xBar", x, "x", x));
        assertEquals("xBar must not be the same array as x", e.getMessage());
        assertDoesNotThrow(() -> Checks.distinct("xBar", new double[2], "x", x));
    }
}
