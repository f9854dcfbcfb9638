package dev.chainrule.corpus;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Hessians;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import dev.chainrule.runtime.TwiceDifferentiableFunction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The checks every corpus method goes through at each of its points. Each returns the disagreements it found, each
 * naming the point and the entry, so that a test reports all of them at once.
 */
final class Checks {

    private Checks() {
    }

    /** The view's value, and the value its JVP, VJP and HVP return, equal the plain method's bit for bit. */
    static List<String> values(Point p) {
        DifferentiableFunction f = p.view();
        int n = p.x().length;
        int m = p.value().length;
        List<String> failures = new ArrayList<>();
        double[] y = new double[m];
        f.value(p.x(), y);
        sameBits("value", p, y, failures);
        y = new double[m];
        f.jvp(p.x(), new double[n], y, new double[m]);
        sameBits("jvp's value", p, y, failures);
        y = new double[m];
        f.vjp(p.x(), new double[m], y, new double[n]);
        sameBits("vjp's value", p, y, failures);
        if (f instanceof TwiceDifferentiableFunction g) {
            y = new double[m];
            g.hvp(p.x(), new double[m], new double[n], y, new double[n], new double[n]);
            sameBits("hvp's value", p, y, failures);
        }
        return failures;
    }

    private static void sameBits(String what, Point p, double[] y, List<String> failures) {
        if (!Arrays.equals(y, p.value())) {
            failures.add(what + " " + Arrays.toString(y) + " differs from the plain method's "
                    + Arrays.toString(p.value()) + " at " + p.describe());
        }
    }

    /**
     * The Jacobian four ways agree to rounding: columns by one-direction JVPs, rows by one-seed VJPs, and the
     * runtime's forward (vector JVPs) and reverse (vector VJPs) assemblies.
     */
    static List<String> modes(Point p) {
        double[][] byVjp = byVjp(p);
        List<String> failures = new ArrayList<>();
        compare("JVP columns", byJvp(p), "VJP rows", byVjp, p, failures);
        compare("Jacobians FORWARD", Jacobians.jacobian(p.view(), p.x(), Mode.FORWARD), "VJP rows", byVjp, p,
                failures);
        compare("Jacobians REVERSE", Jacobians.jacobian(p.view(), p.x(), Mode.REVERSE), "VJP rows", byVjp, p,
                failures);
        return failures;
    }

    private static void compare(String what, double[][] a, String against, double[][] b, Point p,
            List<String> failures) {
        for (int i = 0; i < b.length; i++) {
            double rowMax = Math.max(Tolerance.rowMax(a[i]), Tolerance.rowMax(b[i]));
            for (int k = 0; k < b[i].length; k++) {
                if (!Tolerance.close(a[i][k], b[i][k], rowMax, Tolerance.TIGHT)) {
                    failures.add(what + " J[" + i + "][" + k + "] = " + a[i][k] + " but " + against + " "
                            + b[i][k] + " at " + p.describe());
                }
            }
        }
    }

    /**
     * {@code ⟨J·v, w⟩ = ⟨v, Jᵀ·w⟩} for random {@code v}, {@code w}, relative to {@code Σ |J_ik v_k w_i|}, the size of
     * the terms both sides sum.
     */
    static List<String> dotProduct(Point p, Random random) {
        DifferentiableFunction f = p.view();
        double[][] jacobian = byVjp(p);
        List<String> failures = new ArrayList<>();
        for (int trial = 0; trial < 3; trial++) {
            double[] v = Args.vectorOf(random, p.x().length, -1, 1);
            double[] w = Args.vectorOf(random, p.value().length, -1, 1);
            double left = dot(f.jvp(p.x(), v), w);
            double right = dot(v, f.vjp(p.x(), w));
            double terms = 0;
            for (int i = 0; i < w.length; i++) {
                for (int k = 0; k < v.length; k++) {
                    terms += Math.abs(jacobian[i][k] * v[k] * w[i]);
                }
            }
            if (!(Math.abs(left - right) <= Tolerance.TIGHT * terms)) {
                failures.add("<J·v, w> = " + left + " but <v, Jᵀ·w> = " + right + " (terms " + terms + ") at "
                        + p.describe());
            }
        }
        return failures;
    }

