package dev.chainrule.samples.e2e;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Dual;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The numeric checks every fixture goes through, in one place. Each check runs over the fixture's seeded random
 * points and returns a list of failures, each naming the fixture, the point, and expected vs actual, so a test
 * reports every disagreement at once rather than the first.
 */
final class Harness {

    /** Random points per fixture. */
    static final int POINTS = 40;

    /** Forward vs reverse, oracle, and dot-product agreement (relative). */
    static final double TIGHT = 1e-12;

    /** Central differences vs analytic (relative, beyond the differences' own rounding noise). */
    static final double FD = 1e-6;

    private static final double FLOOR = 1e-300;

    /** The step scale of central differences, ∛ε, as in {@code GradientCheck}. */
    private static final double STEP = Math.cbrt(Math.ulp(1.0));

    private Harness() {
    }

    /** Relative closeness with a tiny floor; identical values (including infinities and NaN) are always close. */
    static boolean close(double expected, double actual, double tolerance) {
        if (Double.compare(expected, actual) == 0 || expected == actual) {
            return true;
        }
        if (!Double.isFinite(expected) || !Double.isFinite(actual)) {
            return false;
        }
        double scale = Math.max(FLOOR, Math.max(Math.abs(expected), Math.abs(actual)));
        return Math.abs(expected - actual) <= tolerance * scale;
    }

    static String at(Fixture f, double[] p) {
        return f.name() + Arrays.toString(p);
    }

    /** Forward-mode gradient: one {@code mJvp} per unit tangent. */
    static double[] forwardGradient(Fixture f, double[] p) {
        int n = f.activeCount();
        double[] g = new double[n];
        for (int k = 0; k < n; k++) {
            double[] v = new double[n];
            v[k] = 1;
            g[k] = f.jvp(p, v).tangent();
        }
        return g;
    }

    /** (a) forward (Jvp with unit tangents) and reverse (Vjp, seed 1) agree, and are finite inside the domain. */
    static List<String> forwardMatchesReverse(Fixture f) {
        List<String> failures = new ArrayList<>();
        for (double[] p : f.points(POINTS)) {
            double[] fwd = forwardGradient(f, p);
            double[] rev = f.vjp(p, 1.0);
            for (int k = 0; k < fwd.length; k++) {
                if (!Double.isFinite(fwd[k]) || !close(fwd[k], rev[k], TIGHT)) {
                    failures.add(at(f, p) + " d/dx" + k + ": forward " + fwd[k] + ", reverse " + rev[k]);
                }
            }
        }
        return failures;
    }

    /** (b) both modes match the Commons Math DerivativeStructure oracle; the oracle's value confirms its formula. */
    static List<String> matchesOracle(Fixture f) {
        List<String> failures = new ArrayList<>();
        for (double[] p : f.points(POINTS)) {
            double[] oracle = f.oracle(p);
            double value = f.value(p);
            if (!close(oracle[0], value, TIGHT)) {
                failures.add(at(f, p) + " ORACLE FORMULA WRONG: oracle value " + oracle[0] + ", method " + value);
                continue;
            }
            double[] fwd = forwardGradient(f, p);
            double[] rev = f.vjp(p, 1.0);
            for (int k = 0; k < fwd.length; k++) {
                if (!close(oracle[k + 1], fwd[k], TIGHT)) {
                    failures.add(at(f, p) + " d/dx" + k + ": oracle " + oracle[k + 1] + ", forward " + fwd[k]);
                }
                if (!close(oracle[k + 1], rev[k], TIGHT)) {
                    failures.add(at(f, p) + " d/dx" + k + ": oracle " + oracle[k + 1] + ", reverse " + rev[k]);
                }
            }
        }
        return failures;
    }

