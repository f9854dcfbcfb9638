package dev.chainrule.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.Dual;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The non-smooth policy of {@code Partials}, end to end: at each special point the forward gradient (Jvp with unit
 * tangents) and the reverse gradient (Vjp, seed 1) must be identical and equal the documented value, and zero
 * tangents and seeds must give zero derivatives (the strong zero), never NaN.
 */
class SpecialPointsE2ETest {

    private static final double INF = Double.POSITIVE_INFINITY;

    private static Fixture fx(Class<?> owner, String method) {
        return Fixture.of(owner, method, x -> {
            throw new UnsupportedOperationException("no oracle at special points");
        });
    }

    private static Arguments point(Class<?> owner, String method, double[] p, double value, double... gradient) {
        return Arguments.of(fx(owner, method), p, value, gradient);
    }

    static Stream<Arguments> points() {
        Class<?> m = MathPrimitives.class;
        Class<?> s = StrictMathPrimitives.class;
        Class<?> sp = SpecialPoints.class;
        return Stream.of(
                // sqrt and cbrt: vertical tangent, +∞ for either signed zero
                point(m, "sqrt", new double[] {0.0}, 0.0, INF),
                point(m, "sqrt", new double[] {-0.0}, -0.0, INF),
                point(s, "sqrt", new double[] {0.0}, 0.0, INF),
                point(m, "cbrt", new double[] {0.0}, 0.0, INF),
                point(m, "cbrt", new double[] {-0.0}, -0.0, INF),
                point(m, "powHalf", new double[] {0.0}, 0.0, INF),
                // the strong zero: an input that does not influence the output gets 0, not NaN
                point(sp, "maxSqrt", new double[] {0.0}, 1.0, 0.0),
                point(sp, "maxCbrt", new double[] {0.0}, 1.0, 0.0),
                // |x| at its kink, written as sqrt(x²): the policy's kink value 0
                point(sp, "sqrtOfSquare", new double[] {0.0}, 0.0, 0.0),
                // pow(0, y): ∂/∂x per powBase, ∂/∂y = 0 at x = 0
                point(m, "pow", new double[] {0.0, 0.0}, 1.0, 0.0, 0.0),
                point(m, "pow", new double[] {0.0, 0.5}, 0.0, INF, 0.0),
                point(m, "pow", new double[] {0.0, 1.0}, 0.0, 1.0, 0.0),
                point(m, "pow", new double[] {0.0, 2.0}, 0.0, 0.0, 0.0),
                point(m, "pow", new double[] {0.0, 3.0}, 0.0, 0.0, 0.0),
                point(s, "pow", new double[] {0.0, 0.5}, 0.0, INF, 0.0),
                point(sp, "powLiteral0", new double[] {0.0}, 1.0, 0.0),
                point(sp, "powLiteralHalf", new double[] {0.0}, 0.0, INF),
                point(sp, "powLiteral1", new double[] {0.0}, 0.0, 1.0),
                point(sp, "powLiteral2", new double[] {0.0}, 0.0, 0.0),
                point(sp, "powLiteral3", new double[] {0.0}, 0.0, 0.0),
                // abs: mean of the one-sided derivatives
                point(m, "abs", new double[] {0.0}, 0.0, 0.0),
                point(m, "abs", new double[] {-0.0}, 0.0, 0.0),
                point(s, "abs", new double[] {0.0}, 0.0, 0.0),
                // min and max on a tie: 0.5 each
                point(m, "min", new double[] {1.5, 1.5}, 1.5, 0.5, 0.5),
                point(m, "max", new double[] {1.5, 1.5}, 1.5, 0.5, 0.5),
                point(m, "min", new double[] {0.0, 0.0}, 0.0, 0.5, 0.5),
                point(s, "max", new double[] {-2.0, -2.0}, -2.0, 0.5, 0.5),
                point(m, "minConstant", new double[] {1.5}, 1.5, 0.5),
                point(m, "maxConstant", new double[] {-0.5}, -0.5, 0.5),
                point(sp, "minSame", new double[] {0.25}, 0.25, 1.0),
                point(sp, "maxSame", new double[] {-3.0}, -3.0, 1.0),
                // atan2 and hypot at the origin: 0 partials
                point(m, "atan2", new double[] {0.0, 0.0}, 0.0, 0.0, 0.0),
                point(s, "atan2", new double[] {0.0, 0.0}, 0.0, 0.0, 0.0),
                point(m, "hypot", new double[] {0.0, 0.0}, 0.0, 0.0, 0.0),
                point(s, "hypot", new double[] {0.0, 0.0}, 0.0, 0.0, 0.0),
                point(m, "hypotConstant", new double[] {0.0}, 3.0, 0.0));
    }

