package dev.chainrule.processor.fuzz;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Hessians;
import dev.chainrule.runtime.TwiceDifferentiableFunction;
import java.util.Arrays;

/**
 * The generated view {@code m(...)} over flat vectors, the runtime drivers' entry point: at a point it must give the
 * direct methods' values bit for bit and their derivatives, and {@code Hessians.hvp} through it {@code mHvp}'s
 * product; where the plain method throws it must throw too.
 */
final class ViewCheck {
    /** What the direct methods gave at a point: J·v per direction and Jᵀ·w per seed. */
    record Point(double[] x, double[] y, double[][] directions, double[][] seeds, double[][] forward,
            double[][] reverse) {
    }

    private final GeneratedApi api;
    private final Invoker invoker;
    private final Agreement agree;
    private final Findings findings;
    private final Object[] args;

    ViewCheck(GeneratedApi api, Invoker invoker, Agreement agree, Findings findings, Object[] args) {
        this.api = api;
        this.invoker = invoker;
        this.agree = agree;
        this.findings = findings;
        this.args = args;
    }

    /** At a point where the plain method returns; {@code hv} is mHvp's product with the first seed, or null. */
    void check(Point p, double[] hv) {
        DifferentiableFunction f = make(p.y().length);
        if (f == null) {
            return;
        }
        double[] x = p.x();
        int n = x.length;
        int m = p.y().length;
        double[] v = p.directions()[0];
        double[] w = p.seeds()[0];
        double[] out = new double[m];
        if (call("view.value", new Object[] {x}, () -> f.value(x, out))) {
            agree.primal("view.value", p.y(), out);
        }
        double[] yDot = new double[m];
        if (call("view.jvp", new Object[] {x, v}, () -> f.jvp(x, v, out, yDot))) {
            agree.primal("view.jvp", p.y(), out);
            agree.same("view:jvp", p.forward()[0], yDot, 0);
        }
        // the view overwrites xBar: start it at garbage
        double[] xBar = new double[n];
        Arrays.fill(xBar, 1234.5);
        if (call("view.vjp", new Object[] {x, w}, () -> f.vjp(x, w, out, xBar))) {
            agree.primal("view.vjp", p.y(), out);
            agree.same("view:vjp", p.reverse()[0], xBar, 0);
        }
        double[][] yDots = new double[p.directions().length][m];
        if (call("view.jvps", new Object[] {x, p.directions()}, () -> f.jvps(x, p.directions(), out, yDots))) {
            agree.primal("view.jvps", p.y(), out);
            for (int k = 0; k < yDots.length; k++) {
                agree.same("view:jvps", p.forward()[k], yDots[k], 0);
            }
        }
        double[][] xBars = new double[p.seeds().length][n];
        if (call("view.vjps", new Object[] {x, p.seeds()}, () -> f.vjps(x, p.seeds(), out, xBars))) {
            agree.primal("view.vjps", p.y(), out);
            for (int k = 0; k < xBars.length; k++) {
                agree.same("view:vjps", p.reverse()[k], xBars[k], 0);
            }
        }
        if (hv != null) {
            hessians(f, x, v, w, hv);
        }
    }

    /** At a point where the plain method throws {@code expected}: the view's value and vjp throw it too. */
    void throwing(Throwable expected, double[] w) {
        DifferentiableFunction f = make(w.length);
        if (f == null) {
            return;
        }
        double[] x = api.shapes.flatten(args);
        double[] out = new double[w.length];
        agree.threw("view.value", expected, invoker.watch("view.value", new Object[] {x}, null, () -> {
            f.value(x, out);
            return null;
        }));
        agree.threw("view.vjp", expected, invoker.watch("view.vjp", new Object[] {x, w}, null, () -> {
            f.vjp(x, w, out, new double[x.length]);
            return null;
        }));
    }

    private DifferentiableFunction make(int resultLength) {
        Invoker.Result made = invoker.call("view", api.view, api.viewArgs(args, resultLength), null);
        if (made.threw()) {
            findings.fail("exception:view", agree.at() + ": making the view threw "
                    + Agreement.describe(made.thrown()));
            return null;
        }
        return (DifferentiableFunction) made.value();
    }

    /** {@code Hessians.hvp} through the view against {@code mHvp}, which was called with the same seed. */
    private void hessians(DifferentiableFunction f, double[] x, double[] v, double[] w, double[] hv) {
        if (!(f instanceof TwiceDifferentiableFunction)) {
            findings.fail("missing:view-hvp", api.label + ": the view has no hvp although " + api.label + "Hvp exists");
            return;
        }
        Invoker.Result r = invoker.watch("Hessians.hvp", new Object[] {x, w, v}, null,
                () -> api.vectorResult ? Hessians.hvp(f, x, w, v) : Hessians.hvp(f, x, v));
        if (agree.returned("Hessians.hvp", r)) {
            agree.same("view:hvp", hv, (double[]) r.value(), 0);
        }
    }

    /** Runs a view method where the plain method returns; false when it threw (a failure). */
    private boolean call(String entry, Object[] inputs, Runnable body) {
        return agree.returned(entry, invoker.watch(entry, inputs, null, () -> {
            body.run();
            return null;
        }));
    }
}