    /**
     * (c) central differences with {@code h = ∛ε · max(1, |x_k|)}: agreement to {@link #FD} relative, on top of the
     * rounding noise of the difference quotient itself (64 ulps of the function values over the width).
     */
    static List<String> matchesCentralDifferences(Fixture f) {
        List<String> failures = new ArrayList<>();
        for (double[] p : f.points(POINTS)) {
            double[] rev = f.vjp(p, 1.0);
            double[] x = f.activeOf(p);
            for (int k = 0; k < x.length; k++) {
                double h = STEP * Math.max(1, Math.abs(x[k]));
                double[] up = x.clone();
                double[] down = x.clone();
                up[k] += h;
                down[k] -= h;
                double width = up[k] - down[k];
                double fUp = f.value(f.withActive(p, up));
                double fDown = f.value(f.withActive(p, down));
                double numeric = (fUp - fDown) / width;
                double noise = 64 * Math.ulp(Math.max(Math.abs(fUp), Math.abs(fDown))) / width;
                double scale = Math.max(Math.abs(numeric), Math.abs(rev[k]));
                if (!(Math.abs(numeric - rev[k]) <= FD * scale + noise)) {
                    failures.add(at(f, p) + " d/dx" + k + ": central difference " + numeric + ", analytic " + rev[k]);
                }
            }
        }
        return failures;
    }

    /** (d) ⟨J·v, w⟩ = ⟨v, Jᵀ·w⟩ for random v and w. */
    static List<String> dotProductIdentity(Fixture f) {
        List<String> failures = new ArrayList<>();
        Random random = new Random(0xD07L ^ f.name().hashCode());
        for (double[] p : f.points(POINTS)) {
            int n = f.activeCount();
            double[] v = new double[n];
            for (int k = 0; k < n; k++) {
                v[k] = 2 * random.nextDouble() - 1;
            }
            double w = 2 * random.nextDouble() - 1;
            double lhs = f.jvp(p, v).tangent() * w;
            double[] xBar = f.vjp(p, w);
            double rhs = 0;
            for (int k = 0; k < n; k++) {
                rhs += v[k] * xBar[k];
            }
            if (!close(lhs, rhs, TIGHT)) {
                failures.add(at(f, p) + " v=" + Arrays.toString(v) + " w=" + w + ": <Jv,w> " + lhs + ", <v,J'w> "
                        + rhs);
            }
        }
        return failures;
    }

    /** (e) the value from Jvp, Vjp, Gradient and the view is bit-for-bit the original method's. */
    static List<String> valuesExact(Fixture f) {
        List<String> failures = new ArrayList<>();
        Random random = new Random(0xE4AC7L ^ f.name().hashCode());
        for (double[] p : f.points(POINTS)) {
            double expected = f.value(p);
            int n = f.activeCount();
            double[] v = new double[n];
            for (int k = 0; k < n; k++) {
                v[k] = random.nextGaussian();
            }
            DifferentiableFunction view = f.view(p);
            double[] x = f.activeOf(p);
            double[] y = new double[1];
            double[] yDot = new double[1];
            double[] xBar = new double[n];
            view.jvp(x, v, y, yDot);
            double viewJvp = y[0];
            view.vjp(x, new double[] {1.0}, y, xBar);
            double viewVjp = y[0];
            double[][] actual = {
                    {f.jvp(p, v).value()}, {f.vjp(p, random.nextGaussian(), new double[n][1])},
                    {f.gradientRecord(p)[0]}, {view.value(x)[0]}, {viewJvp}, {viewVjp}};
            String[] names = {"Jvp", "Vjp", "Gradient", "view.value", "view.jvp", "view.vjp"};
            for (int i = 0; i < names.length; i++) {
                if (Double.doubleToLongBits(actual[i][0]) != Double.doubleToLongBits(expected)) {
                    failures.add(at(f, p) + " " + names[i] + " value " + actual[i][0] + ", method " + expected);
                }
            }
        }
        return failures;
    }

    /** The gradient record holds exactly what Vjp with seed 1 accumulates. */
    static List<String> gradientRecordMatchesVjp(Fixture f) {
        List<String> failures = new ArrayList<>();
        for (double[] p : f.points(POINTS / 4)) {
            double[] record = f.gradientRecord(p);
            double[] rev = f.vjp(p, 1.0);
            for (int k = 0; k < rev.length; k++) {
                if (Double.compare(record[k + 1], rev[k]) != 0) {
                    failures.add(at(f, p) + " component " + k + ": Gradient " + record[k + 1] + ", Vjp " + rev[k]);
                }
            }
        }
        return failures;
    }

    static String report(Fixture f, String check, List<String> failures) {
        int shown = Math.min(failures.size(), 8);
        return f.name() + " fails " + check + " at " + failures.size() + " point(s), e.g.\n  "
                + String.join("\n  ", failures.subList(0, shown));
    }
}
