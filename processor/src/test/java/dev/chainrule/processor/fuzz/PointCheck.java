package dev.chainrule.processor.fuzz;

import dev.chainrule.runtime.Dual;
import dev.chainrule.runtime.DualVector;
import dev.chainrule.runtime.DualVectors;
import dev.chainrule.runtime.Duals;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleFunction;

/**
 * Every check of one differentiable method at one point. The plain method is the reference: each generated method
 * must return its value bit for bit, and throw exactly when it throws, the same exception. Derivatives are checked
 * against each other (the dot-product identity ⟨J·v, w⟩ = ⟨v, Jᵀ·w⟩, vector modes against single directions, the
 * view against the direct methods, the gradient against the reverse mode) and against central differences (J·v and
 * Jᵀ·w of the plain method, the Hessian-vector product as the derivative of Jᵀ·w along v).
 */
final class PointCheck {
    private final GeneratedApi api;
    private final Invoker invoker;
    private final Agreement agree;
    private final ViewCheck view;
    private final Findings findings;
    private final Random random;
    private final Object[] args;
    private final Shapes shapes;
    private final boolean differences;
    // the point's state, filled in by run(): the flat point, directions, seeds, and what the checks found there
    private double[] x;
    private double[] y;
    private double[][] directions;
    private double[][] seeds;
    private double[][] forward;
    private double[][] reverse;

    /** A check at a random point; {@code differences} false when central differences cannot be the oracle. */
    PointCheck(GeneratedApi api, Findings findings, Random random, boolean differences) {
        this.api = api;
        this.differences = differences;
        this.findings = findings;
        this.random = random;
        this.invoker = new Invoker(api.label, findings);
        this.shapes = api.shapes;
        this.args = shapes.sample(random);
        this.agree = new Agreement(findings, api.label + " at " + Arrays.deepToString(args));
        this.view = new ViewCheck(api, invoker, agree, findings, args);
    }

    void run() {
        Invoker.Result plain = invoker.call("plain", api.plain, args, null);
        if (plain.threw()) {
            findings.count("points where the plain method throws");
            expectThrows(plain.thrown());
            return;
        }
        y = values(plain.value());
        findings.count("points");
        x = shapes.flatten(args);
        directions = directions(direction(x.length));
        // a scalar method's first seed is 1, so that mHvp's product is Hessians.hvp(view, x, v)'s; other seeds vary
        seeds = directions(api.vectorResult ? direction(y.length) : new double[] {1.0});
        forward = new double[directions.length][];
        reverse = new double[seeds.length][];
        for (int k = 0; k < directions.length; k++) {
            forward[k] = jvp(directions[k]);
        }
        for (int k = 0; k < seeds.length; k++) {
            reverse[k] = vjp(seeds[k]);
        }
        if (Arrays.asList(forward).contains(null) || Arrays.asList(reverse).contains(null)) {
            return;
        }
        double[] v = directions[0];
        double[] w = seeds[0];
        vectorForward();
        accumulation(w, reverse[0]);
        vectorReverse();
        gradient(w, reverse[0]);
        dotProduct(v, forward[0], w, reverse[0]);
        if (!differences) {
            findings.count("points not differenced (StopGradient)");
        } else if (Double.isFinite(Differences.norm(y)) && Differences.norm(y) < 1e12) {
            differences(v, forward[0], w, reverse[0]);
        } else {
            findings.count("points too large to difference");
        }
        double[] hv = hvp(v, w, forward[0], reverse[0]);
        view.check(new ViewCheck.Point(x, y, directions, seeds, forward, reverse), hv);
    }

    // ---- first derivatives -----------------------------------------------------------------------------------------

    private double[] jvp(double[] v) {
        Invoker.Result r = call("Jvp", api.jvp, api.jvpArgs(args, v), null);
        if (r == null) {
            return null;
        }
        if (r.value() instanceof Dual d) {
            agree.primal("Jvp", y, new double[] {d.value()});
            return new double[] {d.tangent()};
        }
        DualVector d = (DualVector) r.value();
        agree.primal("Jvp", y, d.value());
        return d.tangent();
    }

