package dev.chainrule.runtime.support;

import dev.chainrule.runtime.DifferentiableFunction;


/**
 * Helpers for generated {@link DifferentiableFunction} views of methods with several array parameters, which lay
 * those arguments end to end in one flat vector: {@code double[]} parameters as they are, {@code double[][]}
 * parameters row by row (row-major), each starting at the offset where the previous one ends.
 *
 * <p>A view copies its slice of {@code x} (or of the tangent seed) into the method's own arrays with
 * {@code copyIn}, and adds the method's adjoint arrays back into its slice of {@code xBar} with {@code addOut}. An
 * offset or array that does not fit the flat vector throws {@link IndexOutOfBoundsException}; the views compute
 * their offsets from dimensions the base classes have already checked, so that is a bug in generated code.
 */
public final class Flat {

    private Flat() {
    }

    /**
     * Copies {@code into.length} entries of {@code flat}, starting at {@code offset}, into {@code into}.
     *
     * @param flat   the flat vector; read only
     * @param offset where the slice starts in {@code flat}
     * @param into   receives {@code flat[offset .. offset + into.length)}; overwritten
     */
    public static void copyIn(double[] flat, int offset, double[] into) {
        System.arraycopy(flat, offset, into, 0, into.length);
    }

    /**
     * Copies consecutive entries of {@code flat}, starting at {@code offset}, into the rows of {@code into} in
     * row-major order. Rows may differ in length; each takes as many entries as it is long.
     *
     * @param flat   the flat vector; read only
     * @param offset where the slice starts in {@code flat}
     * @param into   receives the slice, row after row; overwritten
     */
    public static void copyIn(double[] flat, int offset, double[][] into) {
        int at = offset;
        for (double[] row : into) {
            System.arraycopy(flat, at, row, 0, row.length);
            at += row.length;
        }
    }

    /**
     * Adds {@code from} into {@code flat}, starting at {@code offset}: {@code flat[offset + k] += from[k]}.
     * It adds rather than copies because an adjoint slice may receive contributions from more than one place.
     *
     * @param from   the adjoint to add; read only
     * @param flat   the flat adjoint vector; accumulated into
     * @param offset where the slice starts in {@code flat}
     */
    public static void addOut(double[] from, double[] flat, int offset) {
        for (int k = 0; k < from.length; k++) {
            flat[offset + k] += from[k];
        }
    }

    /**
     * Adds the rows of {@code from} into consecutive entries of {@code flat}, starting at {@code offset}, in
     * row-major order: the inverse layout of {@link #copyIn(double[], int, double[][])}.
     *
     * @param from   the adjoint to add, row after row; read only
     * @param flat   the flat adjoint vector; accumulated into
     * @param offset where the slice starts in {@code flat}
     */
    public static void addOut(double[][] from, double[] flat, int offset) {
        int at = offset;
        for (double[] row : from) {
            addOut(row, flat, at);
            at += row.length;
        }
    }

