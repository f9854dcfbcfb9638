package dev.chainrule.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks (a)–(k) over issue 3's fixtures per construct: loops, branches, arrays, vector results. */
class ConstructsE2ETest extends FixtureChecks {

    @Override
    Stream<Fixture> fixtures() {
        return ConstructCatalog.all().stream();
    }

    /** Newton's iteration converged: its derivative is that of √a, 1/(2√a), up to the last step's error. */
    @Test
    void newtonIterationDifferentiatesToTheDerivativeOfTheSquareRoot() {
        for (double a : new double[] {0.05, 0.3, 0.999, 1.001, 2, 7.5, 49}) {
            double expected = 0.5 / Math.sqrt(a);
            assertEquals(expected, LoopsDerivatives.newtonSqrtGradient(a).a(), 1e-9 * expected, "a = " + a);
            assertEquals(expected, LoopsDerivatives.newtonSqrtJvp(a, 1).tangent(), 1e-9 * expected, "a = " + a);
        }
    }

    /**
     * At a = 1 exactly the program starts from the constant 1 (the branch {@code a > 1 ? a : 1} is not taken) and
     * already satisfies the tolerance: no iteration runs, and the derivative of the program as written is 0 there.
     */
    @Test
    void newtonIterationAtItsFixedPointTakesTheConstantBranch() {
        assertEquals(1.0, LoopsDerivatives.newtonSqrtGradient(1).value());
        assertEquals(0.0, LoopsDerivatives.newtonSqrtGradient(1).a());
        assertEquals(0.0, LoopsDerivatives.newtonSqrtJvp(1, 1).tangent());
    }

    /** Bisection's exact derivative is the iteration's: the result is a dyadic multiple of hi = a, so mid / a. */
    @Test
    void bisectionDifferentiatesTheIterationNotTheRoot() {
        for (double a : new double[] {0.5, 1, 2.5, 4}) {
            double value = Loops.bisection(a);
            assertEquals(value / a, LoopsDerivatives.bisectionGradient(a).a(), 1e-15, "a = " + a);
            assertEquals(value / a, LoopsDerivatives.bisectionJvp(a, 1).tangent(), 1e-15, "a = " + a);
        }
    }
}
