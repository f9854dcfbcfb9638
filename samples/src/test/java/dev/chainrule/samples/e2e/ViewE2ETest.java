package dev.chainrule.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.GradientCheck;
import dev.chainrule.runtime.Gradients;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated {@code DifferentiableFunction} view through the runtime's drivers, and Vjp's accumulation. */
class ViewE2ETest {

    private static final int POINTS = 6;

    static Stream<Fixture> fixtures() {
        return Catalog.all().stream();
    }

    private static void require(Fixture f, String check, List<String> failures) {
        assertTrue(failures.isEmpty(), () -> Harness.report(f, check, failures));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void driversAgreeWithTheGeneratedMethods(Fixture f) {
        require(f, "view drivers", Harness.viewDriversAgree(f, POINTS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void vjpAccumulatesIntoItsAdjoints(Fixture f) {
        List<String> failures = new ArrayList<>();
        for (double[] p : f.points(POINTS)) {
            int n = f.activeCount();
            double[] g = f.vjp(p, 1.0);
            double[][] twice = new double[n][1];
            f.vjp(p, 1.0, twice);
            f.vjp(p, 1.0, twice);
            double[][] offset = new double[n][1];
            for (double[] bar : offset) {
                bar[0] = 0.75;
            }
            f.vjp(p, -2.0, offset);
            for (int k = 0; k < n; k++) {
                if (!Harness.close(2 * g[k], twice[k][0], Harness.TIGHT)) {
                    failures.add(Harness.at(f, p) + " d/dx" + k + " twice: " + twice[k][0] + ", expected " + 2 * g[k]);
                }
                if (!Harness.close(0.75 - 2 * g[k], offset[k][0], Harness.TIGHT)) {
                    failures.add(Harness.at(f, p) + " d/dx" + k + " onto 0.75 with seed -2: " + offset[k][0]
                            + ", expected " + (0.75 - 2 * g[k]));
                }
            }
            // The view overwrites (interface contract) instead of accumulating.
            DifferentiableFunction view = f.view(p);
            double[] xBar = new double[n];
            Arrays.fill(xBar, 42);
            view.vjp(f.activeOf(p), new double[] {1.0}, new double[1], xBar);
            for (int k = 0; k < n; k++) {
                if (!Harness.close(g[k], xBar[k], Harness.TIGHT)) {
                    failures.add(Harness.at(f, p) + " view.vjp must overwrite xBar[" + k + "]: " + xBar[k]
                            + ", expected " + g[k]);
                }
            }
        }
        require(f, "Vjp accumulation", failures);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void wrongLengthArraysAreRejected(Fixture f) {
        double[] p = f.points(1).get(0);
        DifferentiableFunction view = f.view(p);
        int n = f.activeCount();
        double[] x = f.activeOf(p);
        double[] longer = new double[n + 1];
        double[] shorter = new double[n - 1];
        assertAll(f.name(),
                () -> assertThrows(IllegalArgumentException.class, () -> view.value(longer)),
                () -> assertThrows(IllegalArgumentException.class, () -> view.value(shorter)),
                () -> assertThrows(IllegalArgumentException.class, () -> view.value(x, new double[2])),
                () -> assertThrows(IllegalArgumentException.class, () -> view.jvp(x, longer)),
                () -> assertThrows(IllegalArgumentException.class, () -> view.jvp(longer, x)),
                () -> assertThrows(IllegalArgumentException.class, () -> view.vjp(x, new double[2])),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> view.vjp(x, new double[] {1}, new double[1], longer)),
                () -> assertThrows(IllegalArgumentException.class, () -> Gradients.gradient(view, longer)),
                () -> assertThrows(IllegalArgumentException.class, () -> Jacobians.jacobian(view, shorter)),
                () -> assertThrows(IllegalArgumentException.class, () -> GradientCheck.check(view, longer)));
    }

    /** The documented API shape, called directly (compile-time checked), for @NoDerivative between two inputs. */
    @Test
    void generatedApiShapeWithNoDerivative() {
        double a = 0.7;
        double c = -0.3;
        double b = 1.9;
        double value = Compositions.noDerivativeMiddle(a, c, b);
        var jvpA = CompositionsDerivatives.noDerivativeMiddleJvp(a, 1, c, b, 0);
        var jvpB = CompositionsDerivatives.noDerivativeMiddleJvp(a, 0, c, b, 1);
        double[] aBar = {0};
        double[] bBar = {0};
        double returned = CompositionsDerivatives.noDerivativeMiddleVjp(a, c, b, 1, aBar, bBar);
        CompositionsDerivatives.NoDerivativeMiddleGradient g = CompositionsDerivatives.noDerivativeMiddleGradient(a,
                c, b);
        DifferentiableFunction view = CompositionsDerivatives.noDerivativeMiddle(c);
        // d/da = exp(c b) + c b cos(a b); d/db = a c exp(c b) + c a cos(a b)
        double dA = Math.exp(c * b) + c * b * Math.cos(a * b);
        double dB = a * c * Math.exp(c * b) + c * a * Math.cos(a * b);
        assertAll(
                () -> assertEquals(value, jvpA.value()),
                () -> assertEquals(value, returned),
                () -> assertEquals(value, g.value()),
                () -> assertEquals(dA, jvpA.tangent(), 1e-14),
                () -> assertEquals(dB, jvpB.tangent(), 1e-14),
                () -> assertEquals(dA, aBar[0], 1e-14),
                () -> assertEquals(dB, bBar[0], 1e-14),
                () -> assertEquals(aBar[0], g.a()),
                () -> assertEquals(bBar[0], g.b()),
                () -> assertEquals(2, view.inputDimension()),
                () -> assertEquals(value, view.value(new double[] {a, b})[0]));
    }

    /** wrt = {"z", "x"}: the flat vector and the record follow declaration order (x, z); y is bound. */
    @Test
    void wrtOutOfOrderFollowsDeclarationOrder() {
        double x = 0.4;
        double y = 1.5;
        double z = -0.8;
        var g = CompositionsDerivatives.wrtOutOfOrderGradient(x, y, z);
        var jvpX = CompositionsDerivatives.wrtOutOfOrderJvp(x, 1, y, z, 0);
        double[] grad = Gradients.gradient(CompositionsDerivatives.wrtOutOfOrder(y), new double[] {x, z});
        assertAll(
                () -> assertEquals(Math.exp(z), g.x(), 1e-15),
                () -> assertEquals(x * Math.exp(z) + y, g.z(), 1e-15),
                () -> assertEquals(Math.exp(z), jvpX.tangent(), 1e-15),
                () -> assertEquals(g.x(), grad[0]),
                () -> assertEquals(g.z(), grad[1]));
    }
}
