package dev.chainrule.runtime;

/**
 * Argument checks shared by {@link ScalarFunction} and the drivers, so that every entry point reports a bad array
 * with the same words.
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

    private static void requirePresent(String name, double[] array) {
        if (array == null) {
            throw new NullPointerException(name + " is null");
        }
    }
}
