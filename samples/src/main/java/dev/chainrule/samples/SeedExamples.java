package dev.chainrule.samples;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Dual;
import dev.chainrule.runtime.GradientCheck;
import dev.chainrule.runtime.Gradients;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * Prints the seed's worked examples: for a few points, the derivative that chainrule generated, in forward mode
 * ({@code mJvp}) and reverse mode ({@code mVjp} / {@code mGradient}), beside the seed's closed form
 * ({@link ClosedForms}) and the difference, then a gradient check by central differences on the generated
 * {@link DifferentiableFunction} view. Run it with {@code mvn -q -Prun-samples -DskipTests verify} from the
 * repository root.
 *
 * <p>The output is ASCII so that it reads the same in every terminal and locale. {@link #main} fails (throws) if a
 * generated derivative and its closed form disagree by more than {@link #TOLERANCE}, or a gradient check fails.
 */
public final class SeedExamples {

    /** The largest relative difference accepted between a generated derivative and its closed form. */
    public static final double TOLERANCE = 1e-12;

    /** What {@link GradientCheck} must achieve: central differences are good to about 1e-6. */
    public static final double CHECK_TOLERANCE = 1e-6;

    private SeedExamples() {
    }

    /**
     * One partial derivative at one point, computed three ways.
     *
     * @param name       the derivative, e.g. {@code dL/da}
     * @param forward    from the generated forward mode ({@code mJvp} with a unit tangent)
     * @param reverse    from the generated reverse mode ({@code mVjp} or {@code mGradient} with seed 1)
     * @param closedForm the seed's hand-derived formula
     */
    public record Derivative(String name, double forward, double reverse, double closedForm) {

        /**
         * The larger difference of the two generated values from the closed form, relative to the closed form.
         *
         * @return {@code max(|forward - closedForm|, |reverse - closedForm|) / |closedForm|}
         */
        public double relativeError() {
            double difference = Math.max(Math.abs(forward - closedForm), Math.abs(reverse - closedForm));
            return difference == 0 ? 0 : difference / Math.abs(closedForm);
        }
    }

    /**
     * One example evaluated at one point.
     *
     * @param point       the point, for printing, e.g. {@code x = 0.5}
     * @param value       the function's value there, as the generated reverse mode returned it
     * @param derivatives every partial derivative there
     * @param check       the gradient check of the generated view there
     */
    public record Evaluation(String point, double value, List<Derivative> derivatives, GradientCheck.Report check) {
    }

    /**
     * One of the seed's examples.
     *
     * @param title        the function, e.g. {@code y = sin(x^2)}
     * @param closedForm   its derivative as the seed writes it
     * @param reverseLabel which generated reverse-mode member computed {@link Derivative#reverse()}
     * @param evaluations  the function at each sample point
     */
    public record Example(String title, String closedForm, String reverseLabel, List<Evaluation> evaluations) {
    }

    /**
     * Evaluates every example at its sample points. This is what {@link #main} prints and what the tests check.
     *
     * @return the seed's three single-variable examples and its computational graph {@code L = (a·b + c)²}
     */
    public static List<Example> examples() {
        return List.of(
                singleVariable("1. y = sin(x^2)", "dy/dx = 2x*cos(x^2)",
                        new double[] {0.5, 1.0, 2.0},
                        x -> SeedFunctionsDerivatives.sinOfSquareJvp(x, 1.0).tangent(),
                        (x, xBar) -> SeedFunctionsDerivatives.sinOfSquareVjp(x, 1.0, xBar),
                        ClosedForms::sinOfSquare, SeedFunctionsDerivatives.sinOfSquare()),
                singleVariable("2. y = exp(3x^2 + 2x)", "dy/dx = (6x + 2)*exp(3x^2 + 2x)",
                        new double[] {-0.5, 0.0, 0.5},
                        x -> SeedFunctionsDerivatives.expOfQuadraticJvp(x, 1.0).tangent(),
                        (x, xBar) -> SeedFunctionsDerivatives.expOfQuadraticVjp(x, 1.0, xBar),
                        ClosedForms::expOfQuadratic, SeedFunctionsDerivatives.expOfQuadratic()),
                singleVariable("3. y = ln(cos(sqrt(x)))", "dy/dx = -tan(sqrt(x)) / (2 sqrt(x))",
                        new double[] {0.25, 1.0, 2.0},
                        x -> SeedFunctionsDerivatives.logCosSqrtJvp(x, 1.0).tangent(),
                        (x, xBar) -> SeedFunctionsDerivatives.logCosSqrtVjp(x, 1.0, xBar),
                        ClosedForms::logCosSqrt, SeedFunctionsDerivatives.logCosSqrt()),
                graphLoss(new double[][] {{1.5, -2.0, 0.5}, {0.3, 0.7, -0.1}}));
    }

    /** The generated reverse mode of a one-argument function: returns the value, accumulates into {@code xBar[0]}. */
    @FunctionalInterface
    private interface Vjp {
        double apply(double x, double[] xBar);
    }

    private static Example singleVariable(String title, String closedForm, double[] points,
            DoubleUnaryOperator jvp, Vjp vjp, DoubleUnaryOperator closed, DifferentiableFunction view) {
        List<Evaluation> evaluations = new ArrayList<>();
        // One accumulator for every point, as a hot loop would hold it: vjp adds to it, so it is zeroed before use.
        double[] xBar = new double[1];
        for (double x : points) {
            xBar[0] = 0;
            double value = vjp.apply(x, xBar);
            Derivative derivative = new Derivative("dy/dx", jvp.applyAsDouble(x), xBar[0], closed.applyAsDouble(x));
            evaluations.add(new Evaluation("x = " + number(x), value, List.of(derivative),
                    GradientCheck.check(view, new double[] {x})));
        }
        return new Example(title, closedForm, "reverse (Vjp)", evaluations);
    }

    private static Example graphLoss(double[][] points) {
        DifferentiableFunction view = SeedFunctionsDerivatives.graphLoss();
        List<Evaluation> evaluations = new ArrayList<>();
        for (double[] p : points) {
            double a = p[0];
            double b = p[1];
            double c = p[2];
            // Forward mode gives one partial per sweep (a column of the Jacobian): seed one input's tangent with 1.
            double da = SeedFunctionsDerivatives.graphLossJvp(a, 1, b, 0, c, 0).tangent();
            double db = SeedFunctionsDerivatives.graphLossJvp(a, 0, b, 1, c, 0).tangent();
            Dual dc = SeedFunctionsDerivatives.graphLossJvp(a, 0, b, 0, c, 1);
            // Reverse mode gives all three in one sweep, as backpropagation does.
            SeedFunctionsDerivatives.GraphLossGradient gradient = SeedFunctionsDerivatives.graphLossGradient(a, b, c);
            double[] closed = ClosedForms.graphLoss(a, b, c);
            List<Derivative> derivatives = List.of(
                    new Derivative("dL/da", da, gradient.a(), closed[0]),
                    new Derivative("dL/db", db, gradient.b(), closed[1]),
                    new Derivative("dL/dc", dc.tangent(), gradient.c(), closed[2]));
            evaluations.add(new Evaluation("(a, b, c) = (" + number(a) + ", " + number(b) + ", " + number(c) + ")",
                    gradient.value(), derivatives, GradientCheck.check(view, p.clone())));
        }
        return new Example("4. L = (a*b + c)^2", "dL/da = 2(ab + c)*b, dL/db = 2(ab + c)*a, dL/dc = 2(ab + c)",
                "reverse (Gradient)", evaluations);
    }

    /**
     * Prints every example and fails if any disagrees with its closed form.
     *
     * @param args ignored
     * @throws IllegalStateException if a generated derivative differs from the closed form by more than
     *                               {@link #TOLERANCE} (relative), or a gradient check fails
     */
    public static void main(String[] args) {
        PrintStream out = System.out;
        List<Example> examples = examples();
        out.println();
        out.println("chainrule samples: the seed's worked examples, differentiated at build time");
        out.println("  forward = generated mJvp with tangent 1; reverse = generated mVjp / mGradient with seed 1;");
        out.println("  rel. diff = max |generated - closed form| / |closed form|;");
        out.println("  check = GradientCheck.check on the generated view (central differences).");
        int failures = 0;
        for (Example example : examples) {
            out.println();
            out.printf(Locale.ROOT, "%s      closed form: %s%n", example.title(), example.closedForm());
            for (Evaluation evaluation : example.evaluations()) {
                out.printf(Locale.ROOT, "  at %s: value %s%n", evaluation.point(), number(evaluation.value()));
                out.printf(Locale.ROOT, "    %-7s %24s %24s %24s %10s%n", "", "forward (Jvp)", example.reverseLabel(),
                        "closed form", "rel. diff");
                for (Derivative d : evaluation.derivatives()) {
                    boolean ok = d.relativeError() <= TOLERANCE;
                    failures += ok ? 0 : 1;
                    out.printf(Locale.ROOT, "    %-7s %24.16e %24.16e %24.16e %10.1e%s%n", d.name(), d.forward(),
                            d.reverse(), d.closedForm(), d.relativeError(), ok ? "" : "  MISMATCH");
                }
                GradientCheck.Report check = evaluation.check();
                boolean passed = check.passes(CHECK_TOLERANCE);
                failures += passed ? 0 : 1;
                out.printf(Locale.ROOT, "    check: worst relative error %.1e vs central differences (%s)%n",
                        check.worstRelativeError(), passed ? "pass" : "FAIL: " + check);
            }
        }
        out.println();
        explainGraphLossModes(out);
        out.println();
        if (failures > 0) {
            throw new IllegalStateException(failures + " sample comparison(s) failed, see above");
        }
        out.printf(Locale.ROOT, "All generated derivatives match the closed forms to %.0e (relative).%n", TOLERANCE);
    }

    /** The runtime drivers on the graph example: the gradient, and which mode a whole Jacobian would use. */
    private static void explainGraphLossModes(PrintStream out) {
        DifferentiableFunction view = SeedFunctionsDerivatives.graphLoss();
        double[] x = {1.5, -2.0, 0.5};
        out.printf(Locale.ROOT, "Runtime drivers on the view SeedFunctionsDerivatives.graphLoss(), R^%d -> R^%d:%n",
                view.inputDimension(), view.outputDimension());
        out.printf(Locale.ROOT, "  Gradients.gradient(view, %s) = %s (one reverse sweep)%n", vector(x),
                vector(Gradients.gradient(view, x)));
        out.printf(Locale.ROOT, "  Jacobians.jacobian(view, x, Mode.AUTO) = %s%n",
                vector(Jacobians.jacobian(view, x, Mode.AUTO)[0]));
        out.printf(Locale.ROOT, "  Jacobians.explain(view): %s%n", Jacobians.explain(view));
    }

    private static String vector(double[] values) {
        return Arrays.stream(values).mapToObj(SeedExamples::number).toList().toString();
    }

    /** A double the way Java prints it, independent of the default locale. */
    private static String number(double value) {
        return Double.toString(value);
    }
}
