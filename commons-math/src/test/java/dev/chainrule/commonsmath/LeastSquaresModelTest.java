package dev.chainrule.commonsmath;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Mode;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer.Optimum;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;
import org.junit.jupiter.api.Test;

class LeastSquaresModelTest {

    private static final DifferentiableFunction MODEL =
            TestFunctionsDerivatives.exponential(2, TestFunctions.TIMES.length);

    @Test
    void jacobianMatchesCommonsMathFiniteDifferencesInEveryMode() {
        double[] b = {1.3, 0.8};
        double[][] numeric = LibraryDifferences.jacobian(TestFunctions::exponential, b, TestFunctions.TIMES.length,
                1e-3);
        for (Mode mode : Mode.values()) {
            Pair<RealVector, RealMatrix> both = LeastSquaresModel.of(MODEL, mode).value(new ArrayRealVector(b));
            assertArrayEquals(TestFunctions.exponential(b), both.getFirst().toArray(), 0);
            assertEquals(0, LibraryDifferences.maxDifference(both.getSecond().getData(), numeric), 1e-9, mode.name());
        }
    }

    @Test
    void theJacobianReachesCommonsMathWithoutACopy() {
        RealMatrix jacobian = LeastSquaresModel.of(MODEL).computeJacobian(new double[] {1, 1});
        ((Array2DRowRealMatrix) jacobian).getDataRef()[0][0] = 42;
        assertEquals(42, jacobian.getEntry(0, 0));
    }

    @Test
    void levenbergMarquardtRecoversTheParametersOfExactData() {
        double[] observed = TestFunctions.exponential(new double[] {2, 0.5});
        for (boolean lazy : new boolean[] {false, true}) {
            Optimum optimum = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                    .model(LeastSquaresModel.of(MODEL))
                    .target(observed)
                    .start(new double[] {1, 1})
                    .lazyEvaluation(lazy)
                    .maxEvaluations(1000)
                    .maxIterations(1000)
                    .build());
            assertArrayEquals(new double[] {2, 0.5}, optimum.getPoint().toArray(), 1e-10, "lazy " + lazy);
        }
    }

    @Test
    void argumentsAreChecked() {
        assertEquals("model is null",
                assertThrows(NullPointerException.class, () -> LeastSquaresModel.of(null)).getMessage());
        assertEquals("mode is null",
                assertThrows(NullPointerException.class, () -> LeastSquaresModel.of(MODEL, null)).getMessage());
        LeastSquaresModel model = LeastSquaresModel.of(MODEL);
        assertEquals("params has length 1, expected 2", assertThrows(IllegalArgumentException.class,
                () -> model.computeJacobian(new double[1])).getMessage());
        assertEquals("point is null", assertThrows(NullPointerException.class, () -> model.value(null)).getMessage());
    }
}
