package dev.chainrule.runtime;

import dev.chainrule.runtime.support.ScalarFunction;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GradientCheckTest {

    private static final double[] X = {1, 2};

    @Test
    void centralDifferencesApproximateTheJacobian() {
        double[][] numeric = GradientCheck.centralDifferences(ExampleFunction.correct(), X);
        double[][] exact = {{2, 1}, {2, 1}, {Math.cos(1), 0}};
        for (int i = 0; i < exact.length; i++) {
            assertArrayEquals(exact[i], numeric[i], 1e-9, "row " + i);
        }
    }

    @Test
    void passesOnCorrectFunctions() {
        GradientCheck.Report example = GradientCheck.check(ExampleFunction.correct(), X);
        assertTrue(example.passes(1e-8), example::toString);
        GradientCheck.Report rosenbrock = GradientCheck.check(new Rosenbrock(4), new double[] {-1.2, 1, 0.5, 2});
        assertTrue(rosenbrock.passes(1e-6), rosenbrock::toString);
    }

    @Test
    void reportsTheWrongEntry() {
        GradientCheck.Report report = GradientCheck.check(ExampleFunction.withWrongSineDerivative(), X);
        assertFalse(report.passes(1e-6));
        assertEquals(2, report.worstOutput());
        assertEquals(0, report.worstInput());
        assertEquals(2 * Math.cos(1), report.analytic());
        assertEquals(Math.cos(1), report.numeric(), 1e-9);
        // Relative error with a floor of 1: |2c - c| / max(1, 2c) with c = cos 1 ≈ 0.54, less the rounding allowance.
        assertEquals(0.5, report.worstRelativeError(), 1e-9);
        assertTrue(report.toString().startsWith("worst relative error 0.4999"), report::toString);
        assertTrue(report.toString().contains("at ∂y[2]/∂x[0]: analytic " + 2 * Math.cos(1)), report::toString);
    }

    @Test
    void listsTheWorstEntriesWorstFirst() {
        GradientCheck.Report report = GradientCheck.check(ExampleFunction.withWrongSineDerivative(), X);
        List<JacobianComparison.Entry> worst = report.comparison().worst();
        assertEquals(JacobianComparison.WORST, worst.size());
        assertEquals(6, report.comparison().entries());
        assertEquals(List.of(2, 0), List.of(worst.get(0).output(), worst.get(0).input()));
        for (int k = 1; k < worst.size(); k++) {
            assertTrue(worst.get(k).error() <= worst.get(k - 1).error(), "entry " + k + " is out of order");
            assertTrue(worst.get(k).error() < 1e-9, "only entry (2, 0) is wrong");
        }
        String[] lines = report.toString().split("\n");
        assertEquals(2 + JacobianComparison.WORST, lines.length, report::toString);
        assertEquals("  6 entries compared, the worst 5:", lines[1]);
        assertTrue(lines[2].startsWith("  ∂y[2]/∂x[0]: analytic " + 2 * Math.cos(1) + ", numeric 0.54"), lines[2]);
        assertTrue(lines[2].endsWith(", error " + report.worstRelativeError()), lines[2]);
    }

    @Test
    void aNaNEntryOutranksALargeError() {
        List<JacobianComparison.Entry> worst =
                GradientCheck.check(new SumWithBadGradient(), new double[] {1, 1}).comparison().worst();
        assertEquals(2, worst.size());
        assertEquals(1, worst.get(0).input());
        assertEquals(0, worst.get(1).input());
        // |5 - 1| / max(1, 5, 1)
        assertEquals(0.8, worst.get(1).error(), 1e-9);
    }

    @Test
    void stepScalesWithTheCoordinate() {
        // At 1e12 an unscaled step of ~6e-6 is below half an ulp: x ± h == x and the difference quotient is 0 / 0.
        double[] x = {1e12};
        GradientCheck.Report report = GradientCheck.check(new Square(), x);
        assertTrue(report.passes(1e-8), report::toString);
    }

    @Test
    void aNaNDerivativeIsTheWorstEntry() {
        GradientCheck.Report report = GradientCheck.check(new SumWithBadGradient(), new double[] {1, 1});
        assertEquals(1, report.worstInput());
        assertEquals(Double.NaN, report.worstRelativeError());
        assertFalse(report.passes(Double.POSITIVE_INFINITY));
    }

    @Test
    void anEmptyJacobianHasNothingToReport() {
        GradientCheck.Report report = GradientCheck.check(new Rosenbrock(0), new double[0]);
        assertTrue(report.passes(0));
        assertEquals(-1, report.worstOutput());
        assertEquals("no entries to compare (empty Jacobian)", report.toString());
    }

    @Test
    void rejectsAPointOfTheWrongLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GradientCheck.centralDifferences(ExampleFunction.correct(), new double[1]));
        assertEquals("x has length 1, expected 2", e.getMessage());
    }

    @Test
    void roundingNoiseOfALargeValueIsNotAnError() {
        // f = 1e12 (1 + x0²) + x1: ulp(f) ≈ 1e-4 swamps ∂f/∂x1 = 1 in a difference over a step of about 1e-5.
        ScalarFunction large = new ScalarFunction(2) {
            @Override
            protected double valueAt(double[] x) {
                return 1e12 * (1 + x[0] * x[0]) + x[1];
            }

            @Override
            protected Dual jvpAt(double[] x, double[] v) {
                return new Dual(valueAt(x), 2e12 * x[0] * v[0] + v[1]);
            }

            @Override
            protected double vjpAt(double[] x, double w, double[] xBar) {
                xBar[0] += 2e12 * x[0] * w;
                xBar[1] += w;
                return valueAt(x);
            }
        };
        GradientCheck.Report report = GradientCheck.check(large, new double[] {0.5, 0.25});
        assertTrue(report.passes(1e-6), report::toString);
    }

    /** {@code f(x) = x0²}. */
    private static final class Square extends ScalarFunction {
        Square() {
            super(1);
        }

        @Override
        protected double valueAt(double[] x) {
            return x[0] * x[0];
        }

        @Override
        protected Dual jvpAt(double[] x, double[] v) {
            return new Dual(x[0] * x[0], 2 * x[0] * v[0]);
        }

        @Override
        protected double vjpAt(double[] x, double w, double[] xBar) {
            xBar[0] += 2 * x[0] * w;
            return x[0] * x[0];
        }
    }

    /** {@code f(x) = x0 + x1} claiming the gradient {@code (5, NaN)}: a large error at 0, a NaN one at 1. */
    private static final class SumWithBadGradient extends ScalarFunction {
        SumWithBadGradient() {
            super(2);
        }

        @Override
        protected double valueAt(double[] x) {
            return x[0] + x[1];
        }

        @Override
        protected Dual jvpAt(double[] x, double[] v) {
            return new Dual(x[0] + x[1], 5 * v[0] + Double.NaN * v[1]);
        }

        @Override
        protected double vjpAt(double[] x, double w, double[] xBar) {
            xBar[0] += 5 * w;
            xBar[1] += Double.NaN;
            return x[0] + x[1];
        }
    }
}
