package dev.chainrule.samples.objectives;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.ConsistencyCheck;
import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.GradientCheck;
import dev.chainrule.runtime.Hessians;
import dev.chainrule.runtime.JacobianComparison;
import dev.chainrule.runtime.TwiceDifferentiableFunction;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Published test objectives (Ackley, Rastrigin, Styblinski–Tang, Griewank, Levy, Michalewicz, Zakharov,
 * Goldstein–Price, six-hump camel; logistic regression, softmax cross-entropy, Huber; Black–Scholes; a two-link arm;
 * an explicit heat equation) written as their formulas read, through the checks a user runs on their own functions:
 * central differences, forward against reverse, the dot-product identity, and the Hessian against differences of the
 * gradient, at random points.
 */
class ObjectivesTest {
    private static final Random DATA = new Random(7);
    private static final double[][] X = matrix(12, 4);
    private static final double[] LABELS = signs(12);
    private static final double[] TARGETS = vector(12);

    static Stream<Arguments> objectives() {
        return Stream.of(
                Arguments.of("ackley", ObjectivesDerivatives.ackley(5), 5),
                Arguments.of("rastrigin", ObjectivesDerivatives.rastrigin(5), 5),
                Arguments.of("styblinskiTang", ObjectivesDerivatives.styblinskiTang(5), 5),
                Arguments.of("griewank", ObjectivesDerivatives.griewank(5), 5),
                Arguments.of("levy", ObjectivesDerivatives.levy(5), 5),
                Arguments.of("michalewicz", ObjectivesDerivatives.michalewicz(5), 5),
                Arguments.of("zakharov", ObjectivesDerivatives.zakharov(5), 5),
                Arguments.of("goldsteinPrice", ObjectivesDerivatives.goldsteinPrice(), 2),
                Arguments.of("sixHumpCamel", ObjectivesDerivatives.sixHumpCamel(2), 2),
                Arguments.of("logisticLoss", ObjectivesDerivatives.logisticLoss(4, X, LABELS), 5),
                Arguments.of("softmaxCrossEntropy", ObjectivesDerivatives.softmaxCrossEntropy(6, 2), 6),
                Arguments.of("huber", ObjectivesDerivatives.huber(4, X, TARGETS), 5),
                Arguments.of("blackScholesCall", ObjectivesDerivatives.blackScholesCall(), 5),
                Arguments.of("twoLinkArm", ObjectivesDerivatives.twoLinkArm(2, 4), 4),
                Arguments.of("heat", ObjectivesDerivatives.heat(8, 8, 5), 9),
                Arguments.of("compound", ObjectivesDerivatives.compound(6), 6),
                Arguments.of("specials", ObjectivesDerivatives.specials(3), 3),
                Arguments.of("firstPairAbove", ObjectivesDerivatives.firstPairAbove(5), 6),
                Arguments.of("basis", ObjectivesDerivatives.basis(3), 1),
                Arguments.of("basisQuadratic", ObjectivesDerivatives.basis(2), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objectives")
    void derivativesPassTheUsersChecks(String name, DifferentiableFunction f, int n) {
        Random random = new Random(name.hashCode());
        for (int trial = 0; trial < 5; trial++) {
            double[] x = point(name, random, n);
            GradientCheck.Report differences = GradientCheck.check(f, x);
            assertTrue(differences.passes(1e-6), name + " vs central differences: " + differences);
            JacobianComparison modes = ConsistencyCheck.forwardVersusReverse(f, x);
            assertTrue(modes.passes(1e-12), name + " forward vs reverse: " + modes);
            ConsistencyCheck.DotProductReport dot = ConsistencyCheck.dotProduct(f, x);
            assertTrue(dot.passes(1e-12), name + " dot product: " + dot);
            if (f instanceof TwiceDifferentiableFunction && f.outputDimension() == 1) {
                JacobianComparison hessian = Hessians.check(f, x);
                assertTrue(hessian.passes(1e-5), name + " Hessian vs differences of the gradient: " + hessian);
            }
        }
    }

    private static double[] point(String name, Random random, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -1.5 + 3 * random.nextDouble();
        }
        switch (name) {
            case "blackScholesCall":
                return new double[] {80 + 40 * random.nextDouble(), 100, 0.01 + 0.04 * random.nextDouble(),
                    0.1 + 0.3 * random.nextDouble(), 0.25 + 2 * random.nextDouble()};
            case "twoLinkArm":
                return new double[] {x[0], x[1], 1 + random.nextDouble(), 0.5 + random.nextDouble()};
            case "heat":
                x[8] = 0.05 + 0.4 * random.nextDouble();
                return x;
            case "firstPairAbove":
                x[5] = 0.3;
                return x;
            case "specials":
                x[0] += x[0] > 0 ? 0.2 : -0.2;
                return x;
            default:
                return x;
        }
    }

    private static double[][] matrix(int rows, int cols) {
        double[][] m = new double[rows][];
        for (int i = 0; i < rows; i++) {
            m[i] = vector(cols);
        }
        return m;
    }

    private static double[] vector(int n) {
        return DATA.doubles(n, -1, 1).toArray();
    }

    private static double[] signs(int n) {
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = DATA.nextBoolean() ? 1 : -1;
        }
        return s;
    }
}