    private static boolean same(double a, double b) {
        return a == b || Double.compare(a, b) == 0;
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("points")
    void bothModesFollowThePolicy(Fixture f, double[] p, double value, double[] expected) {
        double[] fwd = Harness.forwardGradient(f, p);
        double[] rev = f.vjp(p, 1.0);
        double[] record = Arrays.copyOfRange(f.gradientRecord(p), 1, 1 + expected.length);
        double[] viewGradient = dev.chainrule.runtime.Gradients.gradient(f.view(p), f.activeOf(p));
        List<String> failures = new ArrayList<>();
        if (!same(value, f.value(p))) {
            failures.add("value " + f.value(p) + ", expected " + value);
        }
        for (int k = 0; k < expected.length; k++) {
            if (!same(expected[k], fwd[k])) {
                failures.add("forward d/dx" + k + " = " + fwd[k] + ", expected " + expected[k]);
            }
            if (!same(expected[k], rev[k])) {
                failures.add("reverse d/dx" + k + " = " + rev[k] + ", expected " + expected[k]);
            }
            if (!same(expected[k], record[k])) {
                failures.add("Gradient record d/dx" + k + " = " + record[k] + ", expected " + expected[k]);
            }
            if (!same(expected[k], viewGradient[k])) {
                failures.add("Gradients.gradient(view) d/dx" + k + " = " + viewGradient[k] + ", expected "
                        + expected[k]);
            }
        }
        assertTrue(failures.isEmpty(), () -> Harness.at(f, p) + ": " + String.join("; ", failures));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("points")
    void zeroTangentsAndSeedsGiveZero(Fixture f, double[] p, double value, double[] expected) {
        int n = f.activeCount();
        Dual still = f.jvp(p, new double[n]);
        double[] unseeded = f.vjp(p, 0.0);
        List<String> failures = new ArrayList<>();
        if (!same(0.0, still.tangent())) {
            failures.add("Jvp with zero tangents: " + still.tangent());
        }
        for (int k = 0; k < n; k++) {
            if (!same(0.0, unseeded[k])) {
                failures.add("Vjp with seed 0, d/dx" + k + ": " + unseeded[k]);
            }
        }
        assertTrue(failures.isEmpty(), () -> Harness.at(f, p) + ": " + String.join("; ", failures));
    }

    /** The same, spelled out with direct calls to the generated API. */
    @Test
    void sqrtAtZeroDirectly() {
        double[] bar = {0};
        double[] zeroSeedBar = {0};
        assertAll(
                () -> assertEquals(INF, MathPrimitivesDerivatives.sqrtJvp(0, 1).tangent()),
                () -> assertEquals(-INF, MathPrimitivesDerivatives.sqrtJvp(0, -2).tangent()),
                () -> assertEquals(0.0, MathPrimitivesDerivatives.sqrtJvp(0, 0).tangent()),
                () -> assertEquals(0.0, MathPrimitivesDerivatives.sqrtVjp(0, 1, bar)),
                () -> assertEquals(INF, bar[0]),
                () -> assertEquals(0.0, MathPrimitivesDerivatives.sqrtVjp(0, 0, zeroSeedBar)),
                () -> assertEquals(0.0, zeroSeedBar[0]),
                () -> assertEquals(0.0, SpecialPointsDerivatives.maxSqrtGradient(0).x()),
                () -> assertEquals(1.0, SpecialPointsDerivatives.maxSqrtGradient(0).value()));
    }

    /** Tangent of max(sqrt(x), 1) at x = 0 in forward mode, on its own so the failure is unmistakable. */
    @Test
    void maxSqrtForwardAtZeroMatchesReverse() {
        double reverse = SpecialPointsDerivatives.maxSqrtGradient(0).x();
        double forward = SpecialPointsDerivatives.maxSqrtJvp(0, 1).tangent();
        assertEquals(reverse, forward, "max(sqrt(x), 1) at x = 0: reverse " + reverse + ", forward " + forward);
    }

    @Test
    void tiesAndOriginDirectly() {
        var min = MathPrimitivesDerivatives.minGradient(2, 2);
        var max = MathPrimitivesDerivatives.maxGradient(2, 2);
        var atan2 = MathPrimitivesDerivatives.atan2Gradient(0, 0);
        var hypot = MathPrimitivesDerivatives.hypotGradient(0, 0);
        assertAll(
                () -> assertEquals(0.5, min.x()), () -> assertEquals(0.5, min.y()),
                () -> assertEquals(0.5, max.x()), () -> assertEquals(0.5, max.y()),
                () -> assertEquals(0.5, MathPrimitivesDerivatives.minJvp(2, 1, 2, 0).tangent()),
                () -> assertEquals(1.0, MathPrimitivesDerivatives.maxJvp(2, 1, 2, 1).tangent()),
                () -> assertEquals(0.0, atan2.y()), () -> assertEquals(0.0, atan2.x()),
                () -> assertEquals(0.0, atan2.value()),
                () -> assertEquals(0.0, hypot.x()), () -> assertEquals(0.0, hypot.y()),
                () -> assertEquals(0.0, MathPrimitivesDerivatives.hypotJvp(0, 1, 0, 1).tangent()),
                () -> assertEquals(0.0, MathPrimitivesDerivatives.absJvp(0, 1).tangent()),
                () -> assertEquals(INF, MathPrimitivesDerivatives.cbrtJvp(0, 1).tangent()));
    }
}
