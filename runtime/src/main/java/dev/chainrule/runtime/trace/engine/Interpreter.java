package dev.chainrule.runtime.trace.engine;

import dev.chainrule.runtime.support.Partials;
import dev.chainrule.runtime.trace.compiler.TapeCompiler;
import dev.chainrule.runtime.trace.tape.Op;
import dev.chainrule.runtime.trace.tape.Trace;

/**
 * Runs a trace by walking its arrays: a primal replay that recomputes every node from the inputs and checks the
 * guards, a reverse sweep from the last node to the first, and a forward tangent sweep. Nothing is allocated per
 * node. The order of every operation, and which products take the strong zero, are the ones {@link TapeCompiler}
 * emits, so both engines give the same numbers.
 */
public final class Interpreter implements Engine {

    private final Trace trace;

    public Interpreter(Trace trace) {
        this.trace = trace;
    }

    @Override
    public boolean value(double[] x, double[] data, double[] y, Workspace workspace) {
        double[] v = workspace.values(trace.size());
        if (!primal(x, workspace.leafValues(trace, data), v)) {
            return false;
        }
        outputs(v, y);
        return true;
    }

    @Override
    public boolean jvp(double[] x, double[] data, double[] xDot, double[] y, double[] yDot, Workspace workspace) {
        double[] v = workspace.values(trace.size());
        if (!primal(x, workspace.leafValues(trace, data), v)) {
            return false;
        }
        outputs(v, y);
        double[] d = workspace.tangents(trace.size());
        int n = trace.inputs();
        System.arraycopy(xDot, 0, d, 0, n);
        for (int k = n; k < trace.size(); k++) {
            Op op = trace.op(k);
            if (!trace.active(k) || op.isLeaf()) {
                continue;
            }
            double a = argument(v, k, op, 0);
            double b = argument(v, k, op, 1);
            double c = argument(v, k, op, 2);
            double sum = 0;
            boolean first = true;
            for (int j = 0; j < op.arity(); j++) {
                int arg = trace.arg(k, j);
                if (!trace.active(arg) || op.kind(j) == Op.Kind.ZERO) {
                    continue;
                }
                double term = product(d[arg], op.partial(j, a, b, c, v[k]), trace.chainTangent(k, j));
                sum = first ? term : sum + term;
                first = false;
            }
            d[k] = sum;
        }
        for (int i = 0; i < trace.outputCount(); i++) {
            int o = trace.output(i);
            yDot[i] = trace.active(o) ? d[o] : 0;
        }
        return true;
    }

    @Override
    public boolean vjp(double[] x, double[] data, double[] w, double[] y, double[] xBar, Workspace workspace) {
        double[] v = workspace.values(trace.size());
        if (!primal(x, workspace.leafValues(trace, data), v)) {
            return false;
        }
        outputs(v, y);
        double[] g = workspace.adjoints(trace.size());
        for (int i = 0; i < trace.outputCount(); i++) {
            int o = trace.output(i);
            if (trace.active(o)) {
                g[o] = trace.firstSeed(i) ? w[i] : g[o] + w[i];
            }
        }
        int n = trace.inputs();
        for (int k = trace.size() - 1; k >= n; k--) {
            if (!trace.hasAdjoint(k)) {
                continue;
            }
            Op op = trace.op(k);
            double gk = g[k];
            double a = argument(v, k, op, 0);
            double b = argument(v, k, op, 1);
            double c = argument(v, k, op, 2);
            for (int j = 0; j < op.arity(); j++) {
                int arg = trace.arg(k, j);
                // Trace.flows, with the argument and the op at hand.
                if (!trace.active(arg) || op.kind(j) == Op.Kind.ZERO) {
                    continue;
                }
                double term = product(gk, op.partial(j, a, b, c, v[k]), trace.chainAdjoint(k, j));
                g[arg] = trace.firstAdjoint(k, j) ? term : g[arg] + term;
            }
        }
        for (int i = 0; i < n; i++) {
            xBar[i] = trace.unreachedInput(i) ? 0 : g[i];
        }
        return true;
    }

    /** Recomputes every node at {@code x} into {@code v}, the leaves from {@code c}; false as soon as a guard fails. */
    private boolean primal(double[] x, double[] c, double[] v) {
        int guard = 0;
        int guards = trace.guardCount();
        for (int k = 0; k < trace.size(); k++) {
            Op op = trace.op(k);
            int a = trace.arg(k, 0);
            if (op == Op.INPUT) {
                v[k] = x[a];
            } else if (op.isLeaf()) {
                v[k] = c[trace.address(k)];
            } else {
                v[k] = op.value(v[a], argument(v, k, op, 1), argument(v, k, op, 2));
            }
            for (; guard < guards && trace.guardAfter(guard) == k; guard++) {
                int outcome = Trace.compare(v[trace.guardLeft(guard)], v[trace.guardRight(guard)],
                        trace.guardNanHigh(guard));
                if (outcome != trace.guardOutcome(guard)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The value of argument {@code j} of node {@code k}, whose op is {@code op}, or 0 past its arity. */
    private double argument(double[] v, int k, Op op, int j) {
        return j < op.arity() ? v[trace.arg(k, j)] : 0;
    }

    private void outputs(double[] v, double[] y) {
        for (int i = 0; i < trace.outputCount(); i++) {
            y[i] = v[trace.output(i)];
        }
    }

    /** A seed times a partial, with the strong zero where the trace's analysis asks for it. */
    private static double product(double seed, double partial, boolean chain) {
        return chain ? Partials.chain(seed, partial) : seed * partial;
    }
}
