package dev.chainrule.runtime.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input gets an exception that names the argument and the expected and actual values. */
class ErrorsTest {

    private final TracedFunction f = Tracing.scalar(2, x -> x[0].mul(x[1]));
    private final TracedFunction g = Tracing.vector(2, 2, x -> new Active[] {x[0], x[1].mul(x[0])});

    @Test
    void wrongLengthsAreNamed() {
        assertMessage(IllegalArgumentException.class, "x has length 3, expected 2",
                () -> f.value(new double[3], new double[1]));
        assertMessage(IllegalArgumentException.class, "y has length 2, expected 1",
                () -> f.value(new double[2], new double[2]));
        assertMessage(IllegalArgumentException.class, "v has length 1, expected 2",
                () -> f.jvp(new double[2], new double[1], new double[1], new double[1]));
        assertMessage(IllegalArgumentException.class, "w has length 1, expected 2",
                () -> g.vjp(new double[2], new double[1], new double[2], new double[2]));
        assertMessage(IllegalArgumentException.class, "xBar has length 3, expected 2",
                () -> f.vjp(new double[2], new double[1], new double[1], new double[3]));
        assertMessage(NullPointerException.class, "x is null", () -> f.value(null, new double[1]));
    }

    @Test
    void nonFiniteSeedsAreRefused() {
        assertMessage(IllegalArgumentException.class, "v[1] is NaN, but every entry of a seed must be finite",
                () -> f.jvp(new double[2], new double[] {0, Double.NaN}, new double[1], new double[1]));
        assertMessage(IllegalArgumentException.class, "w[0] is Infinity, but every entry of a seed must be finite",
                () -> f.vjp(new double[2], new double[] {Double.POSITIVE_INFINITY}, new double[1], new double[2]));
    }

    @Test
    void aliasedOutputsAreRefused() {
        double[] x = new double[2];
        assertMessage(IllegalArgumentException.class, "xBar must not be the same array as x",
                () -> f.vjp(x, new double[1], new double[1], x));
        double[] w = new double[2];
        assertMessage(IllegalArgumentException.class, "xBar must not be the same array as w",
                () -> g.vjp(new double[2], w, new double[2], w));
    }

    @Test
    void aFunctionReturningAnotherNumberOfValuesIsReported() {
        TracedFunction h = Tracing.vector(2, 3, x -> new Active[] {x[0]});
        assertMessage(IllegalStateException.class,
                "the traced function returned 1 values, expected 3: the output length must not change between calls",
                () -> h.value(new double[2]));
        TracedFunction none = Tracing.scalar(1, x -> null);
        assertMessage(NullPointerException.class, "the traced function returned null as output 0",
                () -> none.value(new double[1]));
    }

    @Test
    void anActiveKeptFromAnEarlierTraceIsReported() {
        Active[] kept = new Active[1];
        TracedFunction leaky = Tracing.scalar(1, x -> {
            if (kept[0] == null) {
                kept[0] = x[0];
                return x[0];
            }
            return x[0].add(kept[0]);
        }, Execution.INTERPRETED);
        leaky.value(new double[] {1});
        // Replays would not run the function again: tracing again does.
        assertMessage(IllegalStateException.class, "an Active value from another trace was used: keep no Active"
                + " values between calls of a traced function", () -> leaky.trace(new double[] {-1}));
        assertMessage(IllegalStateException.class, "an Active value from a finished trace was used: keep no Active"
                + " values between calls of a traced function", () -> kept[0].add(1));
    }

    @Test
    void badDimensionsAreNamed() {
        assertMessage(IllegalArgumentException.class, "n is -1, expected at least 0",
                () -> Tracing.scalar(-1, x -> x[0]));
        assertMessage(IllegalArgumentException.class, "m is -2, expected at least 0",
                () -> Tracing.vector(1, -2, x -> x));
        assertMessage(NullPointerException.class, "f is null", () -> Tracing.scalar(1, null));
    }

    private static void assertMessage(Class<? extends Throwable> type, String message, Executable call) {
        assertEquals(message, assertThrows(type, call).getMessage());
    }
}
