package dev.chainrule.runtime.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
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
