package dev.chainrule.processor.fuzz;

import dev.chainrule.runtime.support.Tape;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Calls generated code and watches that it leaves what it was given as it found it: every argument it only reads
 * (inputs are read-only), and the reverse-mode tape, which every call must leave balanced on each of its stacks. An
 * exception is returned, not thrown, so that the checker can compare it with the plain method's.
 */
final class Invoker {
    /** What a call returned or threw. */
    record Result(Object value, Throwable thrown) {
        boolean threw() {
            return thrown != null;
        }
    }

    private final String label;
    private final Findings findings;

    Invoker(String label, Findings findings) {
        this.label = label;
        this.findings = findings;
    }

    /** Calls static {@code method}; {@code written[i]} marks the arguments it may write (accumulators). */
    Result call(String entry, Method method, Object[] args, boolean[] written) {
        return watch(entry, args, written, () -> method.invoke(null, args));
    }

    /** Runs {@code body}, which reads the {@code watched} arrays (and writes those marked {@code written}). */
    Result watch(String entry, Object[] watched, boolean[] written, Callable<Object> body) {
        Object[] before = new Object[watched.length];
        for (int i = 0; i < watched.length; i++) {
            before[i] = written != null && written[i] ? null : deepCopy(watched[i]);
        }
        Tape tape = Tape.current();
        int[] stacks = stacks(tape);
        Result result;
        try {
            result = new Result(body.call(), null);
        } catch (InvocationTargetException e) {
            result = new Result(null, e.getCause());
        } catch (Exception | StackOverflowError e) {
            result = new Result(null, e);
        }
        if (result.threw()) {
            // an exception abandons a sweep halfway, with its entries on the tape; they are not the call's fault
            tape.clear();
        } else if (!Arrays.equals(stacks, stacks(tape))) {
            findings.fail("tape:" + entry, label + "." + entry + " left the tape at " + Arrays.toString(stacks(tape))
                    + " (double, int, long, boolean, Object, cells), found at " + Arrays.toString(stacks));
            tape.clear();
        }
        for (int i = 0; i < watched.length; i++) {
            if (before[i] != null && !Arrays.deepEquals(new Object[] {before[i]}, new Object[] {watched[i]})) {
                findings.fail("inputs:" + entry, label + "." + entry + " changed its argument " + i + " from "
                        + Arrays.deepToString(new Object[] {before[i]}) + " to "
                        + Arrays.deepToString(new Object[] {watched[i]}));
            }
        }
        return result;
    }

    private static int[] stacks(Tape tape) {
        return new int[] {tape.doubleCount(), tape.intCount(), tape.longCount(), tape.booleanCount(),
            tape.objectCount(), tape.cellCount()};
    }

    static Object deepCopy(Object value) {
        if (value instanceof double[] v) {
            return v.clone();
        } else if (value instanceof Object[] array) {
            Object[] copy = array.clone();
            for (int i = 0; i < copy.length; i++) {
                copy[i] = deepCopy(copy[i]);
            }
            return copy;
        }
        return value;
    }
}
