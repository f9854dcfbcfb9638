package dev.chainrule.runtime.trace.compiler;

import dev.chainrule.runtime.trace.tape.Loops;
import dev.chainrule.runtime.trace.tape.Trace;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.ClassFileVersion;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.modifier.Ownership;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.scaffold.MethodGraph;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.bytecode.ByteCodeAppender;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Compiles a trace to a class of {@code double} code with Byte Buddy: one {@link CompiledSweeps} method per sweep,
 * each calling the static chunk methods the sweep was cut into. The trace's {@link Loops} (runs of blocks of nodes
 * with the same operations, as a loop in the traced function leaves them) become bytecode loops, each in a loop
 * method that the chunk calls; loops whose code differs only in where they start (the same loop in every sample of a
 * batch) share one method, which reads its bases from the table. Every other node is written out as straight-line
 * code, which is the fastest form for small and irregular tapes.
 *
 * <p><b>Why chunks.</b> A JVM method holds at most 64 KB of bytecode, and HotSpot does not JIT-compile a method
 * above 8000 bytes ({@code -XX:-DontCompileHugeMethods} aside), so a big tape as one method would either not load or
 * run in the bytecode interpreter. Each chunk stays below {@link #CHUNK_BYTES}; values cross chunks through the
 * workspace arrays, which is where they live anyway. Indices are pushed as immediates and constants read from an
 * array, so the constant pool stays small whatever the tape's size. A sweep that fits one chunk is written as the
 * interface method itself, and one well below the limit keeps its adjoints in locals instead ({@link
 * SweepPlan#inOneMethod}): on a small tape the calls and the workspace traffic were as much as the arithmetic.
 *
 * <p><b>Why shared loop methods and a size bound.</b> The JIT's work before the code runs at full speed grows with
 * the code: every method must be called some thousands of times and compiled on its own. Measured on the 2-layer
 * network with 64 hidden units and a batch of 32 (59 000 nodes): all written out (900 chunk methods) it had not been
 * JIT-compiled after 8 seconds and ran 5 times slower than the interpreter; as 160 loops written out one after the
 * other (100 KB of bytecode) it ran at C1's profiling tier for 10 seconds; with the loops sharing methods it reaches
 * full speed in 2 to 4 seconds. A loop no other loop shares code with is written where it runs. Tapes that would write out more than {@link #MAX_NODES} nodes (operations outside
 * loops, each loop's block once) stay interpreted; a loop's trip count does not count.
 *
 * <p><b>Why a hidden class.</b> It is defined with {@link MethodHandles.Lookup#defineHiddenClass} in this package, so
 * it can implement the package's {@link CompiledSweeps}, and it is unloaded as soon as the
 * program that uses it is unreachable: compiling many functions does not fill the metaspace.
 */
public final class TapeCompiler {

    /** The most nodes a compiled tape writes out (outside loops, plus each loop's block once). */
    public static final int MAX_NODES = 16_000;

    /** The most bytecode in one chunk method: below HotSpot's 8000-byte limit for JIT compilation. */
    public static final int CHUNK_BYTES = 7_000;

    // A sweep up to this size is told it is one method: what it then keeps in locals costs at most a byte more per
    // addition to an adjoint, which stays below the JIT's limit.
    private static final int ONE_METHOD_BYTES = 6_000;

    // Deep enough for the deepest step: an adjoint accumulation around a library partial and the strong zero.
    private static final int MAX_STACK = 24;

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final String NAME = TapeCompiler.class.getPackageName() + ".CompiledTape";

    /** The generated class's name as its own code refers to it (a hidden class resolves it to itself). */
    static final String INTERNAL_NAME = NAME.replace('.', '/');
    // The generated class declares every method it has and needs no type initializer: skipping Byte Buddy's
    // analysis of inherited methods and its implementation context makes compiling a small tape faster.
    private static final ByteBuddy BYTE_BUDDY = new ByteBuddy(ClassFileVersion.JAVA_V17)
            .with(TypeValidation.DISABLED)
            .with(MethodGraph.Compiler.ForDeclaredMethods.INSTANCE)
            .with(Implementation.Context.Disabled.Factory.INSTANCE);

    private TapeCompiler() {
    }

    /** Whether {@link #compile} accepts a trace of this size. */
    public static boolean compilable(Trace trace) {
        return trace.writtenNodes() <= MAX_NODES;
    }

    /** Compiled sweeps and the table they take: the loops' {@link LoopTable}, then the loop methods' bases. */
    public record Compiled(CompiledSweeps sweeps, int[] table) {
    }

    /**
     * Generates, defines and instantiates the sweeps of {@code trace}.
     *
     * @param trace a trace that writes out at most {@link #MAX_NODES} nodes
     * @param table its loops' table
     * @return the compiled sweeps, with the table they take as their parameter {@code t}
     */
    public static Compiled compile(Trace trace, LoopTable table) {
        DynamicType.Builder<?> builder = BYTE_BUDDY.subclass(Object.class)
                .implement(CompiledSweeps.class)
                .name(NAME);
        List<Integer> bases = new ArrayList<>();
        for (SweepWriter writer : writers(trace, table)) {
            int[] steps = writer.plan.steps();
            writer.shareLoops(steps, bases, table.data().length);
            builder = define(builder, writer, steps);
        }
        if (!table.runs().isEmpty() || branches(trace)) {
            // Loops and a partial's cases jump, and a class of this version needs stack map frames at their targets:
            // ASM works them out.
            builder = builder.visit(new AsmVisitorWrapper.ForDeclaredMethods().writerFlags(ClassWriter.COMPUTE_FRAMES));
        }
        byte[] bytes = builder.make().getBytes();
        int[] data = Arrays.copyOf(table.data(), table.data().length + bases.size());
        for (int i = 0; i < bases.size(); i++) {
            data[table.data().length + i] = bases.get(i);
        }
        try {
            MethodHandles.Lookup hidden = LOOKUP.defineHiddenClass(bytes, true);
            CompiledSweeps sweeps = (CompiledSweeps) hidden.findConstructor(hidden.lookupClass(),
                    MethodType.methodType(void.class)).invoke();
            return new Compiled(sweeps, data);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("could not define the compiled tape", e);
        }
    }

    /** The writers of the three sweeps of {@code trace}, each with its plan. */
    public static List<SweepWriter> writers(Trace trace, LoopTable table) {
        return List.of(new PrimalWriter(SweepPlan.of(Sweep.PRIMAL, trace, table)),
                new AdjointWriter(SweepPlan.of(Sweep.ADJOINT, trace, table)),
                new TangentWriter(SweepPlan.of(Sweep.TANGENT, trace, table)));
    }

    // Whether a partial of some node chooses between cases (a kink's policy, a special point).
    private static boolean branches(Trace trace) {
        for (int k = trace.inputs(); k < trace.size(); k++) {
            if (trace.op(k).branches()) {
                return true;
            }
        }
        return false;
    }

    /** Adds a sweep's loop methods, its chunk methods and the interface method, which calls the chunks in order. */
    private static DynamicType.Builder<?> define(DynamicType.Builder<?> builder, SweepWriter writer, int[] steps) {
        List<int[]> chunks = chunks(writer, steps);
        Class<?> result = writer.returnsVerdict() ? int.class : void.class;
        List<Class<?>> parameters = writer.parameterTypes();
        for (int m = 0; m < writer.loopMethods(); m++) {
            if (writer.inlined(m)) {
                continue;
            }
            int method = m;
            builder = builder.defineMethod(writer.loopMethodName(m), result, Visibility.PRIVATE, Ownership.STATIC)
                    .withParameters(writer.loopParameterTypes())
                    .intercept(new Implementation.Simple((visitor, context, description) ->
                            new ByteCodeAppender.Size(MAX_STACK, writer.writeLoopMethod(visitor, method))));
        }
        if (chunks.size() == 1) {
            if (chunks.get(0)[2] <= ONE_METHOD_BYTES) {
                writer.plan.inOneMethod();
            }
            // One chunk is the interface method's body: no call, which a small tape would notice.
            return builder.defineMethod(writer.name(), result, Visibility.PUBLIC)
                    .withParameters(parameters)
                    .intercept(new Implementation.Simple((visitor, context, method) -> {
                        Code code = Code.instance(visitor);
                        writeChunk(code, writer, steps, 0, steps.length);
                        return new ByteCodeAppender.Size(MAX_STACK, writer.frameLocals() + 1);
                    }));
        }
        for (int c = 0; c < chunks.size(); c++) {
            int from = chunks.get(c)[0];
            int to = chunks.get(c)[1];
            builder = builder.defineMethod(writer.name() + c, result, Visibility.PRIVATE, Ownership.STATIC)
                    .withParameters(parameters)
                    .intercept(new Implementation.Simple((visitor, context, method) -> {
                        writeChunk(new Code(visitor), writer, steps, from, to);
                        return new ByteCodeAppender.Size(MAX_STACK, writer.frameLocals());
                    }));
        }
        int count = chunks.size();
        return builder.defineMethod(writer.name(), result, Visibility.PUBLIC)
                .withParameters(parameters)
                .intercept(new Implementation.Simple((visitor, context, method) -> {
                    Code code = new Code(visitor);
                    String owner = context.getInstrumentedType().getInternalName();
                    String descriptor = method.getDescriptor();
                    for (int c = 0; c < count; c++) {
                        // Slot 0 is this; the parameters follow, passed on unchanged.
                        for (int p = 1; p <= writer.parameters(); p++) {
                            code.local(Opcodes.ALOAD, p);
                        }
                        code.invoke(Opcodes.INVOKESTATIC, owner, writer.name() + c, descriptor);
                        if (writer.returnsVerdict() && c > 0) {
                            code.insn(Opcodes.IOR);
                        }
                    }
                    if (writer.returnsVerdict()) {
                        if (count == 0) {
                            code.insn(Opcodes.ICONST_0);
                        }
                        code.insn(Opcodes.IRETURN);
                    } else {
                        code.insn(Opcodes.RETURN);
                    }
                    return new ByteCodeAppender.Size(writer.parameters() + 2, writer.parameters() + 1);
                }));
    }

    private static void writeChunk(Code code, SweepWriter writer, int[] steps, int from, int to) {
        writer.prologue(code);
        for (int s = from; s < to; s++) {
            writer.emit(code, steps[s]);
        }
        writer.epilogue(code);
    }

    /**
     * Cuts the steps into ranges {@code [from, to)} whose code stays below {@link #CHUNK_BYTES}: {@code {from, to,
     * bytes}} each.
     */
    private static List<int[]> chunks(SweepWriter writer, int[] steps) {
        Code counter = new Code(null);
        writer.prologue(counter);
        writer.epilogue(counter);
        int overhead = counter.size();
        List<int[]> chunks = new ArrayList<>();
        int from = 0;
        int bytes = overhead;
        for (int s = 0; s < steps.length; s++) {
            int before = counter.size();
            writer.emit(counter, steps[s]);
            int step = counter.size() - before;
            if (s > from && bytes + step > CHUNK_BYTES) {
                chunks.add(new int[] {from, s, bytes});
                from = s;
                bytes = overhead;
            }
            bytes += step;
        }
        if (from < steps.length) {
            chunks.add(new int[] {from, steps.length, bytes});
        }
        return chunks;
    }
}
