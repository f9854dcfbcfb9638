package dev.chainrule.samples.e2e;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.DualVector;
import dev.chainrule.runtime.GradientCheck;
import dev.chainrule.runtime.Gradients;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import dev.chainrule.runtime.TwiceDifferentiableFunction;
import dev.chainrule.runtime.support.Tape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The numeric checks every fixture goes through, in one place. Each check runs over the fixture's seeded random
 * points and returns a list of failures, each naming the fixture, the point, and expected vs actual, so a test
 * reports every disagreement at once rather than the first.
 *
 * <p>Every check works on whole Jacobians {@code J[i][k] = ∂ result_i / ∂ x_k} ({@code m × n}, with {@code m = 1}
 * for a {@code double} result and {@code x} the flat vector of the differentiable coordinates): forward mode builds
 * them column by column ({@code n} Jvps with unit tangents), reverse mode row by row ({@code m} Vjps with unit seeds).
 */
final class Harness {

    /** Random points per fixture, unless the fixture asks for another number. */
    static final int POINTS = 40;

    /** Forward vs reverse, oracle, and dot-product agreement (relative). */
    static final double TIGHT = 1e-12;

    /** Central differences vs analytic (relative, beyond the differences' own rounding noise). */
    static final double FD = 1e-6;

    /** Threads of the concurrency check. */
    static final int THREADS = 4;

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

    /**
     * Closeness of one Jacobian entry: relative, except that an entry much smaller than its row's largest (one that
     * came out of cancellation between larger terms, such as a small sensitivity late in an ODE trajectory) is held
     * to {@link #ROW_FLOOR} of the row's largest instead of to its own size: the order of the accumulation differs
     * between the modes, and each term's rounding is relative to the terms, not to their sum.
     */
    static boolean closeInRow(double expected, double actual, double rowScale) {
        if (close(expected, actual, TIGHT)) {
            return true;
        }
        return Double.isFinite(expected) && Double.isFinite(actual)
                && Math.abs(expected - actual) <= TIGHT * ROW_FLOOR * rowScale;
    }

    /** The fraction of its row's largest entry below which an entry is compared absolutely (see closeInRow). */
    static final double ROW_FLOOR = 1e-2;

