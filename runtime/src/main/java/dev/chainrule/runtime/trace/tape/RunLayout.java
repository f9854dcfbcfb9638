package dev.chainrule.runtime.trace.tape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a loop's body finds, in repetition {@code r}, each thing that may differ between the blocks of its run
 * ({@link Loops}): argument and guard operand addresses, guard outcomes, whether a node takes part in the reverse
 * sweep, and where an adjoint contribution or a tangent goes or comes from. Each is a {@link Slot}: computed as
 * {@code base + r · stride} from the first block's node when it moves by a fixed stride, else read from a column of
 * the loop's table, one int per repetition. Equal columns are stored once.
 *
 * <p>A value read through the table is read from the node values {@code v} at the node's index, so the leaves it may
 * name (inputs, constants) are copied into {@code v} before the primal sweep ({@link #leaves}). An adjoint
 * contribution to an argument that is a constant in some repetitions goes to that constant's slot of the adjoint
 * array, which no sweep reads; a tangent read of such an argument reads a slot past the tape that holds 0
 * ({@link #readsZeroTangent}), through the strong zero, so it adds nothing.
 */
public final class RunLayout {

    /** A {@link #presence} that says the node takes part in every repetition's reverse sweep. */
    static final int ALWAYS = -1;

    /** A {@link #presence} that says the node takes part in no repetition's reverse sweep. */
    public static final int NEVER = -2;

    /**
     * A per-repetition quantity: {@code base + r · stride} from the first block's (a guard outcome: the first
     * block's, for stride 0) when {@code column} is negative, else the value in that table column.
     */
    public record Slot(int column, int stride) {

        public static Slot computed(int stride) {
            return new Slot(-1, stride);
        }

        public boolean tabled() {
            return column >= 0;
        }
    }

    // Arrays and equality by content, so equal columns share a place in the table.
    private record Column(int[] values) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Column column && Arrays.equals(values, column.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return Arrays.toString(values);
        }
    }

    private final Trace trace;
    private final Loops.Run run;
    private final List<int[]> columns = new ArrayList<>();
    private final Map<Column, Integer> places = new HashMap<>();
    // Per offset and argument (index MAX_ARITY · offset + j).
    private final Slot[] values;
    private final Slot[] targets;
    private final Slot[] tangents;
    private final int[] adjointReference;
    private final int[] tangentReference;
    private final boolean[] adds;
    private final boolean[] chainsTangent;
    // Per offset.
    private final int[] presence;
    private final boolean[] writtenThroughTable;
    // Per guard of the block, in order.
    private final Slot[] guardLeft;
    private final Slot[] guardRight;
    private final Slot[] outcomes;
    private final BitSet leaves = new BitSet();
    private boolean zeroesInputAdjoints;
    private boolean readsZeroTangent;

    private RunLayout(Trace trace, Loops.Run run) {
        this.trace = trace;
        this.run = run;
        int p = run.period();
        values = new Slot[Op.MAX_ARITY * p];
        targets = new Slot[Op.MAX_ARITY * p];
        tangents = new Slot[Op.MAX_ARITY * p];
        adjointReference = new int[Op.MAX_ARITY * p];
        tangentReference = new int[Op.MAX_ARITY * p];
        adds = new boolean[Op.MAX_ARITY * p];
        chainsTangent = new boolean[Op.MAX_ARITY * p];
        presence = new int[p];
        writtenThroughTable = new boolean[p];
        Arrays.fill(adjointReference, -1);
        Arrays.fill(tangentReference, -1);
        int guards = trace.firstGuard(run.start() + p) - trace.firstGuard(run.start());
        guardLeft = new Slot[guards];
        guardRight = new Slot[guards];
        outcomes = new Slot[guards];
        for (int o = 0; o < p; o++) {
            offset(o);
        }
        for (int g = 0; g < guards; g++) {
            guard(g);
        }
    }

    /** The layout of {@code run}, whose blocks {@link Loops} found alike. */
    public static RunLayout of(Trace trace, Loops.Run run) {
        return new RunLayout(trace, run);
    }

    /** How many table columns a loop over {@code run} would read. */
    static int tableColumns(Trace trace, Loops.Run run) {
        return of(trace, run).width();
    }

    Loops.Run run() {
        return run;
    }

    /** The number of table columns: ints per repetition. */
    public int width() {
        return columns.size();
    }

    /** Writes the table, repetition by repetition, into {@code table} from {@code base} on. */
    public void fill(int[] table, int base) {
        for (int c = 0; c < columns.size(); c++) {
            int[] column = columns.get(c);
            for (int r = 0; r < run.repetitions(); r++) {
                table[base + r * width() + c] = column[r];
            }
        }
    }

    /** Where argument {@code j} of the node at {@code offset} is read from; a tabled slot names a node in v. */
    public Slot value(int offset, int j) {
        return values[Op.MAX_ARITY * offset + j];
    }

    /** Where the left or right operand of the block's guard {@code g} (0 for the block's first) is read from. */
    public Slot guardOperand(int g, boolean right) {
        return right ? guardRight[g] : guardLeft[g];
    }

    /** The recorded outcome of the block's guard {@code g}: the first block's when not tabled. */
    public Slot outcome(int g) {
        return outcomes[g];
    }

    /** Whether the node at {@code offset} has an adjoint: {@link #ALWAYS}, {@link #NEVER}, or a 0/1 column. */
    public int presence(int offset) {
        return presence[offset];
    }

    /**
     * A node, at {@code offset} of some repetition, that passes its adjoint to an active argument {@code j}, whose
     * analysis marks every such repetition shares; -1 if there is none, and the contribution is not written.
     */
    public int adjointReference(int offset, int j) {
        return adjointReference[Op.MAX_ARITY * offset + j];
    }

    /** Where the adjoint contribution to argument {@code j} of the node at {@code offset} goes. */
    public Slot target(int offset, int j) {
        return targets[Op.MAX_ARITY * offset + j];
    }

    /** Whether that contribution adds to the adjoint rather than storing the first write. */
    public boolean adds(int offset, int j) {
        return adds[Op.MAX_ARITY * offset + j];
    }

    /** Like {@link #adjointReference} for the tangent sweep: a node whose argument {@code j} is active, or -1. */
    public int tangentReference(int offset, int j) {
        return tangentReference[Op.MAX_ARITY * offset + j];
    }

    /** Where the tangent of argument {@code j} of the node at {@code offset} is read from. */
    public Slot tangent(int offset, int j) {
        return tangents[Op.MAX_ARITY * offset + j];
    }

    /** Whether that tangent's product takes the strong zero. */
    public boolean chainsTangent(int offset, int j) {
        return chainsTangent[Op.MAX_ARITY * offset + j];
    }

    /** Whether the node at {@code offset} has its adjoint written through the table in some repetition. */
    public boolean writtenThroughTable(int offset) {
        return writtenThroughTable[offset];
    }

    /** The leaves (inputs, constants) that tabled slots read from v. */
    public BitSet leaves() {
        return leaves;
    }

    /** Whether some input adjoint is added to where some repetition makes the first write: xBar must start at 0. */
    public boolean zeroesInputAdjoints() {
        return zeroesInputAdjoints;
    }

    /** Whether some tangent read is of the zero slot past the tape. */
    public boolean readsZeroTangent() {
        return readsZeroTangent;
    }

    private void offset(int o) {
        Op op = trace.op(run.start() + o);
        if (op.isLeaf()) {
            presence[o] = NEVER;
            return;
        }
        int[] present = new int[run.repetitions()];
        for (int r = 0; r < run.repetitions(); r++) {
            present[r] = trace.hasAdjoint(run.node(r, o)) ? 1 : 0;
        }
        presence[o] = uniform(present) ? present[0] == 1 ? ALWAYS : NEVER : place(present);
        for (int j = 0; j < op.arity(); j++) {
            int[] nodes = new int[run.repetitions()];
            for (int r = 0; r < run.repetitions(); r++) {
                nodes[r] = trace.arg(run.node(r, o), j);
            }
            values[Op.MAX_ARITY * o + j] = read(nodes);
            adjoint(o, j, nodes, present);
            tangent(o, j, nodes);
        }
    }

    private void adjoint(int o, int j, int[] nodes, int[] present) {
        boolean firsts = false;
        boolean laters = false;
        for (int r = 0; r < run.repetitions(); r++) {
            int u = run.node(r, o);
            if (present[r] == 1 && trace.flows(u, j)) {
                if (adjointReference[Op.MAX_ARITY * o + j] < 0) {
                    adjointReference[Op.MAX_ARITY * o + j] = u;
                }
                firsts |= trace.firstAdjoint(u, j);
                laters |= !trace.firstAdjoint(u, j);
            }
        }
        if (adjointReference[Op.MAX_ARITY * o + j] < 0) {
            return;
        }
        // Loops admits first writes that differ only for inputs, whose adjoints xBar then holds from 0.
        adds[Op.MAX_ARITY * o + j] = laters;
        zeroesInputAdjoints |= firsts && laters;
        int stride = stride(nodes);
        if (stride != Integer.MIN_VALUE) {
            targets[Op.MAX_ARITY * o + j] = Slot.computed(stride);
            return;
        }
        targets[Op.MAX_ARITY * o + j] = new Slot(place(nodes), 0);
        for (int r = 0; r < run.repetitions(); r++) {
            int from = run.node(r, 0);
            if (nodes[r] >= from && nodes[r] < from + run.period()) {
                writtenThroughTable[nodes[r] - from] = true;
            }
        }
    }

    private void tangent(int o, int j, int[] nodes) {
        int[] read = nodes.clone();
        boolean zero = false;
        for (int r = 0; r < run.repetitions(); r++) {
            if (!trace.flows(run.node(r, o), j)) {
                read[r] = trace.size();
                zero = true;
            } else if (tangentReference[Op.MAX_ARITY * o + j] < 0) {
                tangentReference[Op.MAX_ARITY * o + j] = run.node(r, o);
            }
        }
        int reference = tangentReference[Op.MAX_ARITY * o + j];
        if (reference < 0) {
            return;
        }
        chainsTangent[Op.MAX_ARITY * o + j] = zero || trace.chainTangent(reference, j);
        readsZeroTangent |= zero;
        // The first block's argument is the base of a computed slot: not if the zero slot is read instead.
        int stride = zero ? Integer.MIN_VALUE : stride(read);
        tangents[Op.MAX_ARITY * o + j] = stride != Integer.MIN_VALUE ? Slot.computed(stride) : new Slot(place(read), 0);
    }

    private void guard(int g) {
        int[] left = new int[run.repetitions()];
        int[] right = new int[run.repetitions()];
        int[] outcome = new int[run.repetitions()];
        for (int r = 0; r < run.repetitions(); r++) {
            int h = trace.firstGuard(run.node(r, 0)) + g;
            left[r] = trace.guardLeft(h);
            right[r] = trace.guardRight(h);
            outcome[r] = trace.guardOutcome(h);
        }
        guardLeft[g] = read(left);
        guardRight[g] = read(right);
        outcomes[g] = uniform(outcome) ? Slot.computed(0) : new Slot(place(outcome), 0);
    }

    /** The slot that reads nodes {@code nodes[r]}: where they live if that is one array at a fixed stride, else v. */
    private Slot read(int[] nodes) {
        int[] storages = new int[nodes.length];
        int[] addresses = new int[nodes.length];
        for (int r = 0; r < nodes.length; r++) {
            storages[r] = trace.storage(nodes[r]);
            addresses[r] = trace.address(nodes[r]);
        }
        int stride = uniform(storages) ? stride(addresses) : Integer.MIN_VALUE;
        if (stride != Integer.MIN_VALUE) {
            return Slot.computed(stride);
        }
        for (int k : nodes) {
            if (trace.storage(k) != 2) {
                leaves.set(k);
            }
        }
        return new Slot(place(nodes), 0);
    }

    private static boolean uniform(int[] values) {
        for (int value : values) {
            if (value != values[0]) {
                return false;
            }
        }
        return true;
    }

    /** The fixed difference between consecutive values, or {@code Integer.MIN_VALUE} if there is none. */
    private static int stride(int[] values) {
        long stride = (long) values[1] - values[0];
        for (int r = 2; r < values.length; r++) {
            if ((long) values[r] - values[r - 1] != stride) {
                return Integer.MIN_VALUE;
            }
        }
        return stride == Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) stride;
    }

    private int place(int[] column) {
        return places.computeIfAbsent(new Column(column), key -> {
            columns.add(column);
            return columns.size() - 1;
        });
    }
}