    private double[] vjp(double[] w) {
        List<Object> bars = shapes.zeroBars();
        Object[] call = api.vjpArgs(args, seed(w), bars);
        Invoker.Result r = call("Vjp", api.vjp, call, written(call.length, args.length + 1));
        if (r == null) {
            return null;
        }
        agree.primal("Vjp", y, values(r.value()));
        return shapes.flattenBars(bars);
    }

    /** The reverse mode accumulates into its accumulators (Tapenade's convention): start them at random values. */
    private void accumulation(double[] w, double[] jtw) {
        List<Object> bars = shapes.zeroBars();
        for (Object bar : bars) {
            fill(bar);
        }
        double[] start = shapes.flattenBars(bars);
        Object[] call = api.vjpArgs(args, seed(w), bars);
        if (call("Vjp", api.vjp, call, written(call.length, args.length + 1)) == null) {
            return;
        }
        double[] end = shapes.flattenBars(bars);
        double[] added = new double[end.length];
        for (int i = 0; i < end.length; i++) {
            added[i] = end[i] - start[i];
        }
        agree.same("accumulate:Vjp", jtw, added, Differences.norm(start));
    }

    /** {@code mJvps} against one {@code mJvp} per direction. */
    private void vectorForward() {
        Invoker.Result r = call("Jvps", api.jvps, api.jvpsArgs(args, directions), null);
        if (r == null) {
            return;
        }
        double[][] tangents;
        if (r.value() instanceof Duals d) {
            agree.primal("Jvps", y, new double[] {d.value()});
            tangents = Arrays.stream(d.tangents()).mapToObj(t -> new double[] {t}).toArray(double[][]::new);
        } else {
            DualVectors d = (DualVectors) r.value();
            agree.primal("Jvps", y, d.value());
            tangents = d.tangents();
        }
        for (int k = 0; k < directions.length; k++) {
            agree.same("vector:Jvps", forward[k], tangents[k], 0);
        }
    }

    /** {@code mVjps} against one {@code mVjp} per seed. */
    private void vectorReverse() {
        if (api.vjps == null) {
            findings.count("methods without Vjps (they call others)");
            return;
        }
        List<List<Object>> perSeed = new ArrayList<>();
        for (double[] ignored : seeds) {
            perSeed.add(shapes.zeroBars());
        }
        // the k-th accumulator of parameter a is perSeed[k][a]: bundle them per parameter
        List<Object> bars = new ArrayList<>();
        for (int a = 0; a < perSeed.get(0).size(); a++) {
            Object bundle = Array.newInstance(perSeed.get(0).get(a).getClass(), seeds.length);
            for (int k = 0; k < seeds.length; k++) {
                Array.set(bundle, k, perSeed.get(k).get(a));
            }
            bars.add(bundle);
        }
        Object seed = api.vectorResult ? seeds : Arrays.stream(seeds).mapToDouble(s -> s[0]).toArray();
        Object[] call = api.vjpArgs(args, seed, bars);
        Invoker.Result r = call("Vjps", api.vjps, call, written(call.length, args.length + 1));
        if (r == null) {
            return;
        }
        agree.primal("Vjps", y, values(r.value()));
        for (int k = 0; k < seeds.length; k++) {
            agree.same("vector:Vjps", reverse[k], shapes.flattenBars(perSeed.get(k)), 0);
        }
    }