    /** The reverse-mode Jacobian against Richardson differences of the plain method. */
    static List<String> differences(Point p) {
        double[][] analytic = byVjp(p);
        return againstReference("J", analytic, p.reference(), p.value(), p, false);
    }

    /**
     * The Hessian-vector product ({@code Σ w_i ∇²f_i · v}, forward over reverse) against Richardson differences of
     * the generated gradient {@code Jᵀ·w} along {@code v}. Points where the gradient itself has a kink within the
     * step (a ReLU, a clamp) are skipped, as the first-order points are.
     */
    static List<String> hessianVector(Point p, Random random) {
        if (!(p.view() instanceof TwiceDifferentiableFunction)) {
            return List.of("the view has no Hessian-vector product, though every call in the corpus has one");
        }
        int n = p.x().length;
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = Args.uniform(random, -1, 1) * Differences.scale(p.x()[k]);
        }
        boolean scalar = p.value().length == 1;
        double[] w = scalar ? new double[] {1} : Args.vectorOf(random, p.value().length, -1, 1);
        double[] hvp = scalar ? Hessians.hvp(p.view(), p.x(), v) : Hessians.hvp(p.view(), p.x(), w, v);
        double[] gradient = p.view().vjp(p.x(), w);
        Differences.Estimate reference = Differences.directional(y -> p.view().vjp(y, w), p.x(), v);
        double[][] analytic = new double[n][1];
        for (int k = 0; k < n; k++) {
            analytic[k][0] = hvp[k];
        }
        return againstReference("Hv", analytic, reference, gradient, p, true);
    }

    /**
     * Compares an analytic Jacobian with a difference estimate: each entry within {@link Tolerance#DIFFERENCES} of
     * its scale, plus twice the estimate's own error and its rounding noise.
     */
    private static List<String> againstReference(String what, double[][] analytic, Differences.Estimate reference,
            double[] values, Point p, boolean directional) {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < analytic.length; i++) {
            double rowMax = Math.max(Tolerance.rowMax(analytic[i]), Tolerance.rowMax(reference.value()[i]));
            for (int k = 0; k < analytic[i].length; k++) {
                double a = analytic[i][k];
                double d = reference.value()[i][k];
                double scale = Math.max(Tolerance.scale(a, rowMax), Tolerance.scale(d, rowMax));
                double noise = Tolerance.noise(values[i], directional ? 1 : p.x()[k]);
                if (directional && reference.error()[i][k] > Point.SMOOTH * scale + noise) {
                    continue;
                }
                double allowed = Tolerance.DIFFERENCES * scale + 2 * reference.error()[i][k] + noise;
                if (!(Math.abs(a - d) <= allowed)) {
                    failures.add(what + "[" + i + "][" + k + "] = " + a + " but differences give " + d + " (± "
                            + reference.error()[i][k] + ") at " + p.describe());
                }
            }
        }
        return failures;
    }

    private static double[][] byVjp(Point p) {
        int m = p.value().length;
        double[][] jacobian = new double[m][];
        for (int i = 0; i < m; i++) {
            double[] seed = new double[m];
            seed[i] = 1;
            jacobian[i] = p.view().vjp(p.x(), seed);
        }
        return jacobian;
    }

    private static double[][] byJvp(Point p) {
        int n = p.x().length;
        double[][] jacobian = new double[p.value().length][n];
        for (int k = 0; k < n; k++) {
            double[] direction = new double[n];
            direction[k] = 1;
            double[] column = p.view().jvp(p.x(), direction);
            for (int i = 0; i < column.length; i++) {
                jacobian[i][k] = column[i];
            }
        }
        return jacobian;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
