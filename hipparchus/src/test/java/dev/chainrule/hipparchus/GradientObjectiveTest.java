package dev.chainrule.hipparchus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;
import org.junit.jupiter.api.Test;

class GradientObjectiveTest {

    private static final GradientObjective ROSENBROCK = GradientObjective.of(TestFunctionsDerivatives.rosenbrock(2));

    @Test
    void gradientMatchesHipparchusFiniteDifferences() {
        double[] x = {-1.2, 1.0};
        double[][] numeric = LibraryDifferences.jacobian(p -> new double[] {TestFunctions.rosenbrock(p)}, x, 1, 1e-3);
        assertArrayEquals(numeric[0], ROSENBROCK.gradient(x), 1e-8);
        assertEquals(TestFunctions.rosenbrock(x), ROSENBROCK.value(x));
        assertArrayEquals(ROSENBROCK.gradient(x),
                ROSENBROCK.objectiveFunctionGradient().getObjectiveFunctionGradient().value(x));
        assertEquals(ROSENBROCK.value(x), ROSENBROCK.objectiveFunction().getObjectiveFunction().value(x));
    }

    @Test
    void conjugateGradientsMinimiseRosenbrock() {
        NonLinearConjugateGradientOptimizer optimizer = new NonLinearConjugateGradientOptimizer(
                NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-15, 1e-15));
        PointValuePair optimum = optimizer.optimize(ROSENBROCK.objectiveFunction(),
                ROSENBROCK.objectiveFunctionGradient(), GoalType.MINIMIZE, new InitialGuess(new double[] {-1.2, 1}),
                new MaxEval(100_000));
        assertArrayEquals(new double[] {1, 1}, optimum.getPoint(), 1e-4);
        assertTrue(optimum.getValue() < 1e-8, "f = " + optimum.getValue());
    }

    @Test
    void argumentsAreChecked() {
        assertEquals("objective is null",
                assertThrows(NullPointerException.class, () -> GradientObjective.of(null)).getMessage());
        String message = assertThrows(IllegalArgumentException.class,
                () -> GradientObjective.of(TestFunctionsDerivatives.rosenbrockResiduals(2, 2))).getMessage();
        assertTrue(message.startsWith("objective must be a scalar function (1 output), but "), message);
        assertTrue(message.endsWith(" has 2 outputs"), message);
        assertEquals("x has length 3, expected 2",
                assertThrows(IllegalArgumentException.class, () -> ROSENBROCK.value(new double[3])).getMessage());
        assertEquals("x has length 1, expected 2",
                assertThrows(IllegalArgumentException.class, () -> ROSENBROCK.gradient(new double[1])).getMessage());
    }
}
