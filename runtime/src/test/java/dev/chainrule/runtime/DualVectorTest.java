package dev.chainrule.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DualVectorTest {

    @Test
    void holdsTheArraysItIsGivenWithoutCopying() {
        double[] value = {1, 2};
        double[] tangent = {3, 4};
        DualVector d = new DualVector(value, tangent);
        assertSame(value, d.value());
        assertSame(tangent, d.tangent());
    }

    @Test
    void comparesAndHashesContentsNotReferences() {
        DualVector a = new DualVector(new double[] {1, Double.NaN}, new double[] {0, 2});
        DualVector b = new DualVector(new double[] {1, Double.NaN}, new double[] {0, 2});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new DualVector(new double[] {1, Double.NaN}, new double[] {-0.0, 2}));
        assertNotEquals(a, new DualVector(new double[] {0, 2}, new double[] {1, Double.NaN}));
        assertNotEquals(a, new Dual(1, 0));
        assertNotEquals(null, a);
    }

    @Test
    void printsContents() {
        assertEquals("DualVector[value=[1.0, 2.0], tangent=[0.5, 0.0]]",
                new DualVector(new double[] {1, 2}, new double[] {0.5, 0}).toString());
    }

    @Test
    void acceptsEmptyArrays() {
        assertEquals(new DualVector(new double[0], new double[0]), new DualVector(new double[0], new double[0]));
    }

    @Test
    void rejectsArraysOfDifferentLengthsNamingBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DualVector(new double[3], new double[2]));
        assertEquals("value has length 3, but tangent has length 2", e.getMessage());
    }

    @Test
    void rejectsAMissingArrayByName() {
        assertEquals("value is null",
                assertThrows(NullPointerException.class, () -> new DualVector(null, new double[1])).getMessage());
        assertEquals("tangent is null",
                assertThrows(NullPointerException.class, () -> new DualVector(new double[1], null)).getMessage());
    }
}
