package dev.chainrule.runtime.trace.compiler;

import dev.chainrule.rules.Primitive;
import dev.chainrule.runtime.trace.tape.Loops;
import dev.chainrule.runtime.trace.tape.Op;
import dev.chainrule.runtime.trace.tape.RunLayout;
import dev.chainrule.runtime.trace.tape.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Writes one sweep of a trace as bytecode, step by step, as its {@link SweepPlan} lists them, so that
 * {@link TapeCompiler} can measure the steps and cut the sweep into methods anywhere between two of them. The plan
 * has decided where every value and adjoint lives; a writer only reads it, and a subclass writes the steps of its own
 * kinds ({@link #write}).
 *
 * <p>Nodes outside the trace's {@link Loops} are written out one by one, with their indices as immediates. A loop
 * is one step: the steps of its first block, once, inside a bytecode loop over the repetitions {@code r}, where
 * every index is {@code base + r · stride} (the period for the block's own nodes) or, where the run's
 * {@link RunLayout} says so, read from the loop's table row; steps of nodes that have no adjoint in some repetitions
 * are skipped there. The forward sweeps count {@code r} up, the reverse sweep down, so that every sweep visits the
 * nodes in the order the interpreter does. The loop lives in a loop method, which the step calls with where its
 * bases (the {@code base} of every index, its trip count) start in the table.
 *
 * <p>Every generated method is static and keeps the same first four parameters ({@link SweepSlots}). A node is read
 * from where it lives: an input from {@code x}, a constant or a datum from {@code c}, any other node from {@code v},
 * and any node read through the table from {@code v}.
 */
public abstract class SweepWriter {

    final Trace trace;
    public final SweepPlan plan;
    private final Sweep sweep;
    private final LoopTable table;
    private final List<Loops.Run> runs;
    private final Recomputed recomputed;
    // Set by shareLoops: per run, its loop method and where its bases start in the table; per loop method, the first
    // run it was made for and how many runs it serves.
    private int[] loopMethod;
    private int[] loopBases;
    private final List<Integer> methodRuns = new ArrayList<>();
    private int[] instances = new int[0];
    // While a loop's body is written: its run and layout, its first node and guard, its period; the layout null and
    // the period 0 outside loops.
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
    // While a reverse loop that keeps adjoint cells in locals is written: its cells' locals.
    private CellLocals cells;

    SweepWriter(SweepPlan plan) {
        this.plan = plan;
        this.trace = plan.trace();
        this.sweep = plan.sweep();
        this.table = plan.table();
        this.runs = table.runs();
        this.recomputed = table.recomputed();
    }

    /** The name of the {@link CompiledSweeps} method this sweep implements. */
    public final String name() {
        return sweep.methodName();
    }

    /** The number of parameters of that method, the four shared ones included. */
    final int parameters() {
        return sweep.parameters();
    }

    /** The parameter types: {@code double[]} but for the table. */
    final List<Class<?>> parameterTypes() {
        List<Class<?>> types = new ArrayList<>(Collections.nCopies(parameters(), double[].class));
        types.set(SweepSlots.T, int[].class);
        return types;
    }

    /** Whether the method returns the guards' verdict ({@code int}) rather than nothing. */
    final boolean returnsVerdict() {
        return sweep.returnsVerdict();
    }

    /** Writes one step that is not a loop. */
    abstract void write(Code code, int step);

    /** Writes what a chunk method does before its first step: the primal sweep's verdict starts at 0. */
    final void prologue(Code code) {
        if (returnsVerdict()) {
            code.insn(Opcodes.ICONST_0);
            code.local(Opcodes.ISTORE, SweepSlots.VERDICT);
        }
    }

    /** Writes what a chunk method does after its last step, the return included. */
    final void epilogue(Code code) {
        if (returnsVerdict()) {
            code.local(Opcodes.ILOAD, SweepSlots.VERDICT);
            code.insn(Opcodes.IRETURN);
        } else {
            code.insn(Opcodes.RETURN);
        }
    }

    /** Writes one step: a loop as a call of its loop method ({@link #shareLoops} first). */
    public final void emit(Code code, int step) {
        if (SweepPlan.kind(step) != SweepPlan.LOOP) {
            write(code, step);
            return;
        }
        int loop = SweepPlan.index(step);
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
        if (returnsVerdict()) {
            // The loop method returned its guards' verdict.
            code.local(Opcodes.ILOAD, SweepSlots.VERDICT);
            code.insn(Opcodes.IOR);
            code.local(Opcodes.ISTORE, SweepSlots.VERDICT);
        }
    }

    /**
     * Whether loop method {@code method} serves one loop only, which is then written where it runs, its bases as
     * immediates that the JIT folds into its addressing (a call would cost a small tape as much as its loop).
     */
    final boolean inlined(int method) {
        return instances[method] == 1;
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
            if (SweepPlan.kind(step) == SweepPlan.LOOP) {
                int loop = SweepPlan.index(step);
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
            code.local(Opcodes.ALOAD, SweepSlots.T);
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
        int[] body = plan.body(index);
        Loops.Run loop = runs.get(index);
        int counter = plan.counterLocal();
        if (sweep.reverse()) {
            code.pushBase(loop.repetitions() - 1);
        } else {
            code.push(0);
        }
        code.local(Opcodes.ISTORE, counter);
        if (sweep.blockArray() >= 0) {
            preload(code, loop);
        }
        enter(index);
        AdjointCells kept = plan.cells(index);
        if (kept != null) {
            cells = new CellLocals(kept);
            cells.start(code, this, loop.repetitions());
        }
        Label top = code.label();
        code.place(top);
        overwritten = 0;
        if (layout.width() > 0) {
            code.pushBase(table.base(index));
            code.local(Opcodes.ILOAD, counter);
            code.push(layout.width());
            code.insn(Opcodes.IMUL);
            code.insn(Opcodes.IADD);
            code.local(Opcodes.ISTORE, plan.rowLocal());
        }
        if (!sweep.cachesValues()) {
            recompute(code, loop);
        }
        for (int s = 0; s < body.length;) {
            int column = plan.condition(index, body[s]);
            Label skip = null;
            if (column >= 0) {
                skip = code.label();
                tableEntry(code, column);
                code.jump(Opcodes.IFEQ, skip);
            }
            do {
                write(code, body[s++]);
            } while (column >= 0 && s < body.length && plan.condition(index, body[s]) == column);
            if (skip != null) {
                code.place(skip);
            }
        }
        if (cells != null) {
            cells.endRepetition(code, this);
        }
        leave();
        code.increment(counter, sweep.reverse() ? -1 : 1);
        code.local(Opcodes.ILOAD, counter);
        if (sweep.reverse()) {
            code.jump(Opcodes.IFGE, top);
        } else {
            code.pushBase(loop.repetitions());
            code.jump(Opcodes.IF_ICMPLT, top);
        }
        if (plan.stores() != null) {
            storeLastRepetition(code, loop);
        }
        if (cells != null) {
            cells.finish(code);
            cells = null;
        }
    }

    // After a loop: stores the last repetition's block locals that only what follows reads into the block array.
    private void storeLastRepetition(Code code, Loops.Run loop) {
        for (int o = 0; o < loop.period(); o++) {
            if (plan.stores().lastOnly(run, o)) {
                code.local(Opcodes.ALOAD, sweep.blockArray());
                code.pushBase(loop.node(loop.repetitions() - 1, o));
                code.local(Opcodes.DLOAD, blockLocal(o));
                code.insn(Opcodes.DASTORE);
            }
        }
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
                element(code, sweep.blockArray(), k, 0);
                code.local(Opcodes.DSTORE, blockLocal(o));
            }
        }
    }

    /** The local variable slots a chunk method needs. */
    final int frameLocals() {
        return plan.frameLocals();
    }

    // A loop method's bases follow the chunk method's locals.
    private int firstBaseLocal() {
        return plan.frameLocals();
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
        return plan.blockLocal(offset);
    }

    // The local variable (two slots) of a Recomputed node's value in a derivative sweep's loop.
    private int valueLocal(int offset) {
        return plan.valueLocal(offset);
    }

    /** The adjoint cells the loop being written keeps in locals, or {@code null}. */
    final CellLocals cells() {
        return cells;
    }

    /** The stride of node {@code k}'s own index: the period inside a loop. */
    final int nodeStride() {
        return period;
    }

    /** Pushes the int in column {@code column} of the current loop's table row. */
    final void tableEntry(Code code, int column) {
        code.local(Opcodes.ALOAD, SweepSlots.T);
        code.local(Opcodes.ILOAD, plan.rowLocal());
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
            element(code, SweepSlots.V, k, at);
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
            code.local(Opcodes.ILOAD, plan.counterLocal());
            code.push(stride);
            code.insn(Opcodes.IMUL);
            code.insn(Opcodes.IADD);
        }
    }

    /** Pushes the value of node {@code k}, whose address moves by {@code stride} per repetition. */
    final void load(Code code, int k, int stride) {
        if (!sweep.cachesValues() && blockOffset(k, stride) >= 0 && recomputed.at(run, blockOffset(k, stride))) {
            code.local(Opcodes.DLOAD, valueLocal(blockOffset(k, stride)));
            return;
        }
        if (sweep.cachesValues() && trace.storage(k) == 2 && cachedOffset(k, stride) >= 0) {
            code.local(Opcodes.DLOAD, blockLocal(cachedOffset(k, stride)));
            return;
        }
        // Only a constant: a datum is read from c, where every call puts its value.
        if (immediates && stride == 0 && trace.op(k) == Op.CONST) {
            code.constant(trace.constants()[trace.address(k)]);
            return;
        }
        int array = trace.storage(k) == 0 ? SweepSlots.X : trace.storage(k) == 1 ? SweepSlots.C : SweepSlots.V;
        element(code, array, trace.address(k), stride);
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
