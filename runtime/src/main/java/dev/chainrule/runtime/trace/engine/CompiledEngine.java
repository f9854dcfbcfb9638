package dev.chainrule.runtime.trace.engine;

import dev.chainrule.runtime.trace.compiler.CompiledSweeps;
import dev.chainrule.runtime.trace.compiler.LoopTable;
import dev.chainrule.runtime.trace.compiler.TapeCompiler;
import dev.chainrule.runtime.trace.tape.Trace;

/** Runs a trace through the sweeps {@link TapeCompiler} generated for it. */
public final class CompiledEngine implements Engine {

    private final Trace trace;
    private final int size;
    private final LoopTable table;
    // The loops' table followed by the loop methods' bases: the compiled code's parameter t.
    private final int[] t;
    private final CompiledSweeps sweeps;

    public CompiledEngine(Trace trace, LoopTable table, TapeCompiler.Compiled compiled) {
        this.trace = trace;
        this.size = trace.size();
        this.table = table;
        this.t = compiled.table();
        this.sweeps = compiled.sweeps();
    }

    @Override
    public boolean value(double[] x, double[] data, double[] y, Workspace workspace) {
        return primal(x, workspace.leafValues(trace, data), y, workspace.values(size));
    }

    @Override
    public boolean jvp(double[] x, double[] data, double[] xDot, double[] y, double[] yDot, Workspace workspace) {
        double[] c = workspace.leafValues(trace, data);
        double[] v = workspace.values(size);
        if (!primal(x, c, y, v)) {
            return false;
        }
        // One slot past the tape: the zero tangent that loops read for an argument that is sometimes a constant.
        double[] d = workspace.tangents(size + 1);
        table.prepareTangents(d, size);
        sweeps.tangent(x, c, v, t, xDot, d, yDot);
        return true;
    }

    @Override
    public boolean vjp(double[] x, double[] data, double[] w, double[] y, double[] xBar, Workspace workspace) {
        double[] c = workspace.leafValues(trace, data);
        double[] v = workspace.values(size);
        if (!primal(x, c, y, v)) {
            return false;
        }
        table.prepareAdjoints(xBar);
        sweeps.adjoint(x, c, v, t, w, workspace.adjoints(size), xBar);
        return true;
    }

    private boolean primal(double[] x, double[] c, double[] y, double[] v) {
        table.placeLeaves(x, c, v);
        return sweeps.primal(x, c, v, t, y) == 0;
    }

    /** The generated class, for tests that look at how the tape was split. */
    public Class<?> generatedClass() {
        return sweeps.getClass();
    }
}