    /** The gradient record: the value, and per active parameter its share of ∇f, which times w is Jᵀ·w. */
    private void gradient(double[] w, double[] jtw) {
        if (api.gradient == null) {
            return;
        }
        Invoker.Result r = call("Gradient", api.gradient, args.clone(), null);
        if (r == null) {
            return;
        }
        Record record = (Record) r.value();
        RecordComponent[] components = record.getClass().getRecordComponents();
        List<Object> parts = new ArrayList<>();
        try {
            agree.primal("Gradient", y, new double[] {(Double) components[0].getAccessor().invoke(record)});
            for (int c = 1; c < components.length; c++) {
                Object part = components[c].getAccessor().invoke(record);
                parts.add(part instanceof Double d ? new double[] {d} : part);
            }
        } catch (ReflectiveOperationException e) {
            findings.fail("gradient-record", api.label + ": " + e);
            return;
        }
        double[] g = shapes.flattenBars(parts);
        double[] scaled = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            scaled[i] = g[i] * w[0];
        }
        agree.same("gradient", jtw, scaled, 0);
    }

    /** ⟨J·v, w⟩ = ⟨v, Jᵀ·w⟩: forward and reverse mode compute the same Jacobian. */
    private void dotProduct(double[] v, double[] jv, double[] w, double[] jtw) {
        double left = 0;
        double right = 0;
        double scale = 0;
        for (int i = 0; i < jv.length; i++) {
            left += jv[i] * w[i];
            scale += Math.abs(jv[i] * w[i]);
        }
        for (int k = 0; k < v.length; k++) {
            right += v[k] * jtw[k];
            scale += Math.abs(v[k] * jtw[k]);
        }
        findings.count("checks: dot product");
        boolean finite = Double.isFinite(left) && Double.isFinite(right);
        if (finite && !(Math.abs(left - right) <= Agreement.SAME * scale + Agreement.NOISE)) {
            findings.fail("dot-product", agree.at() + ": <J·v, w> = " + left + " but <v, Jᵀ·w> = " + right + " (J·v "
                    + Arrays.toString(jv) + ", Jᵀ·w " + Arrays.toString(jtw) + ", v " + Arrays.toString(v) + ", w "
                    + Arrays.toString(w) + ")");
        }
    }

    /** J·v against differences along v, and each entry of Jᵀ·w against differences along its coordinate. */
    private void differences(double[] v, double[] jv, double[] w, double[] jtw) {
        compare("jvp-vs-differences", Differences.derivative(t -> plainAt(v, t)), jv, "J·v along "
                + Arrays.toString(v));
        for (int k = 0; k < x.length; k++) {
            double[] unit = new double[x.length];
            unit[k] = 1;
            DoubleFunction<double[]> weighted = t -> {
                double[] f = plainAt(unit, t);
                return f == null ? null : new double[] {dot(f, w)};
            };
            compare("vjp-vs-differences", Differences.derivative(weighted), new double[] {jtw[k]},
                    "(Jᵀ·w)[" + k + "] with w " + Arrays.toString(w));
        }
    }

    private void compare(String kind, Differences.Estimate estimate, double[] actual, String what) {
        if (!estimate.stable()) {
            findings.count("skips: " + kind);
            return;
        }
        findings.count("checks: " + kind);
        if (!estimate.agrees(actual)) {
            findings.fail(kind, agree.at() + ": " + what + " is " + Arrays.toString(actual) + ", differences give "
                    + Arrays.toString(estimate.derivative()));
        }
    }

    // ---- second derivatives ----------------------------------------------------------------------------------------

    /** {@code mHvp}: its value, J·v, Jᵀ·w, and H·v against differences of the reverse mode along v. */
    private double[] hvp(double[] v, double[] w, double[] jv, double[] jtw) {
        if (api.hvp == null) {
            return null;
        }
        double[] hv = hvpAt(v, w, new double[w.length], jv, jtw);
        if (hv == null) {
            return null;
        }
        if (differences) {
            compare("hvp-vs-differences", Differences.derivative(t -> vjpAt(v, t, w)), hv, "H·v along "
                    + Arrays.toString(v));
        }
        // the seed's tangent adds Jᵀ·seedDot
        double[] seedDot = direction(w.length);
        double[] withSeedDot = hvpAt(v, w, seedDot, jv, jtw);
        double[] jts = vjp(seedDot);
        if (withSeedDot != null && jts != null) {
            double[] added = new double[hv.length];
            for (int i = 0; i < added.length; i++) {
                added[i] = withSeedDot[i] - hv[i];
            }
            agree.same("hvp-seed-tangent", jts, added, Differences.norm(hv));
        }
        return hv;
    }

    private double[] hvpAt(double[] v, double[] w, double[] seedDot, double[] jv, double[] jtw) {
        List<Object> bars = shapes.zeroBars();
        List<Object> barDots = shapes.zeroBars();
        Object[] call = api.hvpArgs(args, v, seed(w), seed(seedDot), bars, barDots);
        Invoker.Result r = call("Hvp", api.hvp, call, written(call.length, call.length - 2 * bars.size()));
        if (r == null) {
            return null;
        }
        double[] value;
        double[] tangent;
        if (r.value() instanceof Dual d) {
            value = new double[] {d.value()};
            tangent = new double[] {d.tangent()};
        } else {
            DualVector d = (DualVector) r.value();
            value = d.value();
            tangent = d.tangent();
        }
        agree.primal("Hvp", y, value);
        agree.same("hvp-tangent", jv, tangent, 0);
        agree.same("hvp-gradient", jtw, shapes.flattenBars(bars), 0);
        return shapes.flattenBars(barDots);
    }

    // ---- a throwing plain method -----------------------------------------------------------------------------------

    /** Where the plain method throws, every generated method must throw the same exception. */
    private void expectThrows(Throwable expected) {
        double[] v = direction(shapes.dimension());
        double[] w = direction(api.vectorResult ? api.resultLength : 1);
        agree.threw("Jvp", expected, invoker.call("Jvp", api.jvp, api.jvpArgs(args, v), null));
        agree.threw("Jvps", expected, invoker.call("Jvps", api.jvps, api.jvpsArgs(args, directions(v)), null));
        Object[] vjp = api.vjpArgs(args, seed(w), shapes.zeroBars());
        agree.threw("Vjp", expected, invoker.call("Vjp", api.vjp, vjp, written(vjp.length, args.length + 1)));
        if (api.gradient != null) {
            agree.threw("Gradient", expected, invoker.call("Gradient", api.gradient, args.clone(), null));
        }
        if (api.hvp != null) {
            List<Object> bars = shapes.zeroBars();
            Object[] hvp = api.hvpArgs(args, v, seed(w), seed(w), bars, shapes.zeroBars());
            agree.threw("Hvp", expected, invoker.call("Hvp", api.hvp, hvp, written(hvp.length, hvp.length
                    - 2 * bars.size())));
        }
        view.throwing(expected, w);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /** Calls a generated method where the plain one returned normally: a throw is a failure, and gives null. */
    private Invoker.Result call(String entry, java.lang.reflect.Method method, Object[] arguments,
            boolean[] written) {
        Invoker.Result r = invoker.call(entry, method, arguments, written);
        return agree.returned(entry, r) ? r : null;
    }

    private double[] plainAt(double[] d, double t) {
        Object[] moved = shapes.with(args, step(x, d, t));
        Invoker.Result r = invoker.call("plain", api.plain, moved, null);
        return r.threw() ? null : values(r.value());
    }

    private double[] vjpAt(double[] d, double t, double[] w) {
        Object[] moved = shapes.with(args, step(x, d, t));
        List<Object> bars = shapes.zeroBars();
        Object[] call = api.vjpArgs(moved, seed(w), bars);
        Invoker.Result r = invoker.call("Vjp", api.vjp, call, written(call.length, args.length + 1));
        return r.threw() ? null : shapes.flattenBars(bars);
    }

    private static double[] step(double[] x, double[] d, double t) {
        double[] moved = x.clone();
        for (int i = 0; i < moved.length; i++) {
            moved[i] += t * d[i];
        }
        return moved;
    }

    private Object seed(double[] w) {
        return api.vectorResult ? w : (Object) w[0];
    }

    private static double[] values(Object value) {
        return value instanceof Double d ? new double[] {d} : (double[]) value;
    }

    private static boolean[] written(int length, int from) {
        boolean[] written = new boolean[length];
        Arrays.fill(written, from, length, true);
        return written;
    }

    /** A random direction with entries in [-1, 1]. */
    private double[] direction(int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = random.nextDouble() * 2 - 1;
        }
        return d;
    }

    /** {@code first} and a few more random directions (one to six in all: blocks of four and what is left). */
    private double[][] directions(double[] first) {
        double[][] d = new double[1 + random.nextInt(6)][];
        d[0] = first;
        for (int k = 1; k < d.length; k++) {
            d[k] = direction(first.length);
        }
        return d;
    }

    private void fill(Object bar) {
        if (bar instanceof double[] v) {
            for (int i = 0; i < v.length; i++) {
                v[i] = random.nextDouble() * 2 - 1;
            }
        } else {
            for (double[] row : (double[][]) bar) {
                fill(row);
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

}
