package dev.chainrule.hipparchus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.DifferentiableFunction;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.OptimizationData;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.vector.constrained.LagrangeSolution;
import org.hipparchus.optim.nonlinear.vector.constrained.SQPOption;
import org.hipparchus.optim.nonlinear.vector.constrained.SQPOptimizerS;
import org.junit.jupiter.api.Test;

class SqpAdaptersTest {

    private static final double[] ON_THE_CIRCLE = {2 / Math.sqrt(5), 1 / Math.sqrt(5)};

    @Test
    void gradientAndHessianMatchHipparchusFiniteDifferences() {
        TwiceDifferentiableObjective objective = TwiceDifferentiableObjective.of(TestFunctionsDerivatives.rosenbrock(2));
        double[] x = {-1.2, 1.0};
        RealVector point = new ArrayRealVector(x);
        assertEquals(2, objective.dim());
        assertEquals(TestFunctions.rosenbrock(x), objective.value(point));
        double[][] gradient = LibraryDifferences.jacobian(p -> new double[] {TestFunctions.rosenbrock(p)}, x, 1, 1e-3);
        assertArrayEquals(gradient[0], objective.gradient(point).toArray(), 1e-8);
        double[][] hessian = LibraryDifferences.jacobian(p -> objective.gradient(new ArrayRealVector(p)).toArray(), x,
                2, 1e-3);
        assertEquals(0, LibraryDifferences.maxDifference(hessian, objective.hessian(point).getData()), 1e-8);
    }

    @Test
    void constraintJacobiansMatchHipparchusFiniteDifferences() {
        double[] x = {0.3, -0.8};
        double[][] numeric = LibraryDifferences.jacobian(TestFunctions::squaredRadius, x, 1, 1e-3);
        RealVector point = new ArrayRealVector(x);
        EqualityConstraints equality = EqualityConstraints.of(TestFunctionsDerivatives.squaredRadius(2, 1),
                new double[] {1});
        InequalityConstraints inequality = InequalityConstraints.of(TestFunctionsDerivatives.squaredRadius(2, 1));
        assertEquals(0, LibraryDifferences.maxDifference(numeric, equality.jacobian(point).getData()), 1e-10);
        assertEquals(0, LibraryDifferences.maxDifference(numeric, inequality.jacobian(point).getData()), 1e-10);
        assertArrayEquals(TestFunctions.squaredRadius(x), equality.value(point).toArray(), 0);
        assertArrayEquals(TestFunctions.squaredRadius(x), inequality.value(point).toArray(), 0);
        assertEquals(2, equality.dim());
        assertEquals(1, inequality.dimY());
        assertArrayEquals(new double[] {1}, equality.getLowerBound().toArray());
        assertArrayEquals(new double[] {1}, equality.getUpperBound().toArray());
        assertArrayEquals(new double[] {0}, inequality.getLowerBound().toArray());
    }

    @Test
    void sqpFindsTheNearestPointOfTheCircleAndOfTheDisc() {
        // Hipparchus's SQP meets the constraint to about 1e-6 (its QP subproblems' tolerance), whatever its eps.
        assertArrayEquals(ON_THE_CIRCLE, solve(EqualityConstraints.of(TestFunctionsDerivatives.squaredRadius(2, 1),
                new double[] {1})).getX().toArray(), 1e-5);
        LagrangeSolution inDisc = solve(InequalityConstraints.of(TestFunctionsDerivatives.insideUnitDisc(2, 1)));
        assertArrayEquals(ON_THE_CIRCLE, inDisc.getX().toArray(), 1e-5);
        assertTrue(inDisc.getLambda().getEntry(0) > 0, "the disc's edge holds the optimum back");
    }

    private static LagrangeSolution solve(OptimizationData constraints) {
        SQPOption options = new SQPOption();
        options.setUseFunHessian(true);
        options.setEps(1e-11);
        return new SQPOptimizerS().optimize(options,
                new ObjectiveFunction(TwiceDifferentiableObjective.of(TestFunctionsDerivatives.distanceToTwoOne(2))),
                constraints, new InitialGuess(new double[] {0.5, 0.5}));
    }

    @Test
    void argumentsAreChecked() {
        assertEquals("objective is null",
                assertThrows(NullPointerException.class, () -> TwiceDifferentiableObjective.of(null)).getMessage());
        DifferentiableFunction firstOrderOnly = new ForwardOnly(TestFunctionsDerivatives.rosenbrock(2));
        String message = assertThrows(IllegalArgumentException.class,
                () -> TwiceDifferentiableObjective.of(firstOrderOnly)).getMessage();
        assertTrue(message.startsWith("the objective needs second derivatives, but "), message);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TwiceDifferentiableObjective.of(
                TestFunctionsDerivatives.rosenbrockResiduals(2, 2))).getMessage().endsWith(" has 2 outputs"));
        assertEquals("constraints is null",
                assertThrows(NullPointerException.class, () -> EqualityConstraints.of(null)).getMessage());
        assertEquals("bounds has length 2, expected 1", assertThrows(IllegalArgumentException.class,
                () -> InequalityConstraints.of(TestFunctionsDerivatives.squaredRadius(2, 1), new double[2]))
                .getMessage());
        InequalityConstraints constraints = InequalityConstraints.of(TestFunctionsDerivatives.squaredRadius(2, 1));
        assertEquals("x has length 3, expected 2", assertThrows(IllegalArgumentException.class,
                () -> constraints.jacobian(new ArrayRealVector(3))).getMessage());
    }
}
