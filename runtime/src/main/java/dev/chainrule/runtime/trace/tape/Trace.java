package dev.chainrule.runtime.trace.tape;

import java.util.Arrays;
import java.util.List;

/**
 * One recorded run of a traced function: the tape, as parallel arrays of primitive values (struct of arrays), and
 * what the sweeps need to know about it, worked out once here so that the interpreter and the compiler make the same
 * decisions.
 *
 * <p>Node {@code k} is the operation {@code Op.byCode(code(k))} applied to nodes {@code arg(k, 0)}, {@code arg(k, 1)}
 * and {@code arg(k, 2)} (−1 for a missing argument; the third array exists only in a trace that has a primitive of
 * three arguments, {@code fma}); every argument precedes its node. Nodes {@code 0 .. n-1} are the inputs
 * ({@code x[k]}); the {@link Op#DATA} nodes follow them, each reading {@code data[arg0(k)]}, then the
 * {@link Op#CONST} nodes, each reading {@code constants()[arg0(k)]}, and then the operations, in the order the
 * function computed them. Sweeps find the constants and the data in one array, the leaf values: the
 * constants, then the data of the call. A guard is a comparison the function branched on: after
 * node {@link #guardAfter(int)} both its operands are known, and a replay at another point must compare them with
 * the same outcome, or the trace no longer describes the function there.
 *
 * <p>The analysis marks, per node: whether it depends on an input (<em>active</em>: only active nodes carry
 * tangents and adjoints); whether its adjoint is ever written (nodes that do not reach an output are skipped in the
 * reverse sweep); which seed-partial products must go through {@code the strong-zero product} (where the partial or the seed
 * may be infinite: the strong zero); and which adjoint contribution is the first to its target, so that the reverse
 * sweep stores instead of adding and needs no zeroed workspace.
 */
public final class Trace {

    private static final int ACTIVE = 1;
    private static final int ADJOINT = 1 << 1;
    private static final int CHAIN_TANGENT = 1 << 2;
    private static final int CHAIN_ADJOINT = 1 << 4;
    private static final int FIRST_ADJOINT = 1 << 6;

    private final int inputs;
    private final int dataCount;
    private final byte[] codes;
    private final int[] arg0;
    private final int[] arg1;
    private final int[] arg2;
    private final double[] constants;
    private final int[] outputs;
    private final int[] guardLeft;
    private final int[] guardRight;
    private final int[] guardAfter;
    private final boolean[] guardNanHigh;
    private final int[] guardOutcome;
    private final byte[] flags;
    private final boolean[] firstSeed;
    private final boolean[] unreachedInput;
    private final int[] firstGuard;
    // Found when first asked for (only compiling needs them); a race only computes the same list twice.
    private volatile List<Loops.Run> loops;
    // Asked for on every call of an interpreted function that would compile it: worked out once, -1 until then.
    private volatile int written = -1;

    public Trace(int inputs, int dataCount, byte[] codes, int[] arg0, int[] arg1, int[] arg2, double[] constants, int[] outputs,
            int[] guardLeft, int[] guardRight, int[] guardAfter, boolean[] guardNanHigh, int[] guardOutcome) {
        this.inputs = inputs;
        this.dataCount = dataCount;
        this.codes = codes;
        this.arg0 = arg0;
        this.arg1 = arg1;
        this.arg2 = arg2;
        this.constants = constants;
        this.outputs = outputs;
        this.guardLeft = guardLeft;
        this.guardRight = guardRight;
        this.guardAfter = guardAfter;
        this.guardNanHigh = guardNanHigh;
        this.guardOutcome = guardOutcome;
        this.flags = new byte[codes.length];
        this.firstSeed = new boolean[outputs.length];
        this.unreachedInput = new boolean[inputs];
        this.firstGuard = guardAfter.length == 0 ? null : firstGuards(guardAfter, codes.length);
        markTangents();
        markAdjoints();
    }

