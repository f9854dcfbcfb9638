package dev.chainrule.commonsmath;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;
import org.junit.jupiter.api.Test;

class GradientObjectiveTest {

    private static final GradientObjective BEALE = GradientObjective.of(TestFunctionsDerivatives.beale(2));

    @Test
    void gradientMatchesCommonsMathFiniteDifferences() {
        double[] x = {1, 1};
        double[][] numeric = LibraryDifferences.jacobian(p -> new double[] {TestFunctions.beale(p)}, x, 1, 1e-3);
        assertArrayEquals(numeric[0], BEALE.gradient(x), 1e-8);
        assertEquals(TestFunctions.beale(x), BEALE.objectiveFunction().getObjectiveFunction().value(x));
        assertArrayEquals(BEALE.gradient(x), BEALE.objectiveFunctionGradient().getObjectiveFunctionGradient().value(x));
    }

    @Test
    void conjugateGradientsMinimiseBeale() {
        PointValuePair optimum = new NonLinearConjugateGradientOptimizer(
                NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-15, 1e-15))
                .optimize(BEALE.objectiveFunction(), BEALE.objectiveFunctionGradient(), GoalType.MINIMIZE,
                        new InitialGuess(new double[] {1, 1}), new MaxEval(100_000));
        assertArrayEquals(new double[] {3, 0.5}, optimum.getPoint(), 1e-4);
        assertTrue(optimum.getValue() < 1e-8, "f = " + optimum.getValue());
    }

    @Test
    void argumentsAreChecked() {
        assertEquals("objective is null",
                assertThrows(NullPointerException.class, () -> GradientObjective.of(null)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GradientObjective.of(
                TestFunctionsDerivatives.exponential(2, TestFunctions.TIMES.length))).getMessage()
                .endsWith(" has 7 outputs"));
        assertEquals("x has length 3, expected 2",
                assertThrows(IllegalArgumentException.class, () -> BEALE.value(new double[3])).getMessage());
    }
}
