package dev.chainrule.runtime;

import dev.chainrule.runtime.support.Costs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConsistencyCheckTest {

    private static final double[] X = {1, 2};

    @Test
    void correctFunctionsAreConsistentToRounding() {
        List<DifferentiableFunction> functions = List.of(ExampleFunction.correct(), new Rosenbrock(4),
                new TanhLayer(5, 3), new TanhLayer.Vectorized(7, 2, Costs.UNKNOWN), new TwiceExample());
        for (DifferentiableFunction f : functions) {
            double[] x = JacobiansTest.gaussians(new Random(1), f.inputDimension());
            ConsistencyCheck.DotProductReport dot = ConsistencyCheck.dotProduct(f, x);
            assertTrue(dot.passes(1e-13), f + ": " + dot);
            assertEquals(ConsistencyCheck.TRIALS, dot.trials());
            JacobianComparison agreement = ConsistencyCheck.forwardVersusReverse(f, x);
            assertTrue(agreement.passes(1e-14), f + ": " + agreement);
        }
    }

    @Test
    void aWrongButConsistentDerivativeNeedsTheGradientCheck() {
        // Both products use the same wrong slope of the sine: consistent with each other, wrong about the function.
        DifferentiableFunction f = ExampleFunction.withWrongSineDerivative();
        assertTrue(ConsistencyCheck.dotProduct(f, X).passes(1e-13));
        assertTrue(ConsistencyCheck.forwardVersusReverse(f, X).passes(0));
        assertFalse(GradientCheck.check(f, X).passes(1e-6));
    }

    @Test
    void catchesAnAdjointThatDisagreesWithItsTangent() {
        DifferentiableFunction f = new MismatchedProducts();
        ConsistencyCheck.DotProductReport dot = ConsistencyCheck.dotProduct(f, X);
        assertFalse(dot.passes(1e-6), dot::toString);
        assertTrue(dot.toString().startsWith("dot-product test over 3 random pairs: worst relative discrepancy "),
                dot::toString);
        JacobianComparison agreement = ConsistencyCheck.forwardVersusReverse(f, X);
        assertFalse(agreement.passes(1e-6));
        JacobianComparison.Entry worst = agreement.worst().get(0);
        assertEquals(List.of(2, 0), List.of(worst.output(), worst.input()));
        assertTrue(agreement.toString().startsWith("worst relative error 0.5 at ∂y[2]/∂x[0]: forward " + Math.cos(1)
                + ", reverse " + 2 * Math.cos(1)), agreement::toString);
    }

    @Test
    void theSeedMakesTheTestReproducible() {
        DifferentiableFunction f = new MismatchedProducts();
        assertEquals(ConsistencyCheck.dotProduct(f, X, 5, 9), ConsistencyCheck.dotProduct(f, X, 5, 9));
    }

    @Test
    void rejectsBadArguments() {
        DifferentiableFunction f = ExampleFunction.correct();
        assertEquals("x has length 3, expected 2", assertThrows(IllegalArgumentException.class,
                () -> ConsistencyCheck.dotProduct(f, new double[3])).getMessage());
        assertEquals("trials is 0, expected at least 1", assertThrows(IllegalArgumentException.class,
                () -> ConsistencyCheck.dotProduct(f, X, 0, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConsistencyCheck.forwardVersusReverse(f, new double[1]));
    }

    @Test
    void anEmptyFunctionIsTriviallyConsistent() {
        assertTrue(ConsistencyCheck.dotProduct(new TanhLayer(3, 0), new double[3]).passes(0));
        assertTrue(ConsistencyCheck.dotProduct(new TanhLayer(0, 3), new double[0]).passes(0));
    }

    /** The correct tangent of {@link ExampleFunction}, but the adjoint of its wrong variant. */
    private static final class MismatchedProducts implements DifferentiableFunction {

        private final DifferentiableFunction tangent = ExampleFunction.correct();
        private final DifferentiableFunction adjoint = ExampleFunction.withWrongSineDerivative();

        @Override
        public int inputDimension() {
            return tangent.inputDimension();
        }

        @Override
        public int outputDimension() {
            return tangent.outputDimension();
        }

        @Override
        public void value(double[] x, double[] y) {
            tangent.value(x, y);
        }

        @Override
        public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
            tangent.jvp(x, v, y, yDot);
        }

        @Override
        public void vjp(double[] x, double[] w, double[] y, double[] xBar) {
            adjoint.vjp(x, w, y, xBar);
        }
    }
}
