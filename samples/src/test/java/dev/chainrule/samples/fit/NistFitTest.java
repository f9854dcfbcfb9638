package dev.chainrule.samples.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer.Optimum;
import org.junit.jupiter.api.Test;

class NistFitTest {

    @Test
    void theExactJacobianReachesNistsCertifiedValuesOnBothProblems() {
        for (NistProblem problem : new NistProblem[] {NistProblem.misra1a(), NistProblem.lanczos3()}) {
            Optimum optimum = NistFit.fit(problem, NistFit.exactJacobian(problem));
            assertTrue(NistFit.meetsCertifiedValues(problem, optimum), problem.name());
            assertTrue(NistFit.fewestCorrectDigits(problem, optimum.getPoint().toArray()) > 8, problem.name());
        }
    }

    @Test
    void forwardDifferencesReachMisra1aButNotLanczos3() {
        NistProblem misra1a = NistProblem.misra1a();
        assertTrue(NistFit.meetsCertifiedValues(misra1a, NistFit.fit(misra1a, NistFit.forwardDifferences(misra1a))));
        NistProblem lanczos3 = NistProblem.lanczos3();
        Optimum optimum = NistFit.fit(lanczos3, NistFit.forwardDifferences(lanczos3));
        assertFalse(NistFit.meetsCertifiedValues(lanczos3, optimum));
        assertTrue(NistFit.fewestCorrectDigits(lanczos3, optimum.getPoint().toArray()) < 6);
    }

    @Test
    void theGeneratedJacobianIsTheClosedFormAndForwardDifferencesApproachIt() {
        NistProblem problem = NistProblem.misra1a();
        double[] b = problem.start();
        RealMatrix exact = NistFit.exactJacobian(problem).value(new ArrayRealVector(b)).getSecond();
        RealMatrix numeric = NistFit.forwardDifferences(problem).value(new ArrayRealVector(b)).getSecond();
        for (int i = 0; i < Misra1a.X.length; i++) {
            double decay = Math.exp(-b[1] * Misra1a.X[i]);
            assertEquals(1 - decay, exact.getEntry(i, 0), 1e-15);
            assertEquals(b[0] * Misra1a.X[i] * decay, exact.getEntry(i, 1), 1e-12 * b[0] * Misra1a.X[i]);
            assertEquals(exact.getEntry(i, 0), numeric.getEntry(i, 0), 1e-7);
            assertEquals(exact.getEntry(i, 1), numeric.getEntry(i, 1), 1e-6 * Math.abs(exact.getEntry(i, 1)));
        }
    }

    @Test
    void correctDigitsIsNistsLogRelativeError() {
        assertEquals(3, NistFit.correctDigits(1.001, 1), 1e-9);
        assertEquals(15, NistFit.correctDigits(2, 2));
        assertEquals(3, NistFit.fewestCorrectDigits(NistProblem.misra1a(),
                new double[] {Misra1a.CERTIFIED[0] * 1.001, Misra1a.CERTIFIED[1]}), 1e-9);
    }
}