    /**
     * Compares two values as the JVM's {@code dcmpg} ({@code nanHigh}) or {@code dcmpl} does: -1, 0 or 1, and 1 or
     * -1 when either is NaN. A guard records this three-way outcome, which decides every {@code <}, {@code <=},
     * {@code >} and {@code >=} the function may have asked.
     */
    public static int compare(double a, double b, boolean nanHigh) {
        if (a > b) {
            return 1;
        }
        if (a == b) {
            return 0;
        }
        if (a < b) {
            return -1;
        }
        return nanHigh ? 1 : -1;
    }

    public int inputs() {
        return inputs;
    }

    public int size() {
        return codes.length;
    }

    public Op op(int k) {
        return Op.byCode(codes[k]);
    }

    /** Argument {@code j} (0 to {@code op(k).arity() - 1}) of node {@code k}. */
    public int arg(int k, int j) {
        return j == 0 ? arg0[k] : j == 1 ? arg1[k] : arg2[k];
    }

    /** The number of data values, each a {@link Op#DATA} leaf. */
    public int dataCount() {
        return dataCount;
    }

    public double[] constants() {
        return constants;
    }

    public int outputCount() {
        return outputs.length;
    }

    public int output(int i) {
        return outputs[i];
    }

    public int guardCount() {
        return guardAfter.length;
    }

    public int guardLeft(int g) {
        return guardLeft[g];
    }

    public int guardRight(int g) {
        return guardRight[g];
    }

    /** The node after which guard {@code g} is checked; guards are in order of this node. */
    public int guardAfter(int g) {
        return guardAfter[g];
    }

    /**
     * The first guard checked after node {@code k} or later: the guards after node {@code k} are
     * {@code firstGuard(k) .. firstGuard(k + 1) - 1}.
     */
    public int firstGuard(int k) {
        return firstGuard == null ? 0 : firstGuard[k];
    }

    // Per node, the first guard checked after it or later; a trace without guards keeps none.
    private static int[] firstGuards(int[] guardAfter, int size) {
        int[] first = new int[size + 1];
        for (int after : guardAfter) {
            first[after + 1]++;
        }
        for (int k = 0; k < size; k++) {
            first[k + 1] += first[k];
        }
        return first;
    }

    public boolean guardNanHigh(int g) {
        return guardNanHigh[g];
    }

    public int guardOutcome(int g) {
        return guardOutcome[g];
    }

    /**
     * Where node {@code k}'s value lives: 0 for an input (in {@code x}), 1 for a constant or a datum (in the
     * leaf values), 2 for a computed node (in the node values).
     */
    public int storage(int k) {
        Op op = op(k);
        return op == Op.INPUT ? 0 : op == Op.CONST || op == Op.DATA ? 1 : 2;
    }

    /** Node {@code k}'s index in the array its {@link #storage} names. */
    public int address(int k) {
        Op op = op(k);
        return op == Op.CONST ? arg0[k] : op == Op.DATA ? constants.length + arg0[k] : k;
    }

    /** The analysis's marks on node {@code k}, all in one value: equal marks mean the sweeps treat it alike. */
    int flags(int k) {
        return flags[k];
    }

    /** The runs of repeated blocks of nodes that compiled code runs as loops ({@link Loops}). */
    public List<Loops.Run> loops() {
        List<Loops.Run> found = loops;
        if (found == null) {
            found = Loops.find(this);
            loops = found;
        }
        return found;
    }

    /**
     * The number of nodes compiled code writes out: the operations outside loops, and each loop's block once (leaves,
     * inputs, data and constants, have no code of their own).
     */
    public int writtenNodes() {
        int count = written;
        if (count < 0) {
            count = size() - inputs - dataCount - constants.length;
            for (Loops.Run run : loops()) {
                count -= run.period() * (run.repetitions() - 1);
            }
            written = count;
        }
        return count;
    }

