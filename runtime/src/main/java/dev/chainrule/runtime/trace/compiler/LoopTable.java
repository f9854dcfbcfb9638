package dev.chainrule.runtime.trace.compiler;

import dev.chainrule.runtime.trace.tape.Loops;
import dev.chainrule.runtime.trace.tape.RunLayout;
import dev.chainrule.runtime.trace.tape.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The loops of one compiled trace with their {@link RunLayout}s, and the one {@code int[]} that holds every loop's
 * table (loop by loop, repetition by repetition); compiled code receives it, followed by its loop methods' bases, as
 * a parameter. Also does, for the compiled engine, the preparations the layouts ask for: leaves copied into the node
 * values, input adjoints zeroed, the zero tangent slot.
 */
public final class LoopTable {

    private final List<Loops.Run> runs;
    // Per node: the index of its run, or -1.
    private final int[] runOf;
    private final List<RunLayout> layouts = new ArrayList<>();
    private final int[] bases;
    private final int[] data;
    private final boolean inputLeaves;
    private final int[] constantNodes;
    private final int[] constantIndices;
    private final boolean zeroesInputAdjoints;
    private final boolean readsZeroTangent;
    private final Recomputed recomputed;

    public LoopTable(Trace trace) {
        runs = trace.loops();
        runOf = Loops.runOf(trace, runs);
        bases = new int[runs.size()];
        BitSet leaves = new BitSet();
        boolean zeroes = false;
        boolean zeroTangent = false;
        int size = 0;
        for (int i = 0; i < runs.size(); i++) {
            RunLayout layout = RunLayout.of(trace, runs.get(i));
            layouts.add(layout);
            bases[i] = size;
            size = Math.addExact(size, Math.multiplyExact(layout.width(), runs.get(i).repetitions()));
            leaves.or(layout.leaves());
            zeroes |= layout.zeroesInputAdjoints();
            zeroTangent |= layout.readsZeroTangent();
        }
        data = new int[size];
        for (int i = 0; i < runs.size(); i++) {
            layouts.get(i).fill(data, bases[i]);
        }
        inputLeaves = leaves.nextSetBit(0) >= 0 && leaves.nextSetBit(0) < trace.inputs();
        constantNodes = leaves.stream().filter(k -> k >= trace.inputs()).toArray();
        constantIndices = Arrays.stream(constantNodes).map(trace::address).toArray();
        zeroesInputAdjoints = zeroes;
        readsZeroTangent = zeroTangent;
        recomputed = Recomputed.of(trace, this);
    }

    List<Loops.Run> runs() {
        return runs;
    }

    /** The index of the run node {@code k} belongs to, or -1 for a node outside loops. */
    int runOf(int k) {
        return runOf[k];
    }

    /** The offset of node {@code k}, a node of a run, in its run's block. */
    int offset(int k) {
        return runs.get(runOf[k]).offset(k);
    }

    RunLayout layout(int run) {
        return layouts.get(run);
    }

    /** The nodes of the loops' blocks that the derivative sweeps compute again. */
    public Recomputed recomputed() {
        return recomputed;
    }

    /** Where run {@code run}'s table starts in {@link #data}. */
    int base(int run) {
        return bases[run];
    }

    /** Every loop's table, which starts the compiled code's. */
    public int[] data() {
        return data;
    }

    /** Before the primal sweep: copies the leaves that loops read through their tables into {@code v}. */
    public void placeLeaves(double[] x, double[] c, double[] v) {
        if (inputLeaves) {
            System.arraycopy(x, 0, v, 0, x.length);
        }
        for (int i = 0; i < constantNodes.length; i++) {
            v[constantNodes[i]] = c[constantIndices[i]];
        }
    }

    /** Before the reverse sweep: zeroes {@code xBar} if some loop adds to an input adjoint it may write first. */
    public void prepareAdjoints(double[] xBar) {
        if (zeroesInputAdjoints) {
            Arrays.fill(xBar, 0);
        }
    }

    /** Before the tangent sweep: the slot past the tape that tabled reads of a constant's tangent read. */
    public void prepareTangents(double[] d, int size) {
        if (readsZeroTangent) {
            d[size] = 0;
        }
    }
}
