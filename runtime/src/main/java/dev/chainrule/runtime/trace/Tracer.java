package dev.chainrule.runtime.trace;

import dev.chainrule.rules.Primitive;
import dev.chainrule.runtime.TapeMemory;
import dev.chainrule.runtime.trace.tape.Loops;
import dev.chainrule.runtime.trace.tape.Op;
import dev.chainrule.runtime.trace.tape.Trace;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Records one run of a function over {@link Active} values into growable primitive arrays, then freezes them into a
 * {@link Trace}; or, given a trace recorded before, checks that a run records exactly that trace, node by node as the
 * function runs, which needs no memory for the nodes ({@link #records}). One tracer serves one run on one thread; it
 * is closed when the run returns, so that an {@code Active} kept from an earlier run and used in a later one is
 * reported instead of silently mixing tapes.
 */
final class Tracer {

    private static final int INITIAL_CAPACITY = 256;
    private static final int GUARD_STRIDE = 5;

    private final int inputs;
    private final long maxNodes;
    private byte[] codes;
    private int[] arg0;
    private int[] arg1;
    // Made when the first primitive of three arguments is recorded: most traces have none.
    private int[] arg2;
    private int size;
    private double[] constants = new double[16];
    private int constantCount;
    // The same constant in every iteration of a loop is one node, not one per iteration.
    private final Map<Long, Integer> constantNodes = new HashMap<>();
    // Per guard: left, right, the last node when it was recorded, nanHigh, outcome.
    private int[] guards = new int[GUARD_STRIDE * 16];
    private int guardCount;
    private boolean closed;
    // When checking: the trace a run must record, whether it has so far, the number of leaves before its
    // operations, the operations seen, and the largest node index seen (in the trace's order).
    private final Trace expected;
    private boolean matches;
    private final int leafCount;
    private int operations;
    private int latest = -1;

    private Tracer(int inputs, long maxNodes, Trace expected, int dataCount) {
        this.inputs = inputs;
        this.maxNodes = maxNodes;
        this.expected = expected;
        this.matches = expected != null && expected.inputs() == inputs && expected.dataCount() == dataCount;
        this.leafCount = expected == null ? 0 : inputs + dataCount + expected.constants().length;
        int capacity = (int) Math.min(INITIAL_CAPACITY, maxNodes);
        codes = new byte[capacity];
        arg0 = new int[capacity];
        arg1 = new int[capacity];
    }

    /**
     * Runs {@code body} on active copies of {@code x} and {@code data} and records it.
     *
     * @param body    the function
     * @param x       the point, already checked
     * @param data    the data, already checked: leaves that carry no derivative and that replays read anew
     * @param outputs how many values {@code body} must return
     * @return the trace
     * @throws IllegalStateException if {@code body} returns another number of values, or records more nodes than
     *                               {@link TapeMemory#maxTraceNodes()}
     * @throws NullPointerException  if it returns {@code null} or a {@code null} element
     */
    static Trace trace(ActiveBody body, double[] x, double[] data, int outputs) {
        Tracer tracer = new Tracer(x.length, TapeMemory.maxTraceNodes(), null, data.length);
        return tracer.freeze(tracer.run(body, x, data, outputs), data.length);
    }

    /**
     * Runs {@code body} as {@link #trace} does and reports whether it records exactly {@code expected}
     * ({@link Trace#sameProgram}), without recording: nodes are compared with the trace's as the function makes them.
     *
     * @return whether the run records {@code expected}
     * @throws IllegalStateException if {@code body} returns another number of values
     * @throws NullPointerException  if it returns {@code null} or a {@code null} element
     */
    static boolean records(ActiveBody body, double[] x, double[] data, int outputs, Trace expected) {
        Tracer checker = new Tracer(x.length, 0, expected, data.length);
        int[] outputNodes = checker.run(body, x, data, outputs);
        if (!checker.matches || checker.operations != expected.size() - checker.leafCount
                || checker.constantCount != expected.constants().length
                || checker.guardCount != expected.guardCount()) {
            return false;
        }
        for (int i = 0; i < outputs; i++) {
            if (outputNodes[i] != expected.output(i)) {
                return false;
            }
        }
        return true;
    }

    /** Runs {@code body} on active copies of {@code x} and {@code data}: the nodes of its outputs. */
    private int[] run(ActiveBody body, double[] x, double[] data, int outputs) {
        Active[] active = leaves(Op.INPUT, x);
        Active[] passive = leaves(Op.DATA, data);
        Active[] result;
        try {
            result = body.apply(active, passive);
        } finally {
            closed = true;
        }
        Objects.requireNonNull(result, "the traced function returned null");
        if (result.length != outputs) {
            throw new IllegalStateException("the traced function returned " + result.length + " values, expected "
                    + outputs + ": the output length must not change between calls");
        }
        int[] outputNodes = new int[outputs];
        for (int i = 0; i < outputs; i++) {
            Objects.requireNonNull(result[i], "the traced function returned null as output " + i);
            outputNodes[i] = nodeOf(result[i]);
        }
        return outputNodes;
    }

    /** One leaf of kind {@code op} per value, in order: its argument is the value's index. */
    private Active[] leaves(Op op, double[] values) {
        Active[] leaves = new Active[values.length];
        for (int i = 0; i < values.length; i++) {
            leaves[i] = new Active(this, append(op, i, -1, -1), values[i]);
        }
        return leaves;
    }

    /** Applies a primitive of one argument, recording it when the operand is on a tape. */
    static Active apply(Primitive primitive, Active a) {
        Op op = Op.of(primitive);
        double r = op.value(a.value, 0, 0);
        Tracer tracer = a.tracer;
        if (tracer == null) {
            return Active.constant(r);
        }
        tracer.open();
        return new Active(tracer, tracer.append(op, tracer.nodeOf(a), -1, -1), r);
    }

    /** Applies a primitive of two arguments, recording it when an operand is on a tape. */
    static Active apply(Primitive primitive, Active a, Active b) {
        Op op = Op.of(primitive);
        double r = op.value(a.value, b.value, 0);
        Tracer tracer = common(a, b);
        if (tracer == null) {
            return Active.constant(r);
        }
        return new Active(tracer, tracer.append(op, tracer.nodeOf(a), tracer.nodeOf(b), -1), r);
    }

    /** Applies a primitive of three arguments, recording it when an operand is on a tape. */
    static Active apply(Primitive primitive, Active a, Active b, Active c) {
        Op op = Op.of(primitive);
        double r = op.value(a.value, b.value, c.value);
        Tracer tracer = common(common(a, b), c);
        if (tracer == null) {
            return Active.constant(r);
        }
        return new Active(tracer, tracer.append(op, tracer.nodeOf(a), tracer.nodeOf(b), tracer.nodeOf(c)), r);
    }

    /** Compares two values as {@link Trace#compare} does, recording the outcome as a guard when either is traced. */
    static int compare(Active a, Active b, boolean nanHigh) {
        int outcome = Trace.compare(a.value, b.value, nanHigh);
        Tracer tracer = common(a, b);
        if (tracer != null) {
            tracer.guard(tracer.nodeOf(a), tracer.nodeOf(b), nanHigh, outcome);
        }
        return outcome;
    }

    private static Tracer common(Active a, Active b) {
        return common(a.tracer, b);
    }

    // The tracer of the operands, checked to be one and still running; null when no operand is traced.
    private static Tracer common(Tracer tracer, Active b) {
        if (b.tracer != null) {
            if (tracer != null && tracer != b.tracer) {
                throw new IllegalStateException("an Active value from another trace was used: keep no Active values"
                        + " between calls of a traced function");
            }
            tracer = b.tracer;
        }
        if (tracer != null) {
            tracer.open();
        }
        return tracer;
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("an Active value from a finished trace was used: keep no Active values"
                    + " between calls of a traced function");
        }
    }

    private int nodeOf(Active value) {
        if (value.tracer == this) {
            return value.node;
        }
        Integer known = constantNodes.get(Double.doubleToRawLongBits(value.value));
        if (known != null) {
            return known;
        }
        if (constantCount == constants.length) {
            constants = Arrays.copyOf(constants, 2 * constantCount);
        }
        constants[constantCount] = value.value;
        int node = append(Op.CONST, constantCount++, -1, -1);
        constantNodes.put(Double.doubleToRawLongBits(value.value), node);
        return node;
    }

    private int append(Op op, int a, int b, int c) {
        if (expected != null) {
            return check(op, a, b, c);
        }
        if (size == codes.length) {
            grow();
        }
        codes[size] = op.code();
        arg0[size] = a;
        arg1[size] = b;
        if (c >= 0 && arg2 == null) {
            arg2 = new int[codes.length];
            Arrays.fill(arg2, 0, size, -1);
        }
        if (arg2 != null) {
            arg2[size] = c;
        }
        return size++;
    }

    /**
     * Makes room for more nodes, up to the limit: checked only when the arrays are full, so that recording an
     * operation costs no more than before, and thrown here, while the function runs, rather than as an
     * {@link OutOfMemoryError} in a later sweep over a tape the heap cannot hold.
     */
    private void grow() {
        if (size >= maxNodes) {
            throw new IllegalStateException("the traced function recorded " + size + " nodes, the most a trace may"
                    + " have (" + TapeMemory.MAX_TRACE_NODES_PROPERTY + " = " + maxNodes + "); raise the limit with -D"
                    + TapeMemory.MAX_TRACE_NODES_PROPERTY + "=N or TapeMemory.setMaxTraceNodes(N), with heap to"
                    + " match (about " + TapeMemory.TRACE_BYTES_PER_NODE + " bytes per node), or trace fewer steps");
        }
        int capacity = (int) Math.min(2L * size, maxNodes);
        codes = Arrays.copyOf(codes, capacity);
        arg0 = Arrays.copyOf(arg0, capacity);
        arg1 = Arrays.copyOf(arg1, capacity);
        if (arg2 != null) {
            arg2 = Arrays.copyOf(arg2, capacity);
        }
    }

    /**
     * When checking: the node the run's next one is in the expected trace, where leaves come first (inputs, data,
     * constants, each in the order they were made) and operations follow in order, and whether it is the same node.
     * Its arguments are already numbered the trace's way. After a difference the run goes on, unchecked.
     */
    private int check(Op op, int a, int b, int c) {
        int node;
        if (op == Op.INPUT) {
            node = a;
        } else if (op == Op.DATA) {
            node = inputs + a;
        } else if (op == Op.CONST) {
            node = inputs + expected.dataCount() + a;
        } else {
            node = leafCount + operations++;
        }
        matches = matches && node < expected.size() && expected.op(node) == op && expected.arg(node, 0) == a
                && (op == Op.CONST ? Double.doubleToLongBits(expected.constants()[a])
                        == Double.doubleToLongBits(constants[a]) : sameArguments(node, op, b, c));
        latest = Math.max(latest, node);
        return node;
    }

    // The second and third arguments of an operation, past the first, which the caller compared.
    private boolean sameArguments(int node, Op op, int b, int c) {
        return (op.arity() < 2 || expected.arg(node, 1) == b) && (op.arity() < 3 || expected.arg(node, 2) == c);
    }

    private void guard(int left, int right, boolean nanHigh, int outcome) {
        if (expected != null) {
            int g = guardCount++;
            matches = matches && g < expected.guardCount() && expected.guardLeft(g) == left
                    && expected.guardRight(g) == right && expected.guardNanHigh(g) == nanHigh
                    && expected.guardOutcome(g) == outcome && expected.guardAfter(g) == latest;
            return;
        }
        if (GUARD_STRIDE * guardCount == guards.length) {
            guards = Arrays.copyOf(guards, 2 * guards.length);
        }
        int at = GUARD_STRIDE * guardCount++;
        guards[at] = left;
        guards[at + 1] = right;
        // Checked once the tape has reached this point: both operands are known, and guards stay in tape order.
        guards[at + 2] = size - 1;
        guards[at + 3] = nanHigh ? 1 : 0;
        guards[at + 4] = outcome;
    }

    /**
     * Freezes the recording into a trace whose leaves come first: the inputs, the data, then the constants, before
     * every operation. A constant is a leaf that depends on nothing, so it may move anywhere before its first use;
     * moved out of the way, the constants a loop's first iteration records leave that iteration the shape of the
     * others ({@link Loops}).
     */
    private Trace freeze(int[] outputNodes, int dataCount) {
        int[] renumbered = new int[size];
        int next = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < size; k++) {
                if (Op.byCode(codes[k]).isLeaf() == (pass == 0)) {
                    renumbered[k] = next++;
                }
            }
        }
        byte[] newCodes = new byte[size];
        int[] newArg0 = new int[size];
        int[] newArg1 = new int[size];
        int[] newArg2 = arg2 == null ? null : new int[size];
        for (int k = 0; k < size; k++) {
            int to = renumbered[k];
            boolean leaf = Op.byCode(codes[k]).isLeaf();
            newCodes[to] = codes[k];
            // A leaf's argument is an index into x, the constants or the data, not a node.
            newArg0[to] = leaf ? arg0[k] : renumbered[arg0[k]];
            newArg1[to] = arg1[k] < 0 ? -1 : renumbered[arg1[k]];
            if (newArg2 != null) {
                newArg2[to] = arg2[k] < 0 ? -1 : renumbered[arg2[k]];
            }
        }
        int[] left = new int[guardCount];
        int[] right = new int[guardCount];
        int[] after = new int[guardCount];
        boolean[] nanHigh = new boolean[guardCount];
        int[] outcome = new int[guardCount];
        // A guard is checked once every node recorded before it is known: after the last of them in the new order.
        // Guards were recorded in order, so one pass over the nodes finds that for all of them.
        int latest = 0;
        int seen = 0;
        for (int g = 0; g < guardCount; g++) {
            int at = GUARD_STRIDE * g;
            for (; seen <= guards[at + 2]; seen++) {
                latest = Math.max(latest, renumbered[seen]);
            }
            left[g] = renumbered[guards[at]];
            right[g] = renumbered[guards[at + 1]];
            after[g] = latest;
            nanHigh[g] = guards[at + 3] != 0;
            outcome[g] = guards[at + 4];
        }
        int[] outputs = Arrays.stream(outputNodes).map(k -> renumbered[k]).toArray();
        return new Trace(inputs, dataCount, newCodes, newArg0, newArg1, newArg2, Arrays.copyOf(constants, constantCount),
                outputs, left, right, after, nanHigh, outcome);
    }
}
