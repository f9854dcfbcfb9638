package dev.chainrule.samples.classic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Levenberg–Marquardt on the generated Jacobians, from the paper's standard starting points, reaches the minima the
 * paper reports (to their printed 6 significant digits; a zero minimum to 1e-20).
 */
class ClassicMinimaTest {

    static Stream<Problem> problems() {
        return ClassicCatalog.all().stream().filter(p -> !Double.isNaN(p.publishedMinimum()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void reachesThePublishedMinimum(Problem p) {
        int m = p.handJacobian(p.start()).length;
        double f = LevenbergMarquardt.minimize(p.generated().residuals(p.n(), m), p.start());
        double expected = p.publishedMinimum();
        boolean reached = expected == 0 ? f < 1e-20 : Math.abs(f - expected) <= 1e-5 * expected;
        assertTrue(reached, () -> p + ": reached f = " + f + ", the paper reports " + expected);
    }
}
