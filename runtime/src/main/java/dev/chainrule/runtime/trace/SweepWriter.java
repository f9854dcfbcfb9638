package dev.chainrule.runtime.trace;

import dev.chainrule.rules.Primitive;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Writes one sweep of a trace as bytecode, step by step, so that {@link TapeCompiler} can measure the steps and cut
 * the sweep into methods anywhere between two of them. A step is a node, a guard, a seed, an output or a loop,
 * encoded as {@code kind << KIND_SHIFT | index}.
 *
 * <p>Nodes outside the trace's {@link Loops} are written out one by one, with their indices as immediates. A loop
 * is one step: the steps of its first block, once, inside a bytecode loop over the repetitions {@code r}, where
 * every index is {@code base + r · stride} (the period for the block's own nodes) or, where the run's
 * {@link RunLayout} says so, read from the loop's table row; steps of nodes that have no adjoint in some repetitions
 * are skipped there. The forward sweeps count {@code r} up, the reverse sweep down, so that every sweep visits the
 * nodes in the order the interpreter does. The loop lives in a loop method, which the step calls with where its
 * bases (the {@code base} of every index, its trip count) start in the table.
 *
 * <p>Every generated method is static and keeps the same first four parameters: {@code x} (slot 0), the trace's
 * constants and the call's data {@code c} (slot 1, {@link Trace#leafValues}), the node values {@code v} (slot 2) and
 * the loops' table {@code t} (slot 3, an {@code int[]}); the others are {@code double[]}. A node is read from where it
 * lives: an input from {@code x}, a constant or a datum from {@code c}, any other node from {@code v}, and any node
 * read through the table from {@code v}.
 */
abstract class SweepWriter {

    static final int KIND_SHIFT = 28;
    static final int INDEX_MASK = (1 << KIND_SHIFT) - 1;
    private static final int LOOP = 15;

    static final int X = 0;
    static final int C = 1;
    static final int V = 2;
    static final int T = 3;

    final Trace trace;
    private final LoopTable table;
    private final List<Loops.Run> runs;
    private final Recomputed recomputed;
    // Set by shareLoops: per run, its loop method and where its bases start in the table; per loop method, the first
    // run it was made for and how many runs it serves.
    private int[] loopMethod;
    private int[] loopBases;
    private final List<Integer> methodRuns = new ArrayList<>();
    private int[] instances = new int[0];
    // While a loop's body is listed or written: its run and layout, its first node and guard, its period; the layout
    // null and the period 0 outside loops.
    private int run;
    private RunLayout layout;
    private int runStart;
    private int firstGuard;
    private int period;
    // While a loop's body is written: how many of the block locals this repetition has overwritten (values in the
    // primal sweep, tangents in the tangent sweep).
    private int overwritten;
    // While a loop no other shares code with is written: the constants every repetition reads are immediates, which
    // the JIT keeps in registers, where a load from c would be repeated after every store to a double[].
    private boolean immediates;

    SweepWriter(Trace trace, LoopTable table) {
        this.trace = trace;
        this.table = table;
        this.runs = table.runs();
        this.recomputed = table.recomputed();
    }

    /** The name of the {@link CompiledSweeps} method this sweep implements. */
    abstract String name();

    /** The number of parameters of that method, the four shared ones included. */
    abstract int parameters();

    /** The parameter types: {@code double[]} but for the table. */
    final List<Class<?>> parameterTypes() {
        List<Class<?>> types = new ArrayList<>(Collections.nCopies(parameters(), double[].class));
        types.set(T, int[].class);
        return types;
    }

    /** Whether the method returns the guards' verdict ({@code int}) rather than nothing. */
    boolean returnsVerdict() {
        return false;
    }

    /**
     * The local variable slots a method uses besides a loop's, parameters included: slot {@code parameters()} is the
     * loop method's int parameter.
     */
    int maxLocals() {
        return parameters() + 1;
    }

    /** Whether the sweep visits the nodes from the last to the first. */
    boolean reverse() {
        return false;
    }

    /** The first node the sweep visits in tape order. */
    int firstNode() {
        return trace.inputs();
    }

    /** Adds the steps that come before the nodes'. */
    void before(IntStream.Builder steps) {
    }

    /** Adds node {@code k}'s steps, if it has any in this sweep. */
    abstract void node(IntStream.Builder steps, int k);

    /** Adds the steps that come after the nodes'. */
    void after(IntStream.Builder steps) {
    }

    /** Writes one step that is not a loop. */
    abstract void write(Code code, int step);

    /**
     * Inside a loop: the table column that says whether {@code step} runs in a repetition (0 for no), or -1 when it
     * runs in every one.
     */
    int condition(int step) {
        return -1;
    }

    /** Writes what a chunk method does before its first step. */
    void prologue(Code code) {
    }

    /** Writes what a chunk method does after its last step, the return included. */
    void epilogue(Code code) {
        code.insn(Opcodes.RETURN);
    }

    /** The steps, in order, a loop being one step. */
    final int[] steps() {
        IntStream.Builder steps = IntStream.builder();
        before(steps);
        if (reverse()) {
            int next = runs.size() - 1;
            for (int k = trace.size() - 1; k >= firstNode(); k--) {
                if (next >= 0 && runs.get(next).end() - 1 == k) {
                    loop(steps, next);
                    k = runs.get(next--).start();
                } else {
                    node(steps, k);
                }
            }
        } else {
            int next = 0;
            for (int k = firstNode(); k < trace.size(); k++) {
                if (next < runs.size() && runs.get(next).start() == k) {
                    loop(steps, next);
                    k = runs.get(next++).end() - 1;
                } else {
                    node(steps, k);
                }
            }
        }
        after(steps);
        return steps.build().toArray();
    }

    /** Writes one step: a loop as a call of its loop method ({@link #shareLoops} first). */
    final void emit(Code code, int step) {
        if (kind(step) != LOOP) {
            write(code, step);
            return;
        }
        int loop = index(step);
        if (inlined(loopMethod[loop])) {
            immediates = true;
            loop(code, loop);
            immediates = false;
            return;
        }
        for (int p = 0; p < parameters(); p++) {
            code.local(Opcodes.ALOAD, p);
        }
        code.push(loopBases[loop]);
        code.invoke(Opcodes.INVOKESTATIC, TapeCompiler.INTERNAL_NAME, loopMethodName(loopMethod[loop]),
                loopDescriptor());
        afterLoop(code);
    }

    /**
     * Whether loop method {@code method} serves one loop only, which is then written where it runs, its bases as
     * immediates that the JIT folds into its addressing (a call would cost a small tape as much as its loop).
     */
    final boolean inlined(int method) {
        return instances[method] == 1;
    }

    /** In a chunk method, after a loop method's call: takes what it returned. */
    void afterLoop(Code code) {
    }

    /**
     * Gives every loop among {@code steps} a loop method, one per distinct code: loops whose code differs only in the
     * bases of their indices and their trip counts (the same loop in every sample of a batch) share one, which reads
     * them from the table. Appends each loop's bases to {@code bases}, which the table holds from {@code offset} on.
     */
    final void shareLoops(int[] steps, List<Integer> bases, int offset) {
        loopMethod = new int[runs.size()];
        loopBases = new int[runs.size()];
        Map<String, Integer> methods = new HashMap<>();
        for (int step : steps) {
            if (kind(step) == LOOP) {
                int loop = index(step);
                Code template = Code.template(null, firstBaseLocal());
                loop(template, loop);
                loopMethod[loop] = methods.computeIfAbsent(template.fingerprint(), key -> {
                    methodRuns.add(loop);
                    return methodRuns.size() - 1;
                });
                instances = Arrays.copyOf(instances, methodRuns.size());
                instances[loopMethod[loop]]++;
                loopBases[loop] = offset + bases.size();
                bases.addAll(template.bases());
            }
        }
    }

    /** The number of loop methods {@link #shareLoops} asked for. */
    final int loopMethods() {
        return methodRuns.size();
    }

    final String loopMethodName(int method) {
        return name() + "Loop" + method;
    }

    /** A loop method's parameters: a chunk method's, and where its bases start in the table. */
    final List<Class<?>> loopParameterTypes() {
        List<Class<?>> types = new ArrayList<>(parameterTypes());
        types.add(int.class);
        return types;
    }

    private String loopDescriptor() {
        return Type.getMethodDescriptor(returnsVerdict() ? Type.INT_TYPE : Type.VOID_TYPE,
                loopParameterTypes().stream().map(Type::getType).toArray(Type[]::new));
    }

    /**
     * Writes loop method {@code method}, one that is not {@link #inlined}: its bases from the table into locals, its
     * loop, the return.
     *
     * @return the local variable slots it uses
     */
    final int writeLoopMethod(MethodVisitor visitor, int method) {
        int loop = methodRuns.get(method);
        Code counter = Code.template(null, firstBaseLocal());
        loop(counter, loop);
        int count = counter.bases().size();
        Code code = Code.template(visitor, firstBaseLocal());
        prologue(code);
        for (int i = 0; i < count; i++) {
            code.local(Opcodes.ALOAD, T);
            code.local(Opcodes.ILOAD, parameters());
            code.push(i);
            code.insn(Opcodes.IADD);
            code.insn(Opcodes.IALOAD);
            code.local(Opcodes.ISTORE, firstBaseLocal() + i);
        }
        loop(code, loop);
        epilogue(code);
        return firstBaseLocal() + count;
    }

    private void loop(IntStream.Builder steps, int run) {
        if (body(run).length > 0) {
            steps.add(step(LOOP, run));
        }
    }

    /** The steps of a run's first block, in the sweep's order. */
    private int[] body(int index) {
        enter(index);
        Loops.Run run = runs.get(index);
        IntStream.Builder steps = IntStream.builder();
        for (int o = 0; o < run.period(); o++) {
            node(steps, run.start() + (reverse() ? run.period() - 1 - o : o));
        }
        leave();
        return steps.build().toArray();
    }

    private void enter(int index) {
        run = index;
        layout = table.layout(index);
        runStart = runs.get(index).start();
        firstGuard = trace.firstGuard(runStart);
        period = runs.get(index).period();
    }

    private void leave() {
        layout = null;
        period = 0;
    }

    // A do-while loop (a run has at least two repetitions) whose counter and table row live in the slots after the
    // writer's own. Consecutive steps that run only in some repetitions share one test of their table column.
    private void loop(Code code, int index) {
        int[] body = body(index);
        Loops.Run loop = runs.get(index);
        int counter = maxLocals();
        if (reverse()) {
            code.pushBase(loop.repetitions() - 1);
        } else {
            code.push(0);
        }
        code.local(Opcodes.ISTORE, counter);
        if (blockArray() >= 0) {
            preload(code, loop);
        }
        enter(index);
        startLoop(code, body);
        Label top = code.label();
        code.place(top);
        overwritten = 0;
        if (layout.width() > 0) {
            code.pushBase(table.base(index));
            code.local(Opcodes.ILOAD, counter);
            code.push(layout.width());
            code.insn(Opcodes.IMUL);
            code.insn(Opcodes.IADD);
            code.local(Opcodes.ISTORE, counter + 1);
        }
        if (!cachesValues()) {
            recompute(code, loop);
        }
        for (int s = 0; s < body.length;) {
            int column = condition(body[s]);
            Label skip = null;
            if (column >= 0) {
                skip = code.label();
                tableEntry(code, column);
                code.jump(Opcodes.IFEQ, skip);
            }
            do {
                write(code, body[s++]);
            } while (column >= 0 && s < body.length && condition(body[s]) == column);
            if (skip != null) {
                code.place(skip);
            }
        }
        endRepetition(code);
        leave();
        code.increment(counter, reverse() ? -1 : 1);
        code.local(Opcodes.ILOAD, counter);
        if (reverse()) {
            code.jump(Opcodes.IFGE, top);
        } else {
            code.pushBase(loop.repetitions());
            code.jump(Opcodes.IF_ICMPLT, top);
        }
        finishLoop(code);
    }

    /** Before a loop's first repetition, its body's steps given (and the loop entered): sets up what it keeps. */
    void startLoop(Code code, int[] body) {
    }

    /** At the end of every repetition of a loop, while it is entered. */
    void endRepetition(Code code) {
    }

    /** After a loop's last repetition. */
    void finishLoop(Code code) {
    }

    /** After a loop: stores the last repetition's block locals that only what follows reads into {@code array}. */
    final void storeLastRepetition(Code code, int array, LoopStores stores) {
        Loops.Run loop = loopRun();
        for (int o = 0; o < loop.period(); o++) {
            if (stores.lastOnly(run, o)) {
                code.local(Opcodes.ALOAD, array);
                code.pushBase(loop.node(loop.repetitions() - 1, o));
                code.local(Opcodes.DLOAD, blockLocal(o));
                code.insn(Opcodes.DASTORE);
            }
        }
    }

    /** The run of the loop being written. */
    final Loops.Run loopRun() {
        return runs.get(run);
    }

    /** The repetitions of the loop being written. */
    final int repetitions() {
        return loopRun().repetitions();
    }

    /** Whether some step of {@code body} runs in some repetitions only. */
    final boolean conditional(int[] body) {
        for (int step : body) {
            if (condition(step) >= 0) {
                return true;
            }
        }
        return false;
    }

    // The block's Recomputed nodes, in order, each into its value local.
    private void recompute(Code code, Loops.Run loop) {
        for (int o = 0; o < loop.period(); o++) {
            if (recomputed.at(run, o)) {
                value(code, loop.start() + o);
                code.local(Opcodes.DSTORE, valueLocal(o));
            }
        }
    }

    // Before the first repetition, the block locals hold the block before the run, which it may read as the previous
    // repetition's.
    private void preload(Code code, Loops.Run run) {
        for (int o = 0; o < run.period(); o++) {
            int k = run.start() - run.period() + o;
            if (k >= 0 && trace.storage(k) == 2) {
                element(code, blockArray(), k, 0);
                code.local(Opcodes.DSTORE, blockLocal(o));
            }
        }
    }

    static int step(int kind, int index) {
        return kind << KIND_SHIFT | index;
    }

    static int kind(int step) {
        return step >>> KIND_SHIFT;
    }

    static int index(int step) {
        return step & INDEX_MASK;
    }

    /**
     * The local variable slots a chunk method needs: the writer's, a loop's counter and table row, its block, the
     * values it computes again.
     */
    final int frameLocals() {
        return extraLocals() + 2 * Loops.MAX_PERIOD + ownLocals();
    }

    /** The local variable slots the writer keeps past a loop's, from {@code extraLocals() + 2 · MAX_PERIOD} on. */
    int ownLocals() {
        return 0;
    }

    /**
     * Tells the writer, before it writes, that the sweep will be one method with room to spare, so that it may keep
     * in locals what its steps pass to each other.
     */
    void oneMethod() {
    }

    /** The loops' table. */
    final LoopTable table() {
        return table;
    }

    /** The first local slot after the writer's, a loop's counter and table row, its block and its computed values. */
    final int extraLocals() {
        return maxLocals() + 2 + 4 * Loops.MAX_PERIOD;
    }

    // A loop method's bases follow the chunk method's locals.
    private int firstBaseLocal() {
        return frameLocals();
    }

    /** Whether the primal values of a loop's block are also kept in local variables, for the block to read. */
    boolean cachesValues() {
        return false;
    }

    /**
     * The array whose entries for a loop's block the block locals keep ({@code v} for values, {@code d} for
     * tangents), loaded for the block before the run ahead of the loop; -1 when they keep none.
     */
    int blockArray() {
        return -1;
    }

    /** The index, among the trace's runs, of the loop being listed or written. */
    final int run() {
        return run;
    }

    /** The layout of the loop being listed or written, or {@code null} outside loops. */
    final RunLayout layout() {
        return layout;
    }

    /** Node {@code k}'s offset in the block of the loop being listed or written. */
    final int offset(int k) {
        return k - runStart;
    }

    /**
     * Where node {@code k}, read with {@code stride}, sits in the current repetition of the loop being written: its
     * offset in the block, or -1 if it is not a node of the same repetition (or no loop is being written).
     */
    final int blockOffset(int k, int stride) {
        return period != 0 && stride == period && k >= runStart && k < runStart + period ? k - runStart : -1;
    }

    /**
     * The block offset whose local holds node {@code k}, read with {@code stride}, in the loop being written: the
     * node's own in this repetition, or the previous repetition's node at an offset this repetition has not
     * overwritten yet; -1 for any other node.
     */
    final int cachedOffset(int k, int stride) {
        int offset = blockOffset(k, stride);
        int previous = blockOffset(k + period, stride);
        return offset < 0 && previous >= overwritten ? previous : offset;
    }

    /** Stores the pushed value (or tangent) of the node at {@code offset} in a loop's block into its block local. */
    final void storeValue(Code code, int offset) {
        code.local(Opcodes.DSTORE, blockLocal(offset));
        overwritten = offset + 1;
    }

    /** The local variable (two slots) that holds something of the node at {@code offset} in a loop's block. */
    final int blockLocal(int offset) {
        return maxLocals() + 2 + 2 * offset;
    }

    // The local variable (two slots) of a Recomputed node's value in a derivative sweep's loop.
    private int valueLocal(int offset) {
        return maxLocals() + 2 + 2 * Loops.MAX_PERIOD + 2 * offset;
    }

    /** The stride of node {@code k}'s own index: the period inside a loop. */
    final int nodeStride() {
        return period;
    }

    /** Pushes the int in column {@code column} of the current loop's table row. */
    final void tableEntry(Code code, int column) {
        code.local(Opcodes.ALOAD, T);
        code.local(Opcodes.ILOAD, maxLocals() + 1);
        code.push(column);
        code.insn(Opcodes.IADD);
        code.insn(Opcodes.IALOAD);
    }

    /**
     * Pushes {@code array[i]} for the array in {@code slot}, where {@code i} is {@code base + r · stride} or the
     * slot's table entry.
     */
    final void element(Code code, int slot, int base, RunLayout.Slot at) {
        if (at.tabled()) {
            code.local(Opcodes.ALOAD, slot);
            tableEntry(code, at.column());
            code.insn(Opcodes.DALOAD);
        } else {
            element(code, slot, base, at.stride());
        }
    }

    /** Pushes the value of node {@code k} (the first block's), read as {@code at} says in a loop. */
    final void load(Code code, int k, RunLayout.Slot at) {
        if (at.tabled()) {
            element(code, V, k, at);
        } else {
            load(code, k, at.stride());
        }
    }

    /** Pushes the left ({@code right == false}) or right operand of guard {@code g}. */
    final void loadGuardOperand(Code code, int g, boolean right) {
        int operand = right ? trace.guardRight(g) : trace.guardLeft(g);
        load(code, operand, layout == null ? RunLayout.Slot.computed(0) : layout.guardOperand(g - firstGuard, right));
    }

    /** Pushes the recorded outcome of guard {@code g}. */
    final void pushOutcome(Code code, int g) {
        RunLayout.Slot outcome = layout == null ? RunLayout.Slot.computed(0) : layout.outcome(g - firstGuard);
        if (outcome.tabled()) {
            tableEntry(code, outcome.column());
        } else {
            code.push(trace.guardOutcome(g));
        }
    }

    /** Pushes {@code base + r · stride}, {@code r} being the current loop's counter (just {@code base} outside). */
    final void index(Code code, int base, int stride) {
        code.pushBase(base);
        if (stride != 0) {
            code.local(Opcodes.ILOAD, maxLocals());
            code.push(stride);
            code.insn(Opcodes.IMUL);
            code.insn(Opcodes.IADD);
        }
    }

    /** Pushes the value of node {@code k}, whose address moves by {@code stride} per repetition. */
    final void load(Code code, int k, int stride) {
        if (!cachesValues() && blockOffset(k, stride) >= 0 && recomputed.at(run, blockOffset(k, stride))) {
            code.local(Opcodes.DLOAD, valueLocal(blockOffset(k, stride)));
            return;
        }
        if (cachesValues() && trace.storage(k) == 2 && cachedOffset(k, stride) >= 0) {
            code.local(Opcodes.DLOAD, blockLocal(cachedOffset(k, stride)));
            return;
        }
        // Only a constant: a datum is read from c, where every call puts its value.
        if (immediates && stride == 0 && trace.op(k) == Op.CONST) {
            code.constant(trace.constants()[trace.address(k)]);
            return;
        }
        element(code, trace.storage(k) == 0 ? X : trace.storage(k) == 1 ? C : V, trace.address(k), stride);
    }

    /** Pushes the value of argument {@code j} of node {@code k}. */
    final void loadArgument(Code code, int k, int j) {
        load(code, trace.arg(k, j), layout == null ? RunLayout.Slot.computed(0) : layout.value(offset(k), j));
    }

    /** Pushes {@code array[base + r · stride]} for the array in {@code slot}. */
    final void element(Code code, int slot, int base, int stride) {
        code.local(Opcodes.ALOAD, slot);
        index(code, base, stride);
        code.insn(Opcodes.DALOAD);
    }

    /** Pushes the value of node {@code k}, computed from its arguments. */
    final void value(Code code, int k) {
        Op op = trace.op(k);
        for (int j = 0; j < op.arity(); j++) {
            loadArgument(code, k, j);
        }
        FormulaWriter.apply(code, op.primitive());
    }

    /**
     * Writes {@code seed · ∂node_k/∂arg_j}, with the seed already pushed by {@code seed}: as the interpreter computes
     * it, term for term, the partial being the rule table's formula, and through the strong zero where the trace's
     * analysis says ({@code chain}).
     */
    final void term(Code code, int k, int j, boolean chain, Runnable seed) {
        Op op = trace.op(k);
        seed.run();
        switch (op.kind(j)) {
            case ONE:
                return;
            case MINUS_ONE:
                code.insn(Opcodes.DNEG);
                return;
            default:
                FormulaWriter.write(code, op.partialFormula(j), new FormulaWriter.Operands() {
                    @Override
                    public void argument(Code code, int index) {
                        loadArgument(code, k, index);
                    }

                    @Override
                    public void result(Code code) {
                        load(code, k, nodeStride());
                    }
                });
                break;
        }
        FormulaWriter.apply(code, chain ? Primitive.STRONG_PRODUCT : Primitive.MUL);
    }
}
