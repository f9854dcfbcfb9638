package dev.chainrule.runtime.trace;

/** Runs a trace through the sweeps {@link TapeCompiler} generated for it. */
final class CompiledEngine implements Engine {

    private final int size;
    private final double[] constants;
    private final CompiledSweeps sweeps;

    CompiledEngine(Trace trace, CompiledSweeps sweeps) {
        this.size = trace.size();
        this.constants = trace.constants();
        this.sweeps = sweeps;
    }

    @Override
    public boolean value(double[] x, double[] y, Workspace workspace) {
        return sweeps.primal(x, constants, workspace.values(size), y) == 0;
    }

    @Override
    public boolean jvp(double[] x, double[] xDot, double[] y, double[] yDot, Workspace workspace) {
        double[] v = workspace.values(size);
        if (sweeps.primal(x, constants, v, y) != 0) {
            return false;
        }
        sweeps.tangent(x, constants, v, xDot, workspace.tangents(size), yDot);
        return true;
    }

    @Override
    public boolean vjp(double[] x, double[] w, double[] y, double[] xBar, Workspace workspace) {
        double[] v = workspace.values(size);
        if (sweeps.primal(x, constants, v, y) != 0) {
            return false;
        }
        sweeps.adjoint(x, constants, v, w, workspace.adjoints(size), xBar);
        return true;
    }

    /** The generated class, for tests that look at how the tape was split. */
    Class<?> generatedClass() {
        return sweeps.getClass();
    }
}
