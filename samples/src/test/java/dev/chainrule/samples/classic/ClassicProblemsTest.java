package dev.chainrule.samples.classic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.GradientCheck;
import dev.chainrule.runtime.Gradients;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import dev.chainrule.runtime.TwiceDifferentiableFunction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Moré–Garbow–Hillstrom problems, written as a user would, against derivatives derived by hand: every generated
 * entry point (Jvp, Vjp, Gradient, the views through the runtime's drivers, vector forward mode, Hessian-vector
 * products) at the standard start, a few extra points and seeded random points.
 */
class ClassicProblemsTest {
    /** Generated vs hand-derived first derivatives (relative, with the row floor of {@link Agreement}). */
    private static final double TIGHT = 1e-12;

    /** Hessian-vector products vs hand-derived curvature: more terms, each rounded. */
    private static final double SECOND = 1e-10;

    /** Anything against central differences. */
    private static final double DIFFERENCES = 1e-6;

    private static final int RANDOM_POINTS = 4;

    static Stream<Problem> problems() {
        return ClassicCatalog.all().stream();
    }

    private static double[] unit(int n, int j) {
        double[] e = new double[n];
        e[j] = 1;
        return e;
    }

    private static double[] randomVector(Random random, int n) {
        double[] v = new double[n];
        for (int j = 0; j < n; j++) {
            v[j] = 2 * random.nextDouble() - 1;
        }
        return v;
    }

    /** Jᵀw. */
    private static double[] transposeTimes(double[][] jac, double[] w) {
        double[] out = new double[jac[0].length];
        for (int i = 0; i < jac.length; i++) {
            for (int j = 0; j < out.length; j++) {
                out[j] += jac[i][j] * w[i];
            }
        }
        return out;
    }

    /** J v. */
    private static double[] times(double[][] jac, double[] v) {
        double[] out = new double[jac.length];
        for (int i = 0; i < jac.length; i++) {
            for (int j = 0; j < v.length; j++) {
                out[i] += jac[i][j] * v[j];
            }
        }
        return out;
    }

    private static double[] scaled(double s, double[] v) {
        double[] out = v.clone();
        for (int j = 0; j < out.length; j++) {
            out[j] *= s;
        }
        return out;
    }

    private static double sumOfSquares(double[] f) {
        double s = 0;
        for (double fi : f) {
            s += fi * fi;
        }
        return s;
    }

    private static DifferentiableFunction residuals(Problem p) {
        int m = p.handJacobian(p.start()).length;
        return p.generated().residuals(p.n(), m);
    }

