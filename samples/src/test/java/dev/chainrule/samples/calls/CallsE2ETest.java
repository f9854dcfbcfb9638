package dev.chainrule.samples.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.GradientCheck;
import dev.chainrule.runtime.Hessians;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import dev.chainrule.runtime.TwiceDifferentiableFunction;
import dev.chainrule.runtime.support.Tape;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Calls through helpers, other classes' generated derivatives, @DerivativeOf rules and recursion: forward and
 * reverse agree, match central differences, satisfy the dot-product identity, and leave the tape balanced.
 */
class CallsE2ETest {

    static Stream<Arguments> functions() {
        return Stream.of(
                Arguments.of("layer", CallFunctionsDerivatives.layer(3, 4, 4), 16),
                Arguments.of("withRules", CallFunctionsDerivatives.withRules(), 2),
                Arguments.of("power", CallFunctionsDerivatives.power(5), 1),
                Arguments.of("callsInLoop", CallFunctionsDerivatives.callsInLoop(4), 5),
                Arguments.of("squares", CallFunctionsDerivatives.squares(4, 4), 4),
                Arguments.of("sumOfSquares", CallFunctionsDerivatives.sumOfSquares(4), 4),
                Arguments.of("instance", ChainDerivatives.energy(new Chain(3.5, 2), 4), 5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void forwardReverseAndDifferencesAgree(String name, DifferentiableFunction f, int n) {
        Random random = new Random(name.hashCode());
        for (int trial = 0; trial < 5; trial++) {
            double[] x = random.doubles(n, -1, 1).toArray();
            Tape tape = Tape.current();
            int doubles = tape.doubleCount();
            int cells = tape.cellCount();
            double[][] forward = Jacobians.jacobian(f, x, Mode.FORWARD);
            double[][] reverse = Jacobians.jacobian(f, x, Mode.REVERSE);
            assertEquals(doubles, tape.doubleCount(), "tape balanced");
            assertEquals(cells, tape.cellCount(), "cells released");
            for (int i = 0; i < forward.length; i++) {
                for (int j = 0; j < n; j++) {
                    double scale = Math.max(1, Math.abs(forward[i][j]));
                    assertEquals(forward[i][j], reverse[i][j], 1e-12 * scale, name + " J[" + i + "][" + j + "]");
                }
            }
            GradientCheck.Report report = GradientCheck.check(f, x);
            assertTrue(report.passes(1e-6), name + ": " + report);

            double[] v = random.doubles(n, -1, 1).toArray();
            double[] w = random.doubles(f.outputDimension(), -1, 1).toArray();
            double[] jv = f.jvp(x, v);
            double[] jtw = f.vjp(x, w);
            double left = 0;
            double right = 0;
            for (int i = 0; i < w.length; i++) {
                left += jv[i] * w[i];
            }
            for (int j = 0; j < n; j++) {
                right += v[j] * jtw[j];
            }
            assertEquals(left, right, 1e-12 * Math.max(1, Math.abs(left)), name + " <Jv, w> = <v, J^T w>");
        }
    }

    /**
     * Methods calling differentiated methods (helpers, recursion, another class's method) get Hessian-vector products
     * through their callees' ones; a {@code @DerivativeOf} rule, whose partials have no derivatives, leaves a method
     * without them.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void secondDerivativesThroughCalls(String name, DifferentiableFunction f, int n) {
        boolean expected = !name.equals("withRules");
        assertEquals(expected, f instanceof TwiceDifferentiableFunction, name);
        if (!expected) {
            return;
        }
        Random random = new Random(name.hashCode() + 1);
        for (int trial = 0; trial < 3; trial++) {
            double[] x = random.doubles(n, -1, 1).toArray();
            double[] w = random.doubles(f.outputDimension(), -1, 1).toArray();
            double[][] hessian = Hessians.hessian(f, x, w);
            for (int j = 0; j < n; j++) {
                double h = 1e-5;
                double[] plus = x.clone();
                double[] minus = x.clone();
                plus[j] += h;
                minus[j] -= h;
                double[] up = f.vjp(plus, w);
                double[] down = f.vjp(minus, w);
                for (int i = 0; i < n; i++) {
                    double central = (up[i] - down[i]) / (2 * h);
                    assertEquals(central, hessian[j][i], 1e-6 * Math.max(1, Math.abs(central)),
                            name + " H[" + j + "][" + i + "]");
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void ruleDerivativesMatchTheClosedForm() {
        double x = 0.4;
        double y = -0.3;
        CallFunctionsDerivatives.WithRulesGradient g = CallFunctionsDerivatives.withRulesGradient(x, y);
        double erfPrimeXy = 2 / Math.sqrt(Math.PI) * Math.exp(-x * y * x * y);
        double erfPrimeY = 2 / Math.sqrt(Math.PI) * Math.exp(-y * y);
        double erfY = org.apache.commons.math3.special.Erf.erf(y);
        double dx = erfPrimeXy * y + 2 * x * Math.sin(y) * erfY;
        double dy = erfPrimeXy * x + x * x * Math.cos(y) * erfY + x * x * Math.sin(y) * erfPrimeY;
        assertEquals(dx, g.x(), 1e-14);
        assertEquals(dy, g.y(), 1e-14);
    }

    @org.junit.jupiter.api.Test
    void instanceMethodGradientMatchesTheClosedForm() {
        Chain chain = new Chain(3.5, 2);
        double[] x = {0.5, 1.5, 1.0};
        ChainDerivatives.EnergyGradient g = ChainDerivatives.energyGradient(chain, x, 2.0);
        assertEquals(chain.energy(x, 2.0), g.value());
        double k = 3.5 * 2;
        assertEquals(-k * (1.5 - 0.5) + 2.0 * Chain.GRAVITY * 3.5, g.x()[0], 1e-12);
        assertEquals(k * (1.5 - 0.5) - k * (1.0 - 1.5), g.x()[1], 1e-12);
        assertEquals(k * (1.0 - 1.5), g.x()[2], 1e-12);
        assertEquals(Chain.GRAVITY * 3.5 * 0.5, g.mass(), 1e-12);
    }

    @org.junit.jupiter.api.Test
    void recursionMatchesThePowerRule() {
        assertEquals(5 * Math.pow(1.3, 4), CallFunctionsDerivatives.powerGradient(5, 1.3).x(), 1e-12);
        assertEquals(5 * Math.pow(1.3, 4), CallFunctionsDerivatives.powerJvp(5, 1.3, 1).tangent(), 1e-12);
    }
}
