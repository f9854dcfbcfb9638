package dev.chainrule.samples;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import dev.chainrule.runtime.ModeChoice;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The seed's Jacobian example, {@code f(x) = [x0² + x1, x0·x1, sin x0]} ({@link JacobianFunctions#f}), assembled by
 * the runtime from the generated derivatives in each mode at {@code x = (1, 2)}, beside the closed form
 * {@code [[2x0, 1], [x1, x0], [cos x0, 0]]}.
 *
 * <p>{@link #main} fails (throws) if any mode's Jacobian differs from the closed form by more than
 * {@link #TOLERANCE}, or if AUTO does not pick forward mode for this {@code R² → R³} function; it prints the reason
 * AUTO gives ({@link Jacobians#explain}).
 */
public final class JacobianExample {

    /** The largest absolute difference accepted between a computed Jacobian entry and the closed form. */
    public static final double TOLERANCE = 1e-15;

    /** The seed's point. */
    private static final double[] POINT = {1, 2};

    private JacobianExample() {
    }

    /**
     * The closed form of the Jacobian.
     *
     * @param x the point
     * @return {@code [[2x0, 1], [x1, x0], [cos x0, 0]]}
     */
    public static double[][] closedForm(double[] x) {
        return new double[][] {{2 * x[0], 1}, {x[1], x[0]}, {Math.cos(x[0]), 0}};
    }

    /**
     * The generated view of {@code f} over {@code R² → R³}.
     *
     * @return {@code JacobianFunctionsDerivatives.f(2, 3)}
     */
    public static DifferentiableFunction view() {
        return JacobianFunctionsDerivatives.f(2, 3);
    }

    /**
     * The Jacobian at {@code (1, 2)} in each of the three modes.
     *
     * @return FORWARD, REVERSE and AUTO, each to its Jacobian
     */
    public static Map<Mode, double[][]> jacobians() {
        Map<Mode, double[][]> result = new EnumMap<>(Mode.class);
        for (Mode mode : Mode.values()) {
            result.put(mode, Jacobians.jacobian(view(), POINT.clone(), mode));
        }
        return result;
    }

    /**
     * A matrix with two decimals, e.g. {@code [[2.00, 1.00], [2.00, 1.00], [0.54, 0.00]]}.
     *
     * @param m the matrix
     * @return its text
     */
    public static String format(double[][] m) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < m.length; i++) {
            b.append(i == 0 ? "[" : ", [");
            for (int j = 0; j < m[i].length; j++) {
                // + 0.0 turns a -0.0 into 0.0, so that a zero never prints as "-0.00".
                b.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", m[i][j] + 0.0));
            }
            b.append(']');
        }
        return b.append(']').toString();
    }

    /**
     * Runs the example and prints it.
     *
     * @param out where to print
     * @return the number of failed checks (0 when all pass)
     */
    public static int run(PrintStream out) {
        int failures = 0;
        DifferentiableFunction view = view();
        double[][] expected = closedForm(POINT);
        out.println("6. Jacobian of f(x) = [x0^2 + x1, x0*x1, sin x0] at x = (1, 2)      closed form: "
                + "[[2x0, 1], [x1, x0], [cos x0, 0]]");
        out.printf(Locale.ROOT, "  closed form       %s%n", format(expected));
        for (Map.Entry<Mode, double[][]> entry : jacobians().entrySet()) {
            double error = maxDifference(entry.getValue(), expected);
            boolean ok = error <= TOLERANCE;
            failures += ok ? 0 : 1;
            out.printf(Locale.ROOT, "  %-8s %-8s %s   max |diff| %.1e%s%n", entry.getKey(),
                    sweeps(entry.getKey(), view), format(entry.getValue()), error, ok ? "" : "  MISMATCH");
        }
        ModeChoice choice = Jacobians.explain(view);
        boolean forward = choice.mode() == Mode.FORWARD;
        failures += forward ? 0 : 1;
        out.printf(Locale.ROOT, "  AUTO chose %s%s%n", choice.reason(), forward ? "" : "  FAIL: expected FORWARD");
        return failures;
    }

    /**
     * Runs the example and fails if a check fails.
     *
     * @param args ignored
     * @throws IllegalStateException if a check fails
     */
    public static void main(String[] args) {
        int failures = run(System.out);
        if (failures > 0) {
            throw new IllegalStateException(failures + " Jacobian check(s) failed, see above");
        }
    }

    private static String sweeps(Mode mode, DifferentiableFunction view) {
        return switch (mode) {
            case FORWARD -> view.inputDimension() + " Jvp";
            case REVERSE -> view.outputDimension() + " Vjp";
            case AUTO -> sweeps(Jacobians.explain(view).mode(), view);
        };
    }

    private static double maxDifference(double[][] p, double[][] q) {
        double worst = 0;
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p[i].length; j++) {
                worst = Math.max(worst, Math.abs(p[i][j] - q[i][j]));
            }
        }
        return worst;
    }
}
