package dev.chainrule.runtime.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FlatTest {

    private static final double[] FLAT = {0, 1, 2, 3, 4, 5, 6, 7, 8};

    @Test
    void copyInTakesTheSliceAtTheOffset() {
        double[] into = {-1, -1, -1};
        Flat.copyIn(FLAT, 2, into);
        assertArrayEquals(new double[] {2, 3, 4}, into);
        Flat.copyIn(FLAT, 9, new double[0]);
    }

    @Test
    void copyInFillsAMatrixRowMajor() {
        double[][] into = Flat.matrix(2, 3);
        Flat.copyIn(FLAT, 1, into);
        assertArrayEquals(new double[] {1, 2, 3}, into[0]);
        assertArrayEquals(new double[] {4, 5, 6}, into[1]);
    }

    @Test
    void copyInFillsAJaggedMatrixRowByRow() {
        double[][] into = {new double[1], new double[0], new double[3]};
        Flat.copyIn(FLAT, 5, into);
        assertArrayEquals(new double[] {5}, into[0]);
        assertArrayEquals(new double[] {6, 7, 8}, into[2]);
    }

    @Test
    void copyInRejectsASliceThatDoesNotFit() {
        assertThrows(IndexOutOfBoundsException.class, () -> Flat.copyIn(FLAT, 7, new double[3]));
        assertThrows(IndexOutOfBoundsException.class, () -> Flat.copyIn(FLAT, 4, Flat.matrix(2, 3)));
    }

    @Test
    void addOutAccumulatesIntoTheSlice() {
        double[] flat = {1, 1, 1, 1, 1};
        Flat.addOut(new double[] {10, 20}, flat, 2);
        Flat.addOut(new double[] {100}, flat, 3);
        assertArrayEquals(new double[] {1, 1, 11, 121, 1}, flat);
    }

    @Test
    void addOutAccumulatesAMatrixRowMajor() {
        double[] flat = new double[8];
        flat[7] = 0.5;
        Flat.addOut(new double[][] {{1, 2, 3}, {4, 5, 6}}, flat, 1);
        Flat.addOut(new double[][] {{0.25}, {}}, flat, 7);
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5, 6, 0.75}, flat);
    }

    @Test
    void addOutIsTheAdjointOfCopyIn() {
        // <copyIn(u), A> = <u, addOut(A)>: the pair is a linear map and its transpose, as a view's sweeps need.
        double[] u = {0.3, -1.2, 2.5, 0.7, 1.1, -0.4, 2.2};
        double[][] a = {{1.5, -2}, {0.25, 3}};
        double[][] copied = Flat.matrix(2, 2);
        Flat.copyIn(u, 2, copied);
        double[] added = new double[u.length];
        Flat.addOut(a, added, 2);
        double left = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                left += copied[i][j] * a[i][j];
            }
        }
        double right = 0;
        for (int k = 0; k < u.length; k++) {
            right += u[k] * added[k];
        }
        assertEquals(left, right, 1e-15);
    }

    @Test
    void addOutRejectsASliceThatDoesNotFit() {
        assertThrows(IndexOutOfBoundsException.class, () -> Flat.addOut(new double[2], new double[3], 2));
        assertThrows(IndexOutOfBoundsException.class, () -> Flat.addOut(Flat.matrix(2, 2), new double[3], 0));
    }

    @Test
    void matrixIsZeroFilledAndRectangular() {
        double[][] m = Flat.matrix(3, 2);
        assertEquals(3, m.length);
        for (double[] row : m) {
            assertArrayEquals(new double[2], row);
        }
        assertEquals(0, Flat.matrix(0, 5).length);
        assertEquals(0, Flat.matrix(2, 0)[1].length);
    }

    @Test
    void matrixRejectsNegativeCounts() {
        assertEquals("rows is -1, expected at least 0",
                assertThrows(IllegalArgumentException.class, () -> Flat.matrix(-1, 2)).getMessage());
        assertEquals("cols is -2, expected at least 0",
                assertThrows(IllegalArgumentException.class, () -> Flat.matrix(1, -2)).getMessage());
    }

    @Test
    void directionIsTheCallersTangentThenZerosPastTheLast() {
        assertEquals(2.5, Flat.direction(new double[] {1, 2.5}, 1));
        assertEquals(0, Flat.direction(new double[] {1, 2.5}, 2));
        double[][] rows = {{1, 2}, {3, 4}};
        assertSame(rows[1], Flat.direction(rows, 1, new double[2]));
        assertArrayEquals(new double[3], Flat.direction(rows, 3, new double[3]));
        double[][][] matrices = {{{1}, {2, 3}}};
        assertSame(matrices[0], Flat.direction(matrices, 0, new double[][] {{0}, {0, 0}}));
        double[][] zeros = Flat.direction(matrices, 1, new double[][] {{7}, {7, 7}});
        assertArrayEquals(new double[1], zeros[0]);
        assertArrayEquals(new double[2], zeros[1]);
    }

    @Test
    void setDirectionStoresUpToTheLastAndDropsTheRest() {
        double[] tangents = new double[2];
        Flat.setDirection(tangents, 1, 4.5);
        Flat.setDirection(tangents, 2, 9);
        assertArrayEquals(new double[] {0, 4.5}, tangents);
        double[][] rows = Flat.emptyRows(2);
        assertNull(rows[0]);
        double[] row = {1};
        Flat.setDirection(rows, 0, row);
        Flat.setDirection(rows, 3, new double[1]);
        assertSame(row, rows[0]);
        assertNull(rows[1]);
    }
}
