package dev.chainrule.runtime.trace;

/** Runs a trace through the sweeps {@link TapeCompiler} generated for it. */
final class CompiledEngine implements Engine {

    private final int size;
    private final double[] constants;
    private final LoopTable table;
    private final int[] data;
    private final CompiledSweeps sweeps;

    CompiledEngine(Trace trace, LoopTable table, TapeCompiler.Compiled compiled) {
        this.size = trace.size();
        this.constants = trace.constants();
        this.table = table;
        this.data = compiled.table();
        this.sweeps = compiled.sweeps();
    }

    @Override
    public boolean value(double[] x, double[] y, Workspace workspace) {
        return primal(x, y, workspace.values(size));
    }

    @Override
    public boolean jvp(double[] x, double[] xDot, double[] y, double[] yDot, Workspace workspace) {
        double[] v = workspace.values(size);
        if (!primal(x, y, v)) {
            return false;
        }
        // One slot past the tape: the zero tangent that loops read for an argument that is sometimes a constant.
        double[] d = workspace.tangents(size + 1);
        table.prepareTangents(d, size);
        sweeps.tangent(x, constants, v, data, xDot, d, yDot);
        return true;
    }

    @Override
    public boolean vjp(double[] x, double[] w, double[] y, double[] xBar, Workspace workspace) {
        double[] v = workspace.values(size);
        if (!primal(x, y, v)) {
            return false;
        }
        table.prepareAdjoints(xBar);
        sweeps.adjoint(x, constants, v, data, w, workspace.adjoints(size), xBar);
        return true;
    }

    private boolean primal(double[] x, double[] y, double[] v) {
        table.placeLeaves(x, constants, v);
        return sweeps.primal(x, constants, v, data, y) == 0;
    }

    /** The generated class, for tests that look at how the tape was split. */
    Class<?> generatedClass() {
        return sweeps.getClass();
    }
}