    /**
     * Whether {@code other} records the same program: the same operations on the same arguments, the same constants
     * (bit for bit), outputs and guards. Two such traces compile to the same code and give the same results at every
     * point and data.
     */
    public boolean sameProgram(Trace other) {
        return inputs == other.inputs && dataCount == other.dataCount
                && Arrays.equals(codes, other.codes) && Arrays.equals(arg0, other.arg0)
                && Arrays.equals(arg1, other.arg1) && Arrays.equals(arg2, other.arg2)
                && Arrays.equals(outputs, other.outputs)
                && Arrays.equals(constants, other.constants) && Arrays.equals(guardLeft, other.guardLeft)
                && Arrays.equals(guardRight, other.guardRight) && Arrays.equals(guardAfter, other.guardAfter)
                && Arrays.equals(guardNanHigh, other.guardNanHigh) && Arrays.equals(guardOutcome, other.guardOutcome);
    }

    public boolean active(int k) {
        return (flags[k] & ACTIVE) != 0;
    }

    /**
     * Whether a derivative flows from argument {@code j} of node {@code k} to the node: the argument is active and
     * its partial is not the constant 0 ({@code copySign}'s sign argument passes none).
     */
    public boolean flows(int k, int j) {
        return active(arg(k, j)) && op(k).kind(j) != Op.Kind.ZERO;
    }

    /** Whether the reverse sweep writes node {@code k}'s adjoint. */
    public boolean hasAdjoint(int k) {
        return (flags[k] & ADJOINT) != 0;
    }

    /** Whether the tangent term of argument {@code j} of node {@code k} needs the strong zero. */
    public boolean chainTangent(int k, int j) {
        return (flags[k] & (CHAIN_TANGENT << j)) != 0;
    }

    /** Whether the adjoint contribution of node {@code k} to argument {@code j} needs the strong zero. */
    public boolean chainAdjoint(int k, int j) {
        return (flags[k] & (CHAIN_ADJOINT << j)) != 0;
    }

    /** Whether the contribution of node {@code k} to argument {@code j} is the first write of that adjoint. */
    public boolean firstAdjoint(int k, int j) {
        return (flags[k] & (FIRST_ADJOINT << j)) != 0;
    }

    /** Whether the seed of output {@code i} is the first write of its node's adjoint. */
    public boolean firstSeed(int i) {
        return firstSeed[i];
    }

    /** Whether no output depends on input {@code i}, so that its adjoint is 0. */
    public boolean unreachedInput(int i) {
        return unreachedInput[i];
    }

    // A tangent may be infinite downstream of an unbounded partial; products with such a tangent need the strong zero.
    private void markTangents() {
        boolean[] steep = new boolean[size()];
        for (int k = 0; k < size(); k++) {
            Op op = op(k);
            if (op == Op.INPUT) {
                flags[k] |= ACTIVE;
            }
            for (int j = 0; j < op.arity(); j++) {
                int a = arg(k, j);
                if (!flows(k, j)) {
                    continue;
                }
                flags[k] |= ACTIVE;
                boolean infinite = op.unbounded() || steep[a];
                steep[k] |= infinite;
                if (infinite && op.kind(j).multiplies()) {
                    flags[k] |= CHAIN_TANGENT << j;
                }
            }
        }
    }

    // The reverse sweep visits the seeds in output order, then the nodes from last to first, arguments in order.
    private void markAdjoints() {
        boolean[] written = new boolean[size()];
        boolean[] steep = new boolean[size()];
        for (int i = 0; i < outputs.length; i++) {
            int o = outputs[i];
            if (active(o)) {
                firstSeed[i] = !written[o];
                written[o] = true;
                flags[o] |= ADJOINT;
            }
        }
        for (int k = size() - 1; k >= inputs; k--) {
            if (!hasAdjoint(k)) {
                continue;
            }
            Op op = op(k);
            for (int j = 0; j < op.arity(); j++) {
                int a = arg(k, j);
                if (!flows(k, j)) {
                    continue;
                }
                boolean infinite = op.unbounded() || steep[k];
                steep[a] |= infinite;
                if (infinite && op.kind(j).multiplies()) {
                    flags[k] |= CHAIN_ADJOINT << j;
                }
                if (!written[a]) {
                    flags[k] |= FIRST_ADJOINT << j;
                    written[a] = true;
                }
                flags[a] |= ADJOINT;
            }
        }
        for (int i = 0; i < inputs; i++) {
            unreachedInput[i] = !written[i];
        }
    }
}