    /** The hand-derived gradient of f = Σ F_i²: 2 Jᵀ F, with F the method's own values. */
    private static double[] handGradient(Problem p, DifferentiableFunction residuals, double[] x) {
        return scaled(2, transposeTimes(p.handJacobian(x), residuals.value(x)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void residualJacobianMatchesHandDerived(Problem p) {
        Agreement agreement = new Agreement(p);
        DifferentiableFunction view = residuals(p);
        for (double[] x : p.pointsAndMinimizer(RANDOM_POINTS)) {
            double[][] hand = p.handJacobian(x);
            int m = hand.length;
            double[][] columns = new double[p.n()][];
            for (int j = 0; j < p.n(); j++) {
                columns[j] = p.generated().residualJvp(x, unit(p.n(), j)).tangent();
            }
            double[][] byJvp = new double[m][p.n()];
            double[][] byVjp = new double[m][];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < p.n(); j++) {
                    byJvp[i][j] = columns[j][i];
                }
                byVjp[i] = p.generated().residualVjp(x, unit(m, i));
            }
            agreement.matrices("FJvp", x, hand, byJvp, TIGHT);
            agreement.matrices("FVjp", x, hand, byVjp, TIGHT);
            for (Mode mode : Mode.values()) {
                agreement.matrices("view " + mode, x, hand, Jacobians.jacobian(view, x, mode), TIGHT);
            }
        }
        agreement.assertNone("Jacobian of the residuals");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void gradientMatchesHandDerived(Problem p) {
        Agreement agreement = new Agreement(p);
        DifferentiableFunction residuals = residuals(p);
        DifferentiableFunction objective = p.generated().objective(p.n());
        for (double[] x : p.points(RANDOM_POINTS)) {
            double[] hand = handGradient(p, residuals, x);
            agreement.scalars("f = Σ F_i²", x, sumOfSquares(residuals.value(x)), objective.value(x)[0], 1e-13);
            double[] byJvp = new double[p.n()];
            for (int j = 0; j < p.n(); j++) {
                byJvp[j] = p.generated().objectiveJvp(x, unit(p.n(), j)).tangent();
            }
            agreement.vectors("Jvp", x, hand, byJvp, TIGHT);
            agreement.vectors("Vjp", x, hand, p.generated().objectiveVjp(x), TIGHT);
            agreement.vectors("Gradient", x, hand, p.generated().objectiveGradient(x), TIGHT);
            agreement.vectors("Gradients.gradient", x, hand, Gradients.gradient(objective, x), TIGHT);
            agreement.vectors("Gradients.gradient FORWARD", x, hand, Gradients.gradient(objective, x, Mode.FORWARD),
                    TIGHT);
        }
        agreement.assertNone("gradient of the sum of squares");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void vectorForwardModeMatchesSingleJvps(Problem p) {
        Agreement agreement = new Agreement(p);
        Random random = new Random(p.name().hashCode() + 1);
        for (DifferentiableFunction view : new DifferentiableFunction[] {residuals(p), p.generated().objective(p.n())}) {
            int m = view.outputDimension();
            for (double[] x : p.pointsAndMinimizer(RANDOM_POINTS)) {
                double[][] directions = new double[3][];
                double[][] tangents = new double[3][m];
                for (int d = 0; d < directions.length; d++) {
                    directions[d] = randomVector(random, p.n());
                }
                double[] y = new double[m];
                view.jvps(x, directions, y, tangents);
                agreement.vectors("jvps value", x, view.value(x), y, 0);
                for (int d = 0; d < directions.length; d++) {
                    agreement.vectors("jvps direction " + d, x, view.jvp(x, directions[d]), tangents[d], TIGHT);
                }
            }
        }
        agreement.assertNone("vector forward mode");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void hessianVectorProductsMatchHandDerived(Problem p) {
        Agreement agreement = new Agreement(p);
        Random random = new Random(p.name().hashCode() + 2);
        DifferentiableFunction residuals = residuals(p);
        DifferentiableFunction objective = p.generated().objective(p.n());
        int m = residuals.outputDimension();
        int checked = 0;
        for (double[] x : p.pointsAndMinimizer(RANDOM_POINTS)) {
            boolean gradientVanishes = Arrays.equals(x, p.minimizer());
            double[] v = randomVector(random, p.n());
            double[] w = randomVector(random, m);
            if (objective instanceof TwiceDifferentiableFunction second) {
                double[] xBar = new double[p.n()];
                double[] hv = new double[p.n()];
                second.hvp(x, new double[] {1}, v, new double[1], xBar, hv);
                if (!gradientVanishes) {
                    agreement.vectors("hvp gradient", x, handGradient(p, residuals, x), xBar, TIGHT);
                }
                expectHessianTimes(agreement, p, residuals, x, v, hv);
                checked++;
            }
            if (residuals instanceof TwiceDifferentiableFunction second) {
                double[] xBar = new double[p.n()];
                double[] hv = new double[p.n()];
                second.hvp(x, w, v, new double[m], xBar, hv);
                agreement.vectors("residual hvp Jᵀw", x, transposeTimes(p.handJacobian(x), w), xBar, TIGHT);
                expectWeightedCurvature(agreement, p, x, w, v, hv);
                checked++;
            }
        }
        agreement.assertNone("Hessian-vector products");
        assertTrue(checked > 0 || p.name().equals("osborne2") || p.name().startsWith("penalty2")
                || p.name().startsWith("discreteIntegral"), p + ": no Hessian-vector product generated");
    }

    /** ∇²f v = 2 (Jᵀ J v + Σ F_i ∇²F_i v), or central differences of the hand gradient where no curvature is given. */
    private static void expectHessianTimes(Agreement agreement, Problem p, DifferentiableFunction residuals,
            double[] x, double[] v, double[] actual) {
        if (p.hasCurvature()) {
            double[][] jac = p.handJacobian(x);
            double[] expected = transposeTimes(jac, times(jac, v));
            double[] curved = transposeTimes(p.handCurvature(x, v), residuals.value(x));
            for (int j = 0; j < expected.length; j++) {
                expected[j] = 2 * (expected[j] + curved[j]);
            }
            agreement.vectors("hvp", x, expected, actual, SECOND);
        } else {
            agreement.vectors("hvp vs differences of the hand gradient", x,
                    alongV(x, v, y -> handGradient(p, residuals, y)), actual, DIFFERENCES);
        }
    }

    /** Σ w_i ∇²F_i v = Cᵀ w with C the hand curvature, or central differences of the hand Jᵀ w. */
    private static void expectWeightedCurvature(Agreement agreement, Problem p, double[] x, double[] w, double[] v,
            double[] actual) {
        if (p.hasCurvature()) {
            agreement.vectors("residual hvp", x, transposeTimes(p.handCurvature(x, v), w), actual, SECOND);
        } else {
            agreement.vectors("residual hvp vs differences of the hand Jᵀw", x,
                    alongV(x, v, y -> transposeTimes(p.handJacobian(y), w)), actual, DIFFERENCES);
        }
    }

    /** Central difference of {@code g} along {@code v}, step ∛ε · max(1, |x|). */
    private static double[] alongV(double[] x, double[] v, java.util.function.Function<double[], double[]> g) {
        double size = 1;
        for (double xj : x) {
            size = Math.max(size, Math.abs(xj));
        }
        double h = Math.cbrt(Math.ulp(1.0)) * size;
        double[] up = x.clone();
        double[] down = x.clone();
        for (int j = 0; j < x.length; j++) {
            up[j] += h * v[j];
            down[j] -= h * v[j];
        }
        double[] gUp = g.apply(up);
        double[] gDown = g.apply(down);
        double[] out = new double[gUp.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = (gUp[j] - gDown[j]) / (2 * h);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void centralDifferencesAgree(Problem p) {
        Agreement agreement = new Agreement(p);
        List<DifferentiableFunction> views = new ArrayList<>(List.of(residuals(p)));
        if (p.objectiveDifferences()) {
            views.add(p.generated().objective(p.n()));
        }
        for (DifferentiableFunction view : views) {
            for (double[] x : p.points(RANDOM_POINTS)) {
                GradientCheck.Report report = GradientCheck.check(view, x);
                if (!report.passes(DIFFERENCES)) {
                    agreement.fail(report.toString());
                }
            }
        }
        agreement.assertNone("central differences");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void knownValuesHold(Problem p) {
        Agreement agreement = new Agreement(p);
        DifferentiableFunction objective = p.generated().objective(p.n());
        if (!Double.isNaN(p.startValue())) {
            agreement.scalars("f(x0)", p.start(), p.startValue(), objective.value(p.start())[0], 1e-14);
        }
        double[] x = p.minimizer();
        if (x != null) {
            double f = objective.value(x)[0];
            if (!(Math.abs(f - p.minimum()) <= 1e-13 * Math.max(1, p.minimum()))) {
                agreement.fail("f at the minimizer: expected " + p.minimum() + ", got " + f);
            }
            double[] gradient = Gradients.gradient(objective, x);
            double[] hand = handGradient(p, residuals(p), x);
            for (int j = 0; j < gradient.length; j++) {
                if (!(Math.abs(gradient[j]) <= 1e-9 * Math.max(1, Math.abs(x[j])) && Math.abs(hand[j]) <= 1e-9
                        * Math.max(1, Math.abs(x[j])))) {
                    agreement.fail("gradient at the minimizer [" + j + "]: generated " + gradient[j] + ", hand "
                            + hand[j]);
                }
            }
        }
        agreement.assertNone("known values");
    }
}
