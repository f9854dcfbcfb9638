package dev.chainrule.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

class HessiansTest {

    private static final double[] X = {-1.2, 1, 0.5, 2};

    @Test
    void rosenbrockHessianMatchesCommonsMathAtOrderTwo() {
        double[][] expected = referenceHessian(X, HessiansTest::rosenbrock);
        double[][] hessian = Hessians.hessian(new Rosenbrock(X.length), X);
        for (int i = 0; i < X.length; i++) {
            assertArrayEquals(expected[i], hessian[i], 1e-12, "row " + i);
        }
    }

    @Test
    void rosenbrockHessianMatchesCentralDifferencesOfTheGradient() {
        JacobianComparison comparison = Hessians.check(new Rosenbrock(X.length), X);
        assertTrue(comparison.passes(1e-7), comparison::toString);
        assertEquals(16, comparison.entries());
        assertTrue(comparison.toString().contains("∂y[0]/∂x[0]: hessian "), comparison::toString);
    }

    @Test
    void hvpIsTheHessianTimesTheDirection() {
        Rosenbrock f = new Rosenbrock(X.length);
        double[] v = {0.3, -1, 2, 0.25};
        double[][] h = referenceHessian(X, HessiansTest::rosenbrock);
        assertArrayEquals(times(h, v), Hessians.hvp(f, X, v), 1e-11);
    }

    @Test
    void weightedHessianOfAVectorFunctionMatchesCommonsMath() {
        double[] x = {0.4, -0.7, 1.3};
        double[] w = {1.5, -0.5};
        Function<DerivativeStructure[], DerivativeStructure> weighted = d -> {
            DerivativeStructure f0 = d[0].multiply(d[1]).multiply(d[2]);
            DerivativeStructure f1 = d[0].exp().multiply(d[1].sin()).add(d[2].multiply(d[2]));
            return f0.multiply(w[0]).add(f1.multiply(w[1]));
        };
        double[][] expected = referenceHessian(x, weighted);
        double[][] hessian = Hessians.hessian(new TwiceExample(), x, w);
        for (int i = 0; i < x.length; i++) {
            assertArrayEquals(expected[i], hessian[i], 1e-13, "row " + i);
            assertArrayEquals(TwiceExample.weightedHessian(x, w)[i], hessian[i], 0, "row " + i);
        }
        double[] v = {1, 2, -3};
        assertArrayEquals(times(expected, v), Hessians.hvp(new TwiceExample(), x, w, v), 1e-13);
    }

    @Test
    void refusesAFunctionWithoutSecondDerivatives() {
        DifferentiableFunction f = new TanhLayer(2, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Hessians.hessian(f, new double[2]));
        assertEquals("second derivatives need a TwiceDifferentiableFunction, but TanhLayer[R^2 -> R^1] is not one;"
                + " the build generates Hessian-vector products for @Differentiable methods, so use their generated"
                + " view, or implement TwiceDifferentiableFunction.hvp for a function written by hand", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Hessians.hvp(f, new double[2], new double[2]));
    }

    @Test
    void aVectorFunctionNeedsWeights() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Hessians.hessian(new TwiceExample(), new double[3]));
        assertTrue(e.getMessage().startsWith("a Hessian without weights needs a scalar function, but "),
                e::getMessage);
        assertTrue(e.getMessage().endsWith(" has 2 outputs; pass weights w to get the Hessian of wᵀf"), e::getMessage);
    }

    @Test
    void rejectsArraysOfTheWrongLengthAndNonFiniteSeeds() {
        Rosenbrock f = new Rosenbrock(3);
        assertEquals("x has length 2, expected 3", assertThrows(IllegalArgumentException.class,
                () -> Hessians.hessian(f, new double[2])).getMessage());
        assertEquals("v has length 4, expected 3", assertThrows(IllegalArgumentException.class,
                () -> Hessians.hvp(f, new double[3], new double[4])).getMessage());
        assertEquals("w has length 1, expected 2", assertThrows(IllegalArgumentException.class,
                () -> Hessians.hvp(new TwiceExample(), new double[3], new double[1], new double[3])).getMessage());
        assertEquals("v[1] is NaN, but every entry of a seed must be finite", assertThrows(
                IllegalArgumentException.class,
                () -> Hessians.hvp(f, new double[3], new double[] {0, Double.NaN, 0})).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Hessians.hessian(new TwiceExample(), new double[3], new double[] {1, Double.POSITIVE_INFINITY}));
    }

    @Test
    void anEmptyFunctionHasAnEmptyHessian() {
        assertArrayEquals(new double[0][0], Hessians.hessian(new Rosenbrock(0), new double[0]));
    }

    /** Rosenbrock over Commons Math's derivative structures. */
    private static DerivativeStructure rosenbrock(DerivativeStructure[] x) {
        DerivativeStructure s = x[0].getField().getZero();
        for (int i = 0; i < x.length - 1; i++) {
            DerivativeStructure a = x[i].negate().add(1);
            DerivativeStructure b = x[i + 1].subtract(x[i].multiply(x[i]));
            s = s.add(a.multiply(a)).add(b.multiply(b).multiply(100));
        }
        return s;
    }

    /** The Hessian of a scalar function by Commons Math at order 2, an implementation that shares nothing with ours. */
    static double[][] referenceHessian(double[] x, Function<DerivativeStructure[], DerivativeStructure> f) {
        int n = x.length;
        DerivativeStructure[] variables = new DerivativeStructure[n];
        for (int j = 0; j < n; j++) {
            variables[j] = new DerivativeStructure(n, 2, j, x[j]);
        }
        DerivativeStructure value = f.apply(variables);
        double[][] hessian = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int[] orders = new int[n];
                orders[i]++;
                orders[j]++;
                hessian[i][j] = value.getPartialDerivative(orders);
            }
        }
        return hessian;
    }

    private static double[] times(double[][] matrix, double[] v) {
        double[] product = new double[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            for (int j = 0; j < v.length; j++) {
                product[i] += matrix[i][j] * v[j];
            }
        }
        return product;
    }
}
