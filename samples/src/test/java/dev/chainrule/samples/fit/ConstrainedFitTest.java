package dev.chainrule.samples.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.optim.nonlinear.vector.constrained.LagrangeSolution;
import org.junit.jupiter.api.Test;

class ConstrainedFitTest {

    @Test
    void sqpWithTheExactHessianLandsOnTheCappedOptimum() {
        double[] profile = ConstrainedFit.profileMinimum();
        LagrangeSolution solution = ConstrainedFit.fit(true);
        assertEquals(ConstrainedFit.CAP, solution.getX().getEntry(0), 1e-7 * ConstrainedFit.CAP);
        assertEquals(profile[0], solution.getX().getEntry(1), 1e-5 * profile[0]);
        assertEquals(profile[1], solution.getValue(), 1e-7 * profile[1]);
        assertTrue(solution.getLambda().getEntry(0) > 0, "the cap holds b1 back from the unconstrained 238.9");
        assertTrue(profile[1] > Misra1a.CERTIFIED_RSS, "capping b1 costs fit");
    }
}
