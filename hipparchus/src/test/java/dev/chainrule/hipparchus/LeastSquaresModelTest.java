package dev.chainrule.hipparchus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Mode;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer.Optimum;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;
import org.junit.jupiter.api.Test;

class LeastSquaresModelTest {

    private static final DifferentiableFunction RESIDUALS = TestFunctionsDerivatives.rosenbrockResiduals(2, 2);

    @Test
    void jacobianMatchesHipparchusFiniteDifferencesInEveryMode() {
        double[] x = {-1.2, 1.0};
        double[][] numeric = LibraryDifferences.jacobian(TestFunctions::rosenbrockResiduals, x, 2, 1e-3);
        for (Mode mode : Mode.values()) {
            Pair<RealVector, RealMatrix> both = LeastSquaresModel.of(RESIDUALS, mode).value(new ArrayRealVector(x));
            assertArrayEquals(TestFunctions.rosenbrockResiduals(x), both.getFirst().toArray(), 0);
            assertEquals(0, LibraryDifferences.maxDifference(both.getSecond().getData(), numeric), 1e-9, mode.name());
        }
    }

    @Test
    void theJacobianReachesHipparchusWithoutACopy() {
        RealMatrix jacobian = LeastSquaresModel.of(RESIDUALS).computeJacobian(new double[] {0.5, 0.5});
        // Array2DRowRealMatrix.getDataRef hands out the array it wraps: writing through it shows no copy was made.
        double[][] data = ((org.hipparchus.linear.Array2DRowRealMatrix) jacobian).getDataRef();
        data[0][0] = 42;
        assertEquals(42, jacobian.getEntry(0, 0));
    }

    @Test
    void levenbergMarquardtReachesTheZeroResidualMinimum() {
        for (boolean lazy : new boolean[] {false, true}) {
            Optimum optimum = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                    .model(LeastSquaresModel.of(RESIDUALS))
                    .target(new double[2])
                    .start(new double[] {-1.2, 1.0})
                    .lazyEvaluation(lazy)
                    .maxEvaluations(1000)
                    .maxIterations(1000)
                    .build());
            assertArrayEquals(new double[] {1, 1}, optimum.getPoint().toArray(), 1e-10, "lazy " + lazy);
        }
    }

    @Test
    void argumentsAreChecked() {
        assertEquals("model is null",
                assertThrows(NullPointerException.class, () -> LeastSquaresModel.of(null)).getMessage());
        assertEquals("mode is null",
                assertThrows(NullPointerException.class, () -> LeastSquaresModel.of(RESIDUALS, null)).getMessage());
        LeastSquaresModel model = LeastSquaresModel.of(RESIDUALS);
        assertEquals("params has length 3, expected 2", assertThrows(IllegalArgumentException.class,
                () -> model.computeValue(new double[3])).getMessage());
        assertEquals("params has length 1, expected 2", assertThrows(IllegalArgumentException.class,
                () -> model.value(new ArrayRealVector(1))).getMessage());
        assertEquals("point is null", assertThrows(NullPointerException.class, () -> model.value(null)).getMessage());
    }
}