    /**
     * Allocates a zero-filled {@code rows × cols} matrix, for the adjoint or working copy of a matrix parameter.
     *
     * @param rows the number of rows, at least 0
     * @param cols the length of each row, at least 0
     * @return a new {@code double[rows][cols]}
     * @throws IllegalArgumentException if either count is negative
     */
    public static double[][] matrix(int rows, int cols) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows is " + rows + ", expected at least 0");
        }
        if (cols < 0) {
            throw new IllegalArgumentException("cols is " + cols + ", expected at least 0");
        }
        // Row by row: C2 compiles new double[rows][cols] with dimensions it cannot see into a call of the VM's
        // multi-array allocator, which cost a small Jacobian more than its sweeps; single arrays it allocates inline.
        double[][] matrix = new double[rows][];
        for (int r = 0; r < rows; r++) {
            matrix[r] = new double[cols];
        }
        return matrix;
    }

    /**
     * The tangents of a scalar argument in every direction, read from the flat directions of a vector forward call.
     *
     * @param directions the flat directions, one array per direction
     * @param offset     the argument's position in the flat vector
     * @return {@code directions[d][offset]} for every direction {@code d}
     */
    public static double[] tangentsIn(double[][] directions, int offset) {
        double[] tangents = new double[directions.length];
        for (int d = 0; d < directions.length; d++) {
            tangents[d] = directions[d][offset];
        }
        return tangents;
    }

    /**
     * Copies the tangents of an array argument in every direction out of the flat directions of a vector forward
     * call.
     *
     * @param directions the flat directions, one array per direction
     * @param offset     the argument's position in the flat vector
     * @param into       receives direction {@code d}'s tangent in {@code into[d]}, one array per direction
     */
    public static void tangentsIn(double[][] directions, int offset, double[][] into) {
        for (int d = 0; d < directions.length; d++) {
            copyIn(directions[d], offset, into[d]);
        }
    }

    /**
     * Copies the tangents of a matrix argument in every direction out of the flat directions of a vector forward
     * call, row by row.
     *
     * @param directions the flat directions, one array per direction
     * @param offset     the argument's position in the flat vector
     * @param into       receives direction {@code d}'s tangent in {@code into[d]}, one matrix per direction
     */
    public static void tangentsIn(double[][] directions, int offset, double[][][] into) {
        for (int d = 0; d < directions.length; d++) {
            copyIn(directions[d], offset, into[d]);
        }
    }

    /**
     * Direction {@code direction}'s tangent of a scalar argument, for generated vector forward code that works through
     * the directions in blocks: past the last direction (a block's unused lanes) the tangent is zero.
     *
     * @param tangents  the argument's tangents, one per direction
     * @param direction the direction, at least 0
     * @return {@code tangents[direction]}, or 0 when {@code direction >= tangents.length}
     */
    public static double direction(double[] tangents, int direction) {
        return direction < tangents.length ? tangents[direction] : 0;
    }

    /**
     * Direction {@code direction}'s tangent of an array argument, as {@link #direction(double[], int)} does for a
     * scalar: the caller's own array (not a copy), or, past the last direction, a new zero array as long as
     * {@code like}.
     *
     * @param tangents  the argument's tangents, one array per direction; read only
     * @param direction the direction, at least 0
     * @param like      the argument, whose length a zero tangent takes
     * @return {@code tangents[direction]}, or zeros when {@code direction >= tangents.length}
     */
    public static double[] direction(double[][] tangents, int direction, double[] like) {
        return direction < tangents.length ? tangents[direction] : new double[like.length];
    }

    /**
     * Direction {@code direction}'s tangent of a matrix argument, as {@link #direction(double[], int)} does for a
     * scalar: the caller's own matrix (not a copy), or, past the last direction, a new zero matrix shaped like
     * {@code like}.
     *
     * @param tangents  the argument's tangents, one matrix per direction; read only
     * @param direction the direction, at least 0
     * @param like      the argument, whose shape a zero tangent takes
     * @return {@code tangents[direction]}, or zeros when {@code direction >= tangents.length}
     */
    public static double[][] direction(double[][][] tangents, int direction, double[][] like) {
        return direction < tangents.length ? tangents[direction] : zerosLike(like);
    }

    /**
     * Stores direction {@code direction}'s tangent of a scalar result, unless the direction is past the last (a
     * block's unused lane, whose tangent is dropped).
     *
     * @param tangents  the result's tangents, one per direction; written
     * @param direction the direction, at least 0
     * @param tangent   the tangent to store
     */
    public static void setDirection(double[] tangents, int direction, double tangent) {
        if (direction < tangents.length) {
            tangents[direction] = tangent;
        }
    }

    /**
     * Stores direction {@code direction}'s tangent of an array result (the array itself, not a copy), unless the
     * direction is past the last, as {@link #setDirection(double[], int, double)} does.
     *
     * @param tangents  the result's tangents, one array per direction; written
     * @param direction the direction, at least 0
     * @param tangent   the tangent to store
     */
    public static void setDirection(double[][] tangents, int direction, double[] tangent) {
        if (direction < tangents.length) {
            tangents[direction] = tangent;
        }
    }

    /**
     * An array of {@code count} rows, each null until set: the tangents of an array result, one per direction, which
     * generated vector forward code fills with {@link #setDirection(double[][], int, double[])}.
     *
     * @param count the number of directions, at least 0
     * @return a new {@code double[count][]}
     */
    public static double[][] emptyRows(int count) {
        return new double[count][];
    }

    /**
     * Zero tangents of a matrix for {@code count} directions, each shaped like it (generated vector forward code
     * passes them where a called method expects the tangents of an argument that has none).
     *
     * @param count the number of directions
     * @param like  the matrix whose shape to copy, row by row
     * @return {@code count} zero matrices shaped like {@code like}
     */
    public static double[][][] zerosLike(int count, double[][] like) {
        double[][][] zeros = new double[count][][];
        for (int d = 0; d < count; d++) {
            zeros[d] = zerosLike(like);
        }
        return zeros;
    }

    /**
     * The tangents of row {@code row} of a matrix, one per direction, sharing their storage with the matrix's
     * tangents: in vector forward mode, {@code double[] r = m[i]} makes {@code r}'s tangents these rows.
     *
     * @param tangents the matrix's tangents, one matrix per direction
     * @param row      the row
     * @return {@code tangents[d][row]} for every direction {@code d}
     */
    public static double[][] rows(double[][][] tangents, int row) {
        double[][] rows = new double[tangents.length][];
        for (int d = 0; d < tangents.length; d++) {
            rows[d] = tangents[d][row];
        }
        return rows;
    }

    /**
     * A zero matrix with the shape of {@code like}, row by row (rows may differ in length): the adjoint accumulator
     * the generated {@code mGradient} allocates for a {@code double[][]} argument.
     *
     * @param like the matrix whose shape to copy
     * @return a new zero matrix of that shape
     */
    public static double[][] zerosLike(double[][] like) {
        double[][] zeros = new double[like.length][];
        for (int i = 0; i < like.length; i++) {
            zeros[i] = new double[like[i].length];
        }
        return zeros;
    }
}
