package dev.chainrule.runtime.support;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The matrix and adjoint-against-primal checks of {@link Checks}. */
class ChecksShapeTest {

    @Test
    void shapeAcceptsTheExpectedShape() {
        assertDoesNotThrow(() -> Checks.shape("A", new double[2][3], 2, 3));
        assertDoesNotThrow(() -> Checks.shape("A", new double[0][], 0, 3));
    }

    @Test
    void shapeNamesAMissingMatrixOrRow() {
        assertEquals("A is null",
                assertThrows(NullPointerException.class, () -> Checks.shape("A", null, 2, 3)).getMessage());
        assertEquals("A[1] is null", assertThrows(NullPointerException.class,
                () -> Checks.shape("A", new double[][] {new double[3], null}, 2, 3)).getMessage());
    }

    @Test
    void shapeNamesTheRowCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.shape("A", new double[2][3], 3, 3));
        assertEquals("A has 2 rows, expected 3", e.getMessage());
    }

    @Test
    void shapeNamesTheRowOfTheWrongLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.shape("A", new double[][] {new double[3], new double[4]}, 2, 3));
        assertEquals("A[1] has length 4, expected 3", e.getMessage());
    }

    @Test
    void sameShapeOfArrays() {
        assertDoesNotThrow(() -> Checks.sameShape("xBar", new double[3], new double[3], "x"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.sameShape("xBar", new double[2], new double[3], "x"));
        assertEquals("xBar has length 2, but x has length 3", e.getMessage());
        assertEquals("xBar is null", assertThrows(NullPointerException.class,
                () -> Checks.sameShape("xBar", (double[]) null, new double[3], "x")).getMessage());
        assertEquals("x is null", assertThrows(NullPointerException.class,
                () -> Checks.sameShape("xBar", new double[3], (double[]) null, "x")).getMessage());
    }

    @Test
    void sameShapeOfMatricesFollowsAJaggedPrimal() {
        double[][] a = {new double[1], new double[3]};
        assertDoesNotThrow(() -> Checks.sameShape("ABar", new double[][] {new double[1], new double[3]}, a, "A"));
    }

    @Test
    void sameShapeOfMatricesNamesTheRowCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.sameShape("ABar", new double[2][2], new double[3][2], "A"));
        assertEquals("ABar has 2 rows, but A has 3", e.getMessage());
    }

    @Test
    void sameShapeOfMatricesNamesTheRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.sameShape("ABar", new double[][] {new double[3], new double[2]}, new double[2][3], "A"));
        assertEquals("ABar[1] has length 2, but A[1] has length 3", e.getMessage());
    }

    @Test
    void sameShapeOfMatricesNamesAMissingMatrixOrRow() {
        assertEquals("ABar is null", assertThrows(NullPointerException.class,
                () -> Checks.sameShape("ABar", (double[][]) null, new double[1][1], "A")).getMessage());
        assertEquals("A is null", assertThrows(NullPointerException.class,
                () -> Checks.sameShape("ABar", new double[1][1], (double[][]) null, "A")).getMessage());
        assertEquals("ABar[0] is null", assertThrows(NullPointerException.class,
                () -> Checks.sameShape("ABar", new double[][] {null}, new double[1][1], "A")).getMessage());
        assertEquals("A[0] is null", assertThrows(NullPointerException.class,
                () -> Checks.sameShape("ABar", new double[1][1], new double[][] {null}, "A")).getMessage());
    }
}
