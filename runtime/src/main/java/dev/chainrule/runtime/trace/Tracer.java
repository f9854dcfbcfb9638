package dev.chainrule.runtime.trace;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Records one run of a function over {@link Active} values into growable primitive arrays, then freezes them into a
 * {@link Trace}. One tracer serves one run on one thread; it is closed when the run returns, so that an
 * {@code Active} kept from an earlier run and used in a later one is reported instead of silently mixing tapes.
 */
final class Tracer {

    private static final int INITIAL_CAPACITY = 256;
    private static final int GUARD_STRIDE = 5;

    private final int inputs;
    private byte[] codes = new byte[INITIAL_CAPACITY];
    private int[] arg0 = new int[INITIAL_CAPACITY];
    private int[] arg1 = new int[INITIAL_CAPACITY];
    private int size;
    private double[] constants = new double[16];
    private int constantCount;
    // The same constant in every iteration of a loop is one node, not one per iteration.
    private final Map<Long, Integer> constantNodes = new HashMap<>();
    // Per guard: left, right, the last node when it was recorded, nanHigh, outcome.
    private int[] guards = new int[GUARD_STRIDE * 16];
    private int guardCount;
    private boolean closed;

    private Tracer(int inputs) {
        this.inputs = inputs;
    }

    /**
     * Runs {@code body} on active copies of {@code x} and records it.
     *
     * @param body    the function
     * @param x       the point, already checked
     * @param outputs how many values {@code body} must return
     * @return the trace
     * @throws IllegalStateException if {@code body} returns another number of values
     * @throws NullPointerException  if it returns {@code null} or a {@code null} element
     */
    static Trace trace(ActiveBody body, double[] x, int outputs) {
        Tracer tracer = new Tracer(x.length);
        Active[] active = new Active[x.length];
        for (int i = 0; i < x.length; i++) {
            active[i] = new Active(tracer, tracer.append(Op.INPUT, i, -1), x[i]);
        }
        Active[] result;
        try {
            result = body.apply(active);
        } finally {
            tracer.closed = true;
        }
        Objects.requireNonNull(result, "the traced function returned null");
        if (result.length != outputs) {
            throw new IllegalStateException("the traced function returned " + result.length + " values, expected "
                    + outputs + ": the output length must not change between calls");
        }
        int[] outputNodes = new int[outputs];
        for (int i = 0; i < outputs; i++) {
            Objects.requireNonNull(result[i], "the traced function returned null as output " + i);
            outputNodes[i] = tracer.nodeOf(result[i]);
        }
        return tracer.freeze(outputNodes);
    }

    /** Applies a primitive, recording it when an operand is on a tape. */
    static Active apply(Op op, Active a, Active b) {
        double r = op.value(a.value, b == null ? 0 : b.value);
        Tracer tracer = common(a, b);
        if (tracer == null) {
            return Active.constant(r);
        }
        int node = tracer.append(op, tracer.nodeOf(a), b == null ? -1 : tracer.nodeOf(b));
        return new Active(tracer, node, r);
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
        Tracer tracer = a.tracer;
        if (b != null && b.tracer != null) {
            if (tracer != null && tracer != b.tracer) {
                throw new IllegalStateException("an Active value from another trace was used: keep no Active values"
                        + " between calls of a traced function");
            }
            tracer = b.tracer;
        }
        if (tracer != null && tracer.closed) {
            throw new IllegalStateException("an Active value from a finished trace was used: keep no Active values"
                    + " between calls of a traced function");
        }
        return tracer;
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
        int node = append(Op.CONST, constantCount++, -1);
        constantNodes.put(Double.doubleToRawLongBits(value.value), node);
        return node;
    }

    private int append(Op op, int a, int b) {
        if (size == codes.length) {
            int capacity = 2 * size;
            codes = Arrays.copyOf(codes, capacity);
            arg0 = Arrays.copyOf(arg0, capacity);
            arg1 = Arrays.copyOf(arg1, capacity);
        }
        codes[size] = (byte) op.ordinal();
        arg0[size] = a;
        arg1[size] = b;
        return size++;
    }

    private void guard(int left, int right, boolean nanHigh, int outcome) {
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
     * Freezes the recording into a trace whose constants come right after the inputs, before every operation. A
     * constant is a leaf that depends on nothing, so it may move anywhere before its first use; moved out of the way,
     * the constants a loop's first iteration records leave that iteration the shape of the others ({@link Loops}).
     */
    private Trace freeze(int[] outputNodes) {
        int[] renumbered = new int[size];
        int next = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < size; k++) {
                boolean leaf = codes[k] == Op.INPUT.ordinal() || codes[k] == Op.CONST.ordinal();
                if (leaf == (pass == 0)) {
                    renumbered[k] = next++;
                }
            }
        }
        byte[] newCodes = new byte[size];
        int[] newArg0 = new int[size];
        int[] newArg1 = new int[size];
        for (int k = 0; k < size; k++) {
            int to = renumbered[k];
            boolean leaf = codes[k] == Op.INPUT.ordinal() || codes[k] == Op.CONST.ordinal();
            newCodes[to] = codes[k];
            // A leaf's argument is an index into x or the constants, not a node.
            newArg0[to] = leaf ? arg0[k] : renumbered[arg0[k]];
            newArg1[to] = arg1[k] < 0 ? -1 : renumbered[arg1[k]];
        }
        // A guard is checked once every node recorded before it is known: after the last of them in the new order.
        int[] latest = new int[size];
        for (int k = 0; k < size; k++) {
            latest[k] = Math.max(renumbered[k], k == 0 ? 0 : latest[k - 1]);
        }
        int[] left = new int[guardCount];
        int[] right = new int[guardCount];
        int[] after = new int[guardCount];
        boolean[] nanHigh = new boolean[guardCount];
        int[] outcome = new int[guardCount];
        for (int g = 0; g < guardCount; g++) {
            int at = GUARD_STRIDE * g;
            left[g] = renumbered[guards[at]];
            right[g] = renumbered[guards[at + 1]];
            after[g] = latest[guards[at + 2]];
            nanHigh[g] = guards[at + 3] != 0;
            outcome[g] = guards[at + 4];
        }
        int[] outputs = Arrays.stream(outputNodes).map(k -> renumbered[k]).toArray();
        return new Trace(inputs, newCodes, newArg0, newArg1, Arrays.copyOf(constants, constantCount), outputs, left,
                right, after, nanHigh, outcome);
    }
}