    static double rowScale(double[]... rows) {
        double scale = 0;
        for (double[] row : rows) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    scale = Math.max(scale, Math.abs(v));
                }
            }
        }
        return scale;
    }

    static String at(Fixture f, double[] p) {
        return f.name() + Arrays.toString(p);
    }

    private static List<double[]> points(Fixture f) {
        return f.checkedPoints(POINTS);
    }

    private static String entry(Fixture f, int i, int k) {
        return f.vectorResult() ? " d" + i + "/dx" + k : " d/dx" + k;
    }

    /** Forward-mode gradient of a {@code double} result: one {@code mJvp} per unit tangent. */
    static double[] forwardGradient(Fixture f, double[] p) {
        return forwardJacobian(f, p)[0];
    }

    /** Forward-mode Jacobian: one {@code mJvp} per unit tangent, a column each. */
    static double[][] forwardJacobian(Fixture f, double[] p) {
        int n = f.activeCount();
        int m = f.outputCount(p);
        double[][] jacobian = new double[m][n];
        for (int k = 0; k < n; k++) {
            double[] v = new double[n];
            v[k] = 1;
            double[] column = f.jvpVector(p, v).tangent();
            for (int i = 0; i < m; i++) {
                jacobian[i][k] = column[i];
            }
        }
        return jacobian;
    }

    /** Reverse-mode Jacobian: one {@code mVjp} per unit seed, a row each. */
    static double[][] reverseJacobian(Fixture f, double[] p) {
        int m = f.outputCount(p);
        double[][] jacobian = new double[m][];
        for (int i = 0; i < m; i++) {
            double[] w = new double[m];
            w[i] = 1;
            jacobian[i] = f.vjp(p, w);
        }
        return jacobian;
    }

    /** (a) forward (Jvp with unit tangents) and reverse (Vjp, unit seeds) agree, and are finite inside the domain. */
    static List<String> forwardMatchesReverse(Fixture f) {
        List<String> failures = new ArrayList<>();
        for (double[] p : points(f)) {
            double[][] fwd = forwardJacobian(f, p);
            double[][] rev = reverseJacobian(f, p);
            for (int i = 0; i < fwd.length; i++) {
                double scale = rowScale(fwd[i], rev[i]);
                for (int k = 0; k < fwd[i].length; k++) {
                    if (!Double.isFinite(fwd[i][k]) || !closeInRow(fwd[i][k], rev[i][k], scale)) {
                        failures.add(at(f, p) + entry(f, i, k) + ": forward " + fwd[i][k] + ", reverse "
                                + rev[i][k]);
                    }
                }
            }
        }
        return failures;
    }

    /** (b) both modes match the oracle; the oracle's value confirms its formula. */
    static List<String> matchesOracle(Fixture f) {
        List<String> failures = new ArrayList<>();
        for (double[] p : points(f)) {
            double[][] oracle = f.oracle(p);
            double[] values = f.values(p);
            if (oracle.length != values.length) {
                failures.add(at(f, p) + " ORACLE FORMULA WRONG: " + oracle.length + " results, method "
                        + values.length);
                continue;
            }
            boolean formula = true;
            for (int i = 0; i < values.length; i++) {
                if (!close(oracle[i][0], values[i], TIGHT)) {
                    failures.add(at(f, p) + " ORACLE FORMULA WRONG: oracle value[" + i + "] " + oracle[i][0]
                            + ", method " + values[i]);
                    formula = false;
                }
            }
            if (!formula) {
                continue;
            }
            double[][] fwd = forwardJacobian(f, p);
            double[][] rev = reverseJacobian(f, p);
            for (int i = 0; i < fwd.length; i++) {
                double scale = rowScale(fwd[i], rev[i]);
                for (int k = 0; k < fwd[i].length; k++) {
                    if (!closeInRow(oracle[i][k + 1], fwd[i][k], scale)) {
                        failures.add(at(f, p) + entry(f, i, k) + ": oracle " + oracle[i][k + 1] + ", forward "
                                + fwd[i][k]);
                    }
                    if (!closeInRow(oracle[i][k + 1], rev[i][k], scale)) {
                        failures.add(at(f, p) + entry(f, i, k) + ": oracle " + oracle[i][k + 1] + ", reverse "
                                + rev[i][k]);
                    }
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
        if (!f.checksFiniteDifferences()) {
            return failures;
        }
        for (double[] p : points(f)) {
            if (f.isKink(p)) {
                continue;
            }
            double[][] rev = reverseJacobian(f, p);
            double[] x = f.activeOf(p);
            for (int k = 0; k < x.length; k++) {
                double h = STEP * Math.max(1, Math.abs(x[k]));
                double[] up = x.clone();
                double[] down = x.clone();
                up[k] += h;
                down[k] -= h;
                double width = up[k] - down[k];
                double[] fUp = f.values(f.withActive(p, up));
                double[] fDown = f.values(f.withActive(p, down));
                for (int i = 0; i < rev.length; i++) {
                    double numeric = (fUp[i] - fDown[i]) / width;
                    double noise = 64 * Math.ulp(Math.max(Math.abs(fUp[i]), Math.abs(fDown[i]))) / width;
                    double scale = Math.max(Math.abs(numeric), Math.abs(rev[i][k]));
                    if (!(Math.abs(numeric - rev[i][k]) <= FD * scale + noise)) {
                        failures.add(at(f, p) + entry(f, i, k) + ": central difference " + numeric + ", analytic "
                                + rev[i][k]);
                    }
                }
            }
        }
        return failures;
    }

    /** (d) ⟨J·v, w⟩ = ⟨v, Jᵀ·w⟩ for random v and w. */
    static List<String> dotProductIdentity(Fixture f) {
        List<String> failures = new ArrayList<>();
        Random random = new Random(0xD07L ^ f.name().hashCode());
        for (double[] p : points(f)) {
            int n = f.activeCount();
            int m = f.outputCount(p);
            double[] v = new double[n];
            for (int k = 0; k < n; k++) {
                v[k] = 2 * random.nextDouble() - 1;
            }
            double[] w = new double[m];
            for (int i = 0; i < m; i++) {
                w[i] = 2 * random.nextDouble() - 1;
            }
            double[] jv = f.jvpVector(p, v).tangent();
            double lhs = 0;
            for (int i = 0; i < m; i++) {
                lhs += jv[i] * w[i];
            }
            double[] xBar = f.vjp(p, w);
            double rhs = 0;
            for (int k = 0; k < n; k++) {
                rhs += v[k] * xBar[k];
            }
            if (!close(lhs, rhs, TIGHT)) {
                failures.add(at(f, p) + " v=" + Arrays.toString(v) + " w=" + Arrays.toString(w) + ": <Jv,w> " + lhs
                        + ", <v,J'w> " + rhs);
            }
        }
        return failures;
    }

    /** (e) the value from Jvp, Vjp, Gradient and the view is bit-for-bit the original method's. */
    static List<String> valuesExact(Fixture f) {
        List<String> failures = new ArrayList<>();
        Random random = new Random(0xE4AC7L ^ f.name().hashCode());
        for (double[] p : points(f)) {
            double[] expected = f.values(p);
            int n = f.activeCount();
            int m = expected.length;
            double[] v = gaussians(random, n);
            DifferentiableFunction view = f.view(p);
            double[] x = f.activeOf(p);
            double[] y = new double[m];
            double[] yDot = new double[m];
            double[] xBar = new double[n];
            view.jvp(x, v, y, yDot);
            double[] viewJvp = y.clone();
            view.vjp(x, gaussians(random, m), y, xBar);
            double[] viewVjp = y.clone();
            List<String> names = new ArrayList<>(List.of("Jvp", "Vjp", "view.value", "view.jvp", "view.vjp"));
            List<double[]> actual = new ArrayList<>(List.of(
                    f.jvpVector(p, v).value(),
                    Fixture.asVector(f.vjpRaw(p, f.seedOf(gaussians(random, m)), f.zeroBars())),
                    view.value(x), viewJvp, viewVjp));
            if (!f.vectorResult()) {
                names.add("Gradient");
                actual.add(new double[] {f.gradientRecord(p)[0]});
            }
            for (int c = 0; c < names.size(); c++) {
                if (!bitwiseEqual(expected, actual.get(c))) {
                    failures.add(at(f, p) + " " + names.get(c) + " value " + Arrays.toString(actual.get(c))
                            + ", method " + Arrays.toString(expected));
                }
            }
        }
        return failures;
    }

    /** The gradient record holds exactly what Vjp with seed 1 accumulates (a {@code double} result only). */
    static List<String> gradientRecordMatchesVjp(Fixture f) {
        List<String> failures = new ArrayList<>();
        if (f.vectorResult()) {
            return failures;
        }
        for (double[] p : f.points(Math.max(1, f.pointCount(POINTS) / 4))) {
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

    /**
     * (f) every generated entry point leaves the thread's tape as it found it: the same number of entries on each of
     * its four stacks after the call as before.
     */
    static List<String> tapeBalanced(Fixture f) {
        List<String> failures = new ArrayList<>();
        Random random = new Random(0x7A9EL ^ f.name().hashCode());
        for (double[] p : points(f)) {
            int n = f.activeCount();
            int m = f.outputCount(p);
            double[] x = f.activeOf(p);
            DifferentiableFunction view = f.view(p);
            List<String> names = new ArrayList<>(List.of("Jvp", "Vjp", "view.value", "view.jvp", "view.vjp"));
            List<Runnable> calls = new ArrayList<>(List.of(
                    () -> f.jvpVector(p, gaussians(random, n)),
                    () -> f.vjp(p, gaussians(random, m)),
                    () -> view.value(x),
                    () -> view.jvp(x, gaussians(random, n)),
                    () -> view.vjp(x, gaussians(random, m))));
            if (!f.vectorResult()) {
                names.add("Gradient");
                calls.add(() -> f.gradientRecord(p));
            }
            for (int c = 0; c < calls.size(); c++) {
                String unbalanced = unbalancedBy(calls.get(c));
                if (unbalanced != null) {
                    failures.add(at(f, p) + " " + names.get(c) + " leaves the tape unbalanced: " + unbalanced);
                }
            }
        }
        return failures;
    }

    /** Runs {@code call} and describes how the tape's counts changed, or returns null if they did not. */
    static String unbalancedBy(Runnable call) {
        int[] before = counts();
        call.run();
        int[] after = counts();
        return Arrays.equals(before, after) ? null : STACKS + " " + Arrays.toString(before) + " -> "
                + Arrays.toString(after);
    }

    /** The tape's stacks, in the order of {@link #counts()}. */
    static final String STACKS = "(doubles, ints, longs, booleans, objects, cells)";

    /** The depth of each of the thread's tape's stacks, and the cells taken from its workspace. */
    static int[] counts() {
        Tape tape = Tape.current();
        return new int[] {tape.doubleCount(), tape.intCount(), tape.longCount(), tape.booleanCount(),
                tape.objectCount(), tape.cellCount()};
    }

    /**
     * (g) {@code mVjp} accumulates: twice into the same accumulators gives twice the product, and onto accumulators
     * holding 0.75 with the seed scaled by -2 gives {@code 0.75 - 2 Jᵀw}.
     */
    static List<String> vjpAccumulates(Fixture f) {
        List<String> failures = new ArrayList<>();
        Random random = new Random(0xACCL ^ f.name().hashCode());
        for (double[] p : points(f)) {
            int n = f.activeCount();
            double[] w = gaussians(random, f.outputCount(p));
            double[] g = f.vjp(p, w);
            Object[] twice = f.zeroBars();
            f.vjpRaw(p, f.seedOf(w), twice);
            f.vjpRaw(p, f.seedOf(w), twice);
            double[] sum = f.flatten(twice);
            double[] filled = new double[n];
            Arrays.fill(filled, 0.75);
            Object[] offset = f.bars(filled);
            double[] minusTwoW = w.clone();
            for (int i = 0; i < w.length; i++) {
                minusTwoW[i] *= -2;
            }
            f.vjpRaw(p, f.seedOf(minusTwoW), offset);
            double[] shifted = f.flatten(offset);
            for (int k = 0; k < n; k++) {
                if (!close(2 * g[k], sum[k], TIGHT)) {
                    failures.add(at(f, p) + " d/dx" + k + " twice: " + sum[k] + ", expected " + 2 * g[k]);
                }
                if (!close(0.75 - 2 * g[k], shifted[k], TIGHT)) {
                    failures.add(at(f, p) + " d/dx" + k + " onto 0.75 with seed -2w: " + shifted[k]
                            + ", expected " + (0.75 - 2 * g[k]));
                }
            }
        }
        return failures;
    }

    /**
     * (h) {@code mVjp} rejects adjoint accumulators of another shape than their parameter (longer, shorter, one more
     * row, a longer row) and, for a {@code double[]} result, a seed of another length than the result, with
     * {@link IllegalArgumentException}; the rejected accumulator checks happen before the sweep, so the tape stays
     * balanced.
     */
    static List<String> wrongShapeAdjointsRejected(Fixture f) {
        List<String> failures = new ArrayList<>();
        double[] p = f.points(1).get(0);
        int m = f.outputCount(p);
        Object seed = f.seedOf(new double[m]);
        for (int i = 0, b = 0; i < f.arity(); i++) {
            if (!f.active(i)) {
                continue;
            }
            int bar = b++;
            List<Object> wrong = new ArrayList<>();
            List<String> what = new ArrayList<>();
            if (f.kind(i) == Fixture.Kind.VECTOR) {
                wrong.add(new double[f.rows(i) + 1]);
                what.add("length " + (f.rows(i) + 1));
                if (f.rows(i) > 0) {
                    wrong.add(new double[f.rows(i) - 1]);
                    what.add("length " + (f.rows(i) - 1));
                }
            } else if (f.kind(i) == Fixture.Kind.MATRIX) {
                wrong.add(new double[f.rows(i) + 1][f.cols(i)]);
                what.add("shape " + (f.rows(i) + 1) + "x" + f.cols(i));
                double[][] ragged = new double[f.rows(i)][f.cols(i)];
                if (f.rows(i) > 0) {
                    ragged[f.rows(i) - 1] = new double[f.cols(i) + 1];
                    wrong.add(ragged);
                    what.add("a last row of " + (f.cols(i) + 1));
                }
            }
            for (int w = 0; w < wrong.size(); w++) {
                Object[] bars = f.zeroBars();
                bars[bar] = wrong.get(w);
                String problem = rejects(() -> f.vjpRaw(p, seed, bars));
                if (problem != null) {
                    failures.add(at(f, p) + " adjoint of parameter " + i + " with " + what.get(w) + ": " + problem);
                }
            }
        }
        if (f.vectorResult()) {
            for (int length : new int[] {m + 1, Math.max(0, m - 1)}) {
                if (length == m) {
                    continue;
                }
                int[] before = counts();
                try {
                    f.vjpRaw(p, new double[length], f.zeroBars());
                    failures.add(at(f, p) + " seed of length " + length + " for " + m + " results: accepted");
                } catch (IllegalArgumentException expected) {
                    // the tape is checked by seedRejectionLeavesTapeBalanced
                } catch (RuntimeException e) {
                    failures.add(at(f, p) + " seed of length " + length + ": " + e);
                }
                restore(before);
            }
        }
        return failures;
    }

    /**
     * (h') for a {@code double[]} result, a seed of the wrong length is rejected and leaves the tape as it was: the
     * thread's tape is long-lived, and entries abandoned by a rejected call stay on it for the thread's lifetime.
     */
    static List<String> seedRejectionLeavesTapeBalanced(Fixture f) {
        List<String> failures = new ArrayList<>();
        if (!f.vectorResult()) {
            return failures;
        }
        double[] p = f.points(1).get(0);
        int m = f.outputCount(p);
        int[] before = counts();
        try {
            f.vjpRaw(p, new double[m + 1], f.zeroBars());
            failures.add(at(f, p) + " seed of length " + (m + 1) + " for " + m + " results: accepted");
        } catch (IllegalArgumentException expected) {
            int[] after = counts();
            if (!Arrays.equals(before, after)) {
                failures.add(at(f, p) + " seed of length " + (m + 1) + " for " + m + " results is rejected ("
                        + expected.getMessage() + ") after the forward sweep, leaving the tape unbalanced: "
                        + STACKS + " " + Arrays.toString(before) + " -> "
                        + Arrays.toString(after));
            }
        }
        restore(before);
        return failures;
    }

    /** Describes why {@code call} did not throw IllegalArgumentException with a balanced tape, or returns null. */
    private static String rejects(Runnable call) {
        int[] before = counts();
        try {
            call.run();
            return "accepted";
        } catch (IllegalArgumentException expected) {
            int[] after = counts();
            return Arrays.equals(before, after) ? null
                    : "rejected, but the tape went from " + Arrays.toString(before) + " to " + Arrays.toString(after);
        } catch (RuntimeException e) {
            return "threw " + e + " instead of IllegalArgumentException";
        } finally {
            restore(before);
        }
    }

    /** Pops whatever an abandoned sweep left above {@code counts}, so one failure does not leak into later tests. */
    private static void restore(int[] counts) {
        Tape tape = Tape.current();
        while (tape.doubleCount() > counts[0]) {
            tape.popDouble();
        }
        while (tape.intCount() > counts[1]) {
            tape.popInt();
        }
        while (tape.longCount() > counts[2]) {
            tape.popLong();
        }
        while (tape.booleanCount() > counts[3]) {
            tape.popBoolean();
        }
        while (tape.objectCount() > counts[4]) {
            tape.popObject();
        }
        if (tape.cellCount() > counts[5]) {
            tape.release(tape.cellCount() - counts[5]);
        }
    }

    /**
     * (i) {@value #THREADS} threads calling every entry point at once get bit-for-bit the results of one thread: the
     * generated code keeps no shared state (each thread has its own tape).
     */
    static List<String> concurrentCallsAgree(Fixture f) {
        List<String> failures = new ArrayList<>();
        List<double[]> points = f.points(Math.max(2, Math.min(8, f.pointCount(POINTS))));
        Supplier<List<double[][]>> work = () -> {
            List<double[][]> out = new ArrayList<>();
            for (double[] p : points) {
                out.add(forwardJacobian(f, p));
                out.add(reverseJacobian(f, p));
                out.add(new double[][] {f.values(p), f.view(p).value(f.activeOf(p))});
                if (!f.vectorResult()) {
                    out.add(new double[][] {f.gradientRecord(p)});
                }
            }
            return out;
        };
        List<double[][]> expected = work.get();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<List<double[][]>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Callable<List<double[][]>> task = () -> {
                    start.await();
                    List<double[][]> last = null;
                    for (int round = 0; round < 5; round++) {
                        List<double[][]> now = work.get();
                        if (last != null && !deepEqual(last, now)) {
                            throw new AssertionError("results changed between rounds on one thread");
                        }
                        last = now;
                    }
                    int[] c = counts();
                    if (Arrays.stream(c).sum() != 0) {
                        throw new AssertionError("a fresh thread's tape holds " + Arrays.toString(c));
                    }
                    return last;
                };
                futures.add(pool.submit(task));
            }
            for (int t = 0; t < THREADS; t++) {
                try {
                    List<double[][]> actual = futures.get(t).get();
                    if (!deepEqual(expected, actual)) {
                        failures.add(f.name() + " thread " + t + " differs from the single-threaded results");
                    }
                } catch (Exception e) {
                    failures.add(f.name() + " thread " + t + ": " + e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return failures;
    }

    private static boolean deepEqual(List<double[][]> a, List<double[][]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.deepEquals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * (j) {@code mJvp} and {@code mVjp} change their array arguments exactly as the original method does (normally
     * not at all).
     */
    static List<String> sideEffectsMatchTheOriginal(Fixture f) {
        List<String> failures = new ArrayList<>();
        for (double[] p : f.points(Math.min(4, f.pointCount(POINTS)))) {
            Object[] originalAfter = f.args(p);
            f.callOriginal(originalAfter);
            Object[] primal = f.args(p);
            Object seed = f.seedOf(new double[f.outputCount(p)]);
            Object seedBefore = seed instanceof double[] s ? s.clone() : seed;
            Object[] vjpArgs = new Object[f.arity() + 1];
            System.arraycopy(primal, 0, vjpArgs, 0, f.arity());
            vjpArgs[f.arity()] = seed;
            Object[] bars = f.zeroBars();
            Object[] all = Arrays.copyOf(vjpArgs, vjpArgs.length + bars.length);
            System.arraycopy(bars, 0, all, vjpArgs.length, bars.length);
            f.callVjp(all);
            for (int i = 0; i < f.arity(); i++) {
                if (!Arrays.deepEquals(new Object[] {originalAfter[i]}, new Object[] {primal[i]})) {
                    failures.add(at(f, p) + " Vjp leaves argument " + i + " as " + Arrays.deepToString(
                            new Object[] {primal[i]}) + ", the method as " + Arrays.deepToString(
                            new Object[] {originalAfter[i]}));
                }
            }
            if (!Arrays.deepEquals(new Object[] {seedBefore}, new Object[] {seed})) {
                failures.add(at(f, p) + " Vjp changed its seed");
            }
        }
        return failures;
    }

    /**
     * (k) the view through the runtime's drivers: Jacobians in every mode, gradients (for {@code m = 1}), and
     * {@code GradientCheck}, against the generated methods.
     */
    static List<String> viewDriversAgree(Fixture f, int count) {
        List<String> failures = new ArrayList<>();
        for (double[] p : f.points(count)) {
            DifferentiableFunction view = f.view(p);
            double[] x = f.activeOf(p);
            int m = f.outputCount(p);
            if (view.inputDimension() != f.activeCount() || view.outputDimension() != m) {
                failures.add(at(f, p) + " view is R^" + view.inputDimension() + " -> R^" + view.outputDimension()
                        + ", expected R^" + f.activeCount() + " -> R^" + m);
                continue;
            }
            double[][] rev = reverseJacobian(f, p);
            double[][] fwd = forwardJacobian(f, p);
            if (m == 1) {
                compare(failures, f, p, "Gradients.gradient vs Vjp", rev[0], Gradients.gradient(view, x));
                compare(failures, f, p, "Gradients.gradient(FORWARD) vs Jvp", fwd[0],
                        Gradients.gradient(view, x, Mode.FORWARD));
            }
            double[][] forward = Jacobians.jacobian(view, x, Mode.FORWARD);
            double[][] reverse = Jacobians.jacobian(view, x, Mode.REVERSE);
            double[][] auto = Jacobians.jacobian(view, x, Mode.AUTO);
            double[][] byDefault = Jacobians.jacobian(view, x);
            for (int i = 0; i < m; i++) {
                compare(failures, f, p, "Jacobian FORWARD vs Jvp, row " + i, fwd[i], forward[i]);
                compare(failures, f, p, "Jacobian REVERSE vs Vjp, row " + i, rev[i], reverse[i]);
                compare(failures, f, p, "Jacobian FORWARD vs REVERSE, row " + i, forward[i], reverse[i]);
                // AUTO runs one mode or the other (it times both when they are close): either agrees.
                compare(failures, f, p, "Jacobian AUTO vs FORWARD, row " + i, forward[i], auto[i]);
                compare(failures, f, p, "Jacobian default vs AUTO, row " + i, auto[i], byDefault[i]);
            }
            if (f.checksFiniteDifferences() && !f.isKink(p)) {
                GradientCheck.Report report = GradientCheck.check(view, x);
                if (!report.passes(1e-6)) {
                    failures.add(at(f, p) + " GradientCheck: " + report);
                }
            }
            // The view overwrites (interface contract) instead of accumulating.
            double[] w = gaussians(new Random(p.length), m);
            double[] xBar = new double[x.length];
            Arrays.fill(xBar, 42);
            view.vjp(x, w, new double[m], xBar);
            compare(failures, f, p, "view.vjp must overwrite xBar", f.vjp(p, w), xBar);
        }
        return failures;
    }

    /**
     * (l) vector forward mode ({@code mJvps} through the view's {@code jvps}) with 0, 1, 3 and 5 directions (5 spans
     * two blocks of directions) gives, in each direction, the value and the product one {@code jvp} gives, and refuses
     * a mismatched output array.
     */
    static List<String> vectorForwardAgrees(Fixture f, int count) {
        List<String> failures = new ArrayList<>();
        Random random = new Random(7);
        for (double[] p : f.points(count)) {
            DifferentiableFunction view = f.view(p);
            double[] x = f.activeOf(p);
            int m = f.outputCount(p);
            for (int k : new int[] {0, 1, 3, 5}) {
                double[][] v = new double[k][];
                double[][] yDot = new double[k][m];
                for (int d = 0; d < k; d++) {
                    v[d] = gaussians(random, x.length);
                }
                double[] y = new double[m];
                view.jvps(x, v, y, yDot);
                if (!bitwiseEqual(view.value(x), y)) {
                    failures.add(at(f, p) + " jvps with " + k + " directions: value " + Arrays.toString(y)
                            + " is not the function's " + Arrays.toString(view.value(x)));
                }
                for (int d = 0; d < k; d++) {
                    compare(failures, f, p, "jvps direction " + d + " of " + k + " vs jvp", view.jvp(x, v[d]),
                            yDot[d]);
                }
            }
            try {
                view.jvps(x, new double[][] {new double[x.length]}, new double[m], new double[2][m]);
                failures.add(at(f, p) + " jvps accepted 2 output arrays for 1 direction");
            } catch (IllegalArgumentException expected) {
                // refused, as it must be
            }
        }
        return failures;
    }

    /**
     * (n) vector reverse mode ({@code mVjps} through the view's {@code vjps}) with 0, 1 and 3 seeds gives, for each
     * seed, the value and the product one {@code vjp} gives, overwriting its adjoints.
     */
    static List<String> vectorReverseAgrees(Fixture f, int count) {
        List<String> failures = new ArrayList<>();
        Random random = new Random(13);
        for (double[] p : f.points(count)) {
            DifferentiableFunction view = f.view(p);
            double[] x = f.activeOf(p);
            int m = f.outputCount(p);
            for (int k : new int[] {0, 1, 3}) {
                double[][] w = new double[k][];
                double[][] xBar = new double[k][x.length];
                for (int s = 0; s < k; s++) {
                    w[s] = gaussians(random, m);
                    Arrays.fill(xBar[s], 42);
                }
                double[] y = new double[m];
                view.vjps(x, w, y, xBar);
                if (!bitwiseEqual(view.value(x), y)) {
                    failures.add(at(f, p) + " vjps with " + k + " seeds: value " + Arrays.toString(y)
                            + " is not the function's " + Arrays.toString(view.value(x)));
                }
                for (int s = 0; s < k; s++) {
                    compare(failures, f, p, "vjps seed " + s + " of " + k + " vs vjp", view.vjp(x, w[s]), xBar[s]);
                }
            }
        }
        return failures;
    }

    /**
     * (m) Hessian-vector products (the generated forward over reverse, through the view's {@code hvp}) give the value
     * and {@code Jᵀw} the other modes give, agree with the {@code DerivativeStructure} oracle at order 2 and with
     * central differences of {@code Jᵀw} along {@code v}, and are symmetric: {@code u·(H v) = v·(H u)}. Views of
     * methods that call other differentiated methods have no second order yet, and pass.
     */
    static List<String> secondOrderAgrees(Fixture f, int count) {
        List<String> failures = new ArrayList<>();
        Random random = new Random(11);
        for (double[] p : f.points(count)) {
            if (!(f.view(p) instanceof TwiceDifferentiableFunction view)) {
                return failures;
            }
            double[] x = f.activeOf(p);
            int n = x.length;
            int m = f.outputCount(p);
            double[] w = gaussians(random, m);
            double[] v = gaussians(random, n);
            double[] u = gaussians(random, n);
            double[] y = new double[m];
            double[] xBar = new double[n];
            double[] hv = new double[n];
            view.hvp(x, w, v, y, xBar, hv);
            if (!bitwiseEqual(view.value(x), y)) {
                failures.add(at(f, p) + " hvp value " + Arrays.toString(y) + " is not the function's");
            }
            compare(failures, f, p, "hvp's xBar vs vjp", view.vjp(x, w), xBar);
            double[] hu = new double[n];
            view.hvp(x, w, u, y, xBar, hu);
            double uHv = dot(u, hv);
            double vHu = dot(v, hu);
            if (!close(uHv, vHu, 1e-9) && Math.abs(uHv - vHu) > 1e-7 * (norm(hv) * norm(u) + norm(hu) * norm(v))) {
                failures.add(at(f, p) + " Hessian not symmetric: u.(Hv) = " + uHv + ", v.(Hu) = " + vHu);
            }
            if (f.hasStructureOracle()) {
                double[][][] hessians = f.oracleHessians(p);
                double[] expected = new double[n];
                for (int i = 0; i < m; i++) {
                    for (int a = 0; a < n; a++) {
                        for (int b = 0; b < n; b++) {
                            expected[a] += w[i] * hessians[i][a][b] * v[b];
                        }
                    }
                }
                compareLoosely(failures, f, p, "hvp vs DerivativeStructure order 2", expected, hv, 1e-7);
            }
            if (f.checksFiniteDifferences() && !f.isKink(p)) {
                double[] coarse = centralAlong(view, x, w, v, 1e-4);
                double[] fine = centralAlong(view, x, w, v, 1e-5);
                // Where the two steps disagree the gradient is not smooth around x (a branch nearby): skip.
                List<String> unsmooth = new ArrayList<>();
                compareLoosely(unsmooth, f, p, "", coarse, fine, 1e-5);
                if (unsmooth.isEmpty()) {
                    compareLoosely(failures, f, p, "hvp vs central differences of vjp", fine, hv, 1e-5);
                }
            }
        }
        return failures;
    }

    /** Central differences of {@code Jᵀw} along {@code v} with step {@code h}. */
    private static double[] centralAlong(DifferentiableFunction f, double[] x, double[] w, double[] v, double h) {
        double[] plus = x.clone();
        double[] minus = x.clone();
        for (int k = 0; k < x.length; k++) {
            plus[k] += h * v[k];
            minus[k] -= h * v[k];
        }
        double[] gPlus = f.vjp(plus, w);
        double[] gMinus = f.vjp(minus, w);
        double[] central = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            central[k] = (gPlus[k] - gMinus[k]) / (2 * h);
        }
        return central;
    }

    /** Agreement to {@code tolerance} relative to the larger of 1 and the largest entry of either vector. */
    private static void compareLoosely(List<String> failures, Fixture f, double[] p, String what, double[] expected,
            double[] actual, double tolerance) {
        double scale = Math.max(1, rowScale(expected, actual));
        for (int k = 0; k < expected.length; k++) {
            boolean same = Double.compare(expected[k], actual[k]) == 0
                    || Math.abs(expected[k] - actual[k]) <= tolerance * scale;
            if (!same) {
                failures.add(at(f, p) + " " + what + " d/dx" + k + ": " + expected[k] + " vs " + actual[k]);
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static void compare(List<String> failures, Fixture f, double[] p, String what, double[] expected,
            double[] actual) {
        double scale = rowScale(expected, actual);
        for (int k = 0; k < expected.length; k++) {
            if (!closeInRow(expected[k], actual[k], scale)) {
                failures.add(at(f, p) + " " + what + " d/dx" + k + ": " + expected[k] + " vs " + actual[k]);
            }
        }
    }

    static double[] gaussians(Random random, int n) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = random.nextGaussian();
        }
        return v;
    }

    private static boolean bitwiseEqual(double[] a, double[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Double.doubleToLongBits(a[i]) != Double.doubleToLongBits(b[i])) {
                return false;
            }
        }
        return true;
    }

    static String report(Fixture f, String check, List<String> failures) {
        int shown = Math.min(failures.size(), 8);
        return f.name() + " fails " + check + " at " + failures.size() + " point(s), e.g.\n  "
                + String.join("\n  ", failures.subList(0, shown));
    }
}
