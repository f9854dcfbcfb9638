package dev.chainrule.runtime.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import dev.chainrule.runtime.trace.tape.Trace;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/** The independent answers traced derivatives are checked against, and the comparisons the trace tests share. */
final class Oracles {

    /** Forward against reverse, compiled against interpreted, and the dot-product test: agreement to rounding. */
    static final double ROUNDING = 1e-12;
    /** Central differences: agreement to their truncation error. */
    static final double NUMERIC = 1e-6;

    private static final double STEP = Math.cbrt(Math.ulp(1.0));

    private Oracles() {
    }

    /** Rosenbrock's function over active values, as a user writes it: the trace tests' common function. */
    static Active rosenbrock(Active[] x) {
        Active s = Active.constant(0);
        for (int i = 0; i < x.length - 1; i++) {
            Active a = x[i].subFrom(1);
            Active b = x[i + 1].sub(x[i].mul(x[i]));
            s = s.add(a.mul(a).add(b.mul(b).mul(100)));
        }
        return s;
    }

    /**
     * Compiles {@code body} at {@code x} and checks it against the interpreter ({@link #assertLikeInterpreted}).
     *
     * @return the compiled function
     */
    static TracedFunction assertCompiledLikeInterpreted(TraceableScalar body, double[] x, double tolerance) {
        TracedFunction compiled = Tracing.scalar(x.length, body, Execution.COMPILED);
        TracedFunction interpreted = Tracing.scalar(x.length, body, Execution.INTERPRETED);
        compiled.trace(x);
        assertTrue(compiled.isCompiled());
        assertLikeInterpreted(compiled, interpreted, x, tolerance);
        return compiled;
    }

    /**
     * Checks a compiled scalar function at {@code x}: value, gradient and tangent against the interpreter's within
     * {@code tolerance} (0: bit for bit), the gradient against central differences, forward against reverse and
     * {@code <J·v, w> = <v, Jᵀ·w>}, and a second gradient (in the workspace the first left) equal to the first.
     */
    static void assertLikeInterpreted(TracedFunction compiled, TracedFunction interpreted, double[] x,
            double tolerance) {
        double[] w = {0.75};
        double[] v = new Random(2).doubles(x.length, -1, 1).toArray();
        double[] gradient = compiled.vjp(x, w);
        assertAgree(interpreted.vjp(x, w), gradient, tolerance, "compiled vs interpreted gradient");
        assertAgree(interpreted.value(x), compiled.value(x), tolerance, "value");
        assertAgree(interpreted.jvp(x, v), compiled.jvp(x, v), tolerance, "tangent");
        assertClose(centralGradient(z -> w[0] * interpreted.value(z)[0], x), gradient, NUMERIC, "central");
        assertConsistent(compiled, x, v, w, "compiled");
        assertArrayEquals(gradient, compiled.vjp(x, w), "second gradient");
    }

    /** The trace a function's calls currently replay. */
    static Trace traceOf(TracedFunction f) {
        return f.currentVariant().trace();
    }

    private static void assertAgree(double[] expected, double[] actual, double tolerance, String what) {
        if (tolerance == 0) {
            assertArrayEquals(expected, actual, what);
        } else {
            assertClose(expected, actual, tolerance, what);
        }
    }

    /** The gradient of {@code f} at {@code x} by central differences. */
    static double[] centralGradient(ToDoubleFunction<double[]> f, double[] x) {
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double h = STEP * Math.max(1, Math.abs(x[i]));
            double[] plus = x.clone();
            double[] minus = x.clone();
            plus[i] += h;
            minus[i] -= h;
            g[i] = (f.applyAsDouble(plus) - f.applyAsDouble(minus)) / (plus[i] - minus[i]);
        }
        return g;
    }

    /** Asserts {@code |expected - actual| <= tolerance · max(1, |expected|)} entry by entry. */
    static void assertClose(double[] expected, double[] actual, double tolerance, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            assertClose(expected[i], actual[i], tolerance, what + "[" + i + "]");
        }
    }

    /** Asserts {@code |expected - actual| <= tolerance · max(1, |expected|)}. */
    static void assertClose(double expected, double actual, double tolerance, String what) {
        assertEquals(expected, actual, tolerance * Math.max(1, Math.abs(expected)), what);
    }

    /**
     * Checks one function at one point the ways that need no reference: the Jacobian by forward mode (one JVP per
     * column) against reverse mode (one VJP per row), and {@code <J·v, w> = <v, Jᵀ·w>} for the given directions.
     */
    static void assertConsistent(DifferentiableFunction f, double[] x, double[] v, double[] w, String what) {
        double[][] forward = Jacobians.jacobian(f, x, Mode.FORWARD);
        double[][] reverse = Jacobians.jacobian(f, x, Mode.REVERSE);
        for (int r = 0; r < forward.length; r++) {
            assertClose(forward[r], reverse[r], ROUNDING, what + ": forward vs reverse, row " + r);
        }
        double[] jv = f.jvp(x, v);
        double[] jtw = f.vjp(x, w);
        double left = 0;
        double scale = 0;
        for (int i = 0; i < jv.length; i++) {
            left += jv[i] * w[i];
            scale += Math.abs(jv[i] * w[i]);
        }
        double right = 0;
        for (int i = 0; i < jtw.length; i++) {
            right += v[i] * jtw[i];
            scale += Math.abs(v[i] * jtw[i]);
        }
        assertEquals(left, right, ROUNDING * Math.max(1, scale), what + ": <J v, w> = <v, J^T w>");
    }
}
