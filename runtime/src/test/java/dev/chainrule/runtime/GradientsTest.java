package dev.chainrule.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GradientsTest {

    private static final double[] X = {-1.2, 1, 0.5, 2};

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void rosenbrockGradientMatchesCommonsMath(Mode mode) {
        assertArrayEquals(referenceGradient(X), Gradients.gradient(new Rosenbrock(X.length), X, mode), 1e-12);
    }

    @Test
    void defaultIsOneReverseSweep() {
        Rosenbrock f = new Rosenbrock(X.length);
        assertArrayEquals(Gradients.gradient(f, X, Mode.REVERSE), Gradients.gradient(f, X));
    }

    @Test
    void rejectsAFunctionWithSeveralOutputs() {
        DifferentiableFunction f = ExampleFunction.correct();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gradients.gradient(f, new double[] {1, 2}));
        assertEquals("a gradient needs a scalar function, but " + f + " has 3 outputs; use Jacobians.jacobian",
                e.getMessage());
    }

    @Test
    void rejectsAPointOfTheWrongLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gradients.gradient(new Rosenbrock(4), new double[] {1, 2}));
        assertEquals("x has length 2, expected 4", e.getMessage());
    }

    /** Rosenbrock's gradient by Commons Math, an implementation that shares nothing with ours. */
    private static double[] referenceGradient(double[] x) {
        int n = x.length;
        DerivativeStructure s = new DerivativeStructure(n, 1, 0);
        for (int i = 0; i < n - 1; i++) {
            DerivativeStructure xi = new DerivativeStructure(n, 1, i, x[i]);
            DerivativeStructure next = new DerivativeStructure(n, 1, i + 1, x[i + 1]);
            DerivativeStructure a = xi.negate().add(1);
            DerivativeStructure b = next.subtract(xi.multiply(xi));
            s = s.add(a.multiply(a)).add(b.multiply(b).multiply(100));
        }
        double[] gradient = new double[n];
        for (int j = 0; j < n; j++) {
            int[] orders = new int[n];
            orders[j] = 1;
            gradient[j] = s.getPartialDerivative(orders);
        }
        return gradient;
    }
}
