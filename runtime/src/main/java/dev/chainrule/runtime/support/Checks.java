package dev.chainrule.runtime.support;


/**
 * Argument checks shared by {@link ScalarFunction}, {@link VectorFunction}, the drivers and generated reverse code,
 * so that every entry point reports a bad array with the same words.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Checks that an array is present and has the expected length.
     *
     * @param name     the parameter's name, used in the message
     * @param array    the array to check
     * @param expected the length it must have
     * @throws NullPointerException     if {@code array} is {@code null} ("x is null")
     * @throws IllegalArgumentException if its length differs ("x has length 3, expected 2")
     */
    public static void length(String name, double[] array, int expected) {
        requirePresent(name, array);
        if (array.length != expected) {
            throw new IllegalArgumentException(name + " has length " + array.length + ", expected " + expected);
        }
    }

    /**
     * Checks that every entry of a tangent or cotangent seed is finite. A non-finite seed would turn the
     * {@linkplain Partials#chain strong zero} into NaN and poison every derivative it reaches, so it is refused at
     * the door rather than diagnosed later.
     *
     * @param name the parameter's name, used in the message
     * @param seed the seed to check
     * @throws NullPointerException     if {@code seed} is {@code null}
     * @throws IllegalArgumentException naming the first offending index and its value ("v[1] is NaN, ...")
     */
    public static void finiteSeed(String name, double[] seed) {
        requirePresent(name, seed);
        for (int i = 0; i < seed.length; i++) {
            if (!Double.isFinite(seed[i])) {
                throw new IllegalArgumentException(
                        name + "[" + i + "] is " + seed[i] + ", but every entry of a seed must be finite");
            }
        }
    }

    /**
     * Checks that an output array is not the input array, since writing the output would then destroy the input
     * before it is read.
     *
     * @param outputName the output parameter's name, used in the message
     * @param output     the array the method writes
     * @param inputName  the input parameter's name, used in the message
     * @param input      the array the method reads
     * @throws IllegalArgumentException if both are the same array
     */
    public static void distinct(String outputName, double[] output, String inputName, double[] input) {
        if (output == input) {
            throw new IllegalArgumentException(outputName + " must not be the same array as " + inputName);
        }
    }

    /**
     * Checks that a matrix is present and has {@code rows} rows, each present and of length {@code cols}.
     *
     * @param name   the parameter's name, used in the message
     * @param matrix the matrix to check
     * @param rows   the number of rows it must have
     * @param cols   the length every row must have
     * @throws NullPointerException     if {@code matrix} or one of its rows is {@code null} ("A is null", "A[1] is
     *                                  null")
     * @throws IllegalArgumentException if the row count differs ("A has 2 rows, expected 3") or a row's length does
     *                                  ("A[1] has length 4, expected 3")
     */
    public static void shape(String name, double[][] matrix, int rows, int cols) {
        requirePresent(name, matrix);
        if (matrix.length != rows) {
            throw new IllegalArgumentException(name + " has " + matrix.length + " rows, expected " + rows);
        }
        for (int i = 0; i < rows; i++) {
            double[] row = matrix[i];
            requirePresent(name, i, row);
            if (row.length != cols) {
                throw new IllegalArgumentException(
                        name + "[" + i + "] has length " + row.length + ", expected " + cols);
            }
        }
    }

    /**
     * Checks that an array, typically an adjoint, is present and as long as another, typically its primal. Generated
     * reverse code calls this on every adjoint array a caller passes in, since an adjoint must mirror its primal
     * entry for entry.
     *
     * @param name     the array's name, used in the message
     * @param array    the array to check
     * @param like     the array whose length it must have
     * @param likeName that array's name, used in the message
     * @throws NullPointerException     if either array is {@code null} ("xBar is null")
     * @throws IllegalArgumentException if the lengths differ ("xBar has length 2, but x has length 3")
     */
    public static void sameShape(String name, double[] array, double[] like, String likeName) {
        requirePresent(name, array);
        requirePresent(likeName, like);
        if (array.length != like.length) {
            throw new IllegalArgumentException(
                    name + " has length " + array.length + ", but " + likeName + " has length " + like.length);
        }
    }

    /**
     * Checks that a matrix, typically an adjoint, is present and shaped like another, typically its primal: the same
     * number of rows, and each row as long as the corresponding row of {@code like} (which need not be rectangular).
     *
     * @param name     the matrix's name, used in the message
     * @param matrix   the matrix to check
     * @param like     the matrix whose shape it must have
     * @param likeName that matrix's name, used in the message
     * @throws NullPointerException     if either matrix or one of their rows is {@code null} ("ABar[1] is null")
     * @throws IllegalArgumentException if the row counts differ ("ABar has 2 rows, but A has 3") or two
     *                                  corresponding rows differ in length ("ABar[1] has length 2, but A[1] has
     *                                  length 3")
     */
    public static void sameShape(String name, double[][] matrix, double[][] like, String likeName) {
        requirePresent(name, matrix);
        requirePresent(likeName, like);
        if (matrix.length != like.length) {
            throw new IllegalArgumentException(
                    name + " has " + matrix.length + " rows, but " + likeName + " has " + like.length);
        }
        for (int i = 0; i < matrix.length; i++) {
            double[] row = matrix[i];
            double[] likeRow = like[i];
            requirePresent(name, i, row);
            requirePresent(likeName, i, likeRow);
            if (row.length != likeRow.length) {
                throw new IllegalArgumentException(name + "[" + i + "] has length " + row.length + ", but "
                        + likeName + "[" + i + "] has length " + likeRow.length);
            }
        }
    }

    /**
     * Checks that an array of output arrays holds one per input array: one adjoint per seed.
     *
     * @param outputName the outputs' name, used in the message
     * @param outputs    the arrays receiving one result per input
     * @param inputName  the inputs' name, used in the message
     * @param inputs     the inputs
     * @throws NullPointerException     if either is {@code null}
     * @throws IllegalArgumentException if their counts differ ("xBar holds 2 arrays, but w holds 3")
     */
    public static void counts(String outputName, double[][] outputs, String inputName, double[][] inputs) {
        requirePresent(inputName, inputs);
        requirePresent(outputName, outputs);
        if (outputs.length != inputs.length) {
            throw new IllegalArgumentException(outputName + " holds " + outputs.length + " arrays, but " + inputName
                    + " holds " + inputs.length);
        }
    }

    /**
     * Checks each of several seeds: present, of the expected length, every entry finite.
     *
     * @param name     the parameter's name, used in the message with the seed's index ("v[2] has length 3, ...")
     * @param seeds    the seeds to check
     * @param expected the length each must have
     * @throws NullPointerException     if {@code seeds} or one of them is {@code null}
     * @throws IllegalArgumentException if a seed has the wrong length or a non-finite entry
     */
    public static void finiteSeeds(String name, double[][] seeds, int expected) {
        requirePresent(name, seeds);
        for (int d = 0; d < seeds.length; d++) {
            length(name + "[" + d + "]", seeds[d], expected);
            finiteSeed(name + "[" + d + "]", seeds[d]);
        }
    }

    /**
     * Checks that each of several output arrays is present and has the expected length.
     *
     * @param name     the parameter's name, used in the message with the array's index
     * @param arrays   the arrays to check
     * @param expected the length each must have
     * @throws NullPointerException     if {@code arrays} or one of them is {@code null}
     * @throws IllegalArgumentException if an array has the wrong length
     */
    public static void lengths(String name, double[][] arrays, int expected) {
        requirePresent(name, arrays);
        for (int d = 0; d < arrays.length; d++) {
            length(name + "[" + d + "]", arrays[d], expected);
        }
    }

    /**
     * Checks that a tangent argument of a generated vector forward method holds one entry per direction, as the
     * first tangent argument does.
     *
     * @param name     the tangent parameter's name, used in the message
     * @param tangents the tangents: a {@code double[]} for a scalar argument, an array of arrays otherwise
     * @param count    the number of directions, the length of the first tangent argument
     * @throws NullPointerException     if {@code tangents} is {@code null}
     * @throws IllegalArgumentException if it holds another number of directions
     */
    public static void directionCount(String name, Object tangents, int count) {
        requirePresent(name, tangents);
        int length = java.lang.reflect.Array.getLength(tangents);
        if (length != count) {
            throw new IllegalArgumentException(name + " holds " + length + " directions, but the first tangent "
                    + "argument holds " + count);
        }
    }

    private static void requirePresent(String name, Object array) {
        if (array == null) {
            throw new NullPointerException(name + " is null");
        }
    }

    private static void requirePresent(String name, int row, double[] array) {
        if (array == null) {
            throw new NullPointerException(name + "[" + row + "] is null");
        }
    }
}
