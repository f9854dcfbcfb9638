package dev.chainrule.runtime.support;

import dev.chainrule.runtime.TapeMemory;
import java.util.Arrays;

/**
 * The reverse-mode tape of primitive values: four last-in-first-out stacks, of {@code double}, {@code int},
 * {@code boolean} and {@code Object} (array references), on which a generated forward sweep saves what its backward
 * sweep needs (values about to be overwritten, branch decisions, loop trip counts, arrays about to be replaced).
 *
 * <p>Generated reverse code fetches the tape once per call with {@link #current()}, then pushes during the forward
 * sweep and pops in reverse order during the backward sweep:
 *
 * <pre>{@code
 * Tape tape = Tape.current();
 * for (int i = 0; i < x.length; i++) { tape.pushDouble(p); p = p * x[i]; }
 * ...
 * for (int i = x.length - 1; i >= 0; i--) { p = tape.popDouble(); ... }
 * }</pre>
 *
 * <p><b>The invariant that makes sharing safe.</b> Every generated call pops exactly what it pushed, on every stack,
 * before it returns. A nested call (a generated method calling another generated method, or calling itself
 * recursively) therefore finds the stacks above its caller's entries and leaves them exactly there, so one tape per
 * thread serves any depth of nesting without the calls knowing of each other. A pop that finds a stack empty breaks
 * this invariant and throws {@link IllegalStateException} ("tape underflow: ..."): it is a bug in generated code, not
 * a user error. An exception thrown out of the middle of a sweep leaves its entries behind; the calls that follow
 * still work above them, and {@link #clear()} releases them.
 *
 * <p><b>Cost.</b> The stacks are plain arrays that start at 1024 entries and double when full, so once a thread's
 * tape has grown to its deepest sweep a call allocates nothing: no boxing and no object per push. The push and pop
 * methods are kept tiny (growth, the underflow message and what happens when a stack empties live in separate
 * methods) so that the JIT inlines them into the generated loops.
 *
 * <p><b>Memory between calls.</b> When the tape is empty again, which is the end of an outermost sweep, and its
 * stacks hold more than {@link TapeMemory#retainBytes()} (16 MiB unless set otherwise), they go back to their initial
 * size: a pool thread that once differentiated a long simulation does not keep that simulation's tape. The check runs
 * when a stack's last entry is popped, in the same comparison that detects an underflow, so a push or a pop costs
 * what it did; a tape that stays below the threshold never allocates again. {@link #heldBytes()} and
 * {@link #peakBytes()} report the memory a tape holds.
 *
 * <p>A tape is confined to its thread and is not itself thread-safe; {@link #current()} gives each thread its own.
 */
public final class Tape {

    /** The number of entries each stack holds before it first grows. */
    static final int INITIAL_CAPACITY = 1024;

    /** The largest array length every JVM allocates; a few header words below {@code Integer.MAX_VALUE}. */
    private static final int MAX_CAPACITY = Integer.MAX_VALUE - 8;

    // withInitial rather than an explicit null check: the lookup after the first call on a thread allocates nothing.
    private static final ThreadLocal<Tape> CURRENT = ThreadLocal.withInitial(Tape::new);

    /** The number of cells the pool starts with; the pool grows with the depth of nested calls. */
    private static final int INITIAL_CELLS = 16;

    /** Room for the marks of 8 nested calls; 6 ints each. */
    private static final int INITIAL_MARKS = 6 * 8;

    // Bytes counted per entry: a reference as 8, the size without compressed pointers.
    private static final int REFERENCE_BYTES = 8;

    private double[] doubles = new double[INITIAL_CAPACITY];
    private int doubleCount;
    private int[] ints = new int[INITIAL_CAPACITY];
    private int intCount;
    private long[] longs = new long[INITIAL_CAPACITY];
    private int longCount;
    private boolean[] booleans = new boolean[INITIAL_CAPACITY];
    private int booleanCount;
    private Object[] objects = new Object[INITIAL_CAPACITY];
    private int objectCount;
    private double[][] cells = new double[INITIAL_CELLS][];
    private int cellCount;
    private int[] marks = new int[INITIAL_MARKS];
    private int markCount;
    // The bytes the arrays above hold, kept up to date where they grow, and the most they have held.
    private long held = bytes();
    private long peak = held;

    /** Creates an empty tape; package-private so that generated code always goes through {@link #current()}. */
    Tape() {
    }

    /**
     * Returns the calling thread's tape, creating it on the thread's first call. Threads never share stacks, and
     * after the first call this allocates nothing.
     *
     * @return this thread's tape
     */
    public static Tape current() {
        return CURRENT.get();
    }

    /**
     * Pushes a {@code double}.
     *
     * @param value the value to save
     */
    public void pushDouble(double value) {
        if (doubleCount == doubles.length) {
            growDoubles();
        }
        doubles[doubleCount++] = value;
    }

    /**
     * Pops the {@code double} pushed last.
     *
     * @return the value
     * @throws IllegalStateException if the {@code double} stack is empty (a bug in generated code)
     */
    public double popDouble() {
        int count = doubleCount - 1;
        if (count <= 0) {
            return popLastDouble();
        }
        doubleCount = count;
        return doubles[count];
    }

    /**
     * Pushes an {@code int}.
     *
     * @param value the value to save
     */
    public void pushInt(int value) {
        if (intCount == ints.length) {
            growInts();
        }
        ints[intCount++] = value;
    }

    /**
     * Pops the {@code int} pushed last.
     *
     * @return the value
     * @throws IllegalStateException if the {@code int} stack is empty (a bug in generated code)
     */
    public int popInt() {
        int count = intCount - 1;
        if (count <= 0) {
            return popLastInt();
        }
        intCount = count;
        return ints[count];
    }

    /**
     * Pushes a {@code long}, the old value of a {@code long} local about to be overwritten.
     *
     * @param value the value to save
     */
    public void pushLong(long value) {
        if (longCount == longs.length) {
            growLongs();
        }
        longs[longCount++] = value;
    }

    /**
     * Pops the {@code long} pushed last.
     *
     * @return the value
     * @throws IllegalStateException if no {@code long} is on the tape
     */
    public long popLong() {
        int count = longCount - 1;
        if (count <= 0) {
            return popLastLong();
        }
        longCount = count;
        return longs[count];
    }

    /**
     * How many {@code long} values are on the tape.
     *
     * @return the count
     */
    public int longCount() {
        return longCount;
    }

    /**
     * Pushes a {@code boolean}, typically a branch decision.
     *
     * @param value the value to save
     */
    public void pushBoolean(boolean value) {
        if (booleanCount == booleans.length) {
            growBooleans();
        }
        booleans[booleanCount++] = value;
    }

    /**
     * Pops the {@code boolean} pushed last.
     *
     * @return the value
     * @throws IllegalStateException if the {@code boolean} stack is empty (a bug in generated code)
     */
    public boolean popBoolean() {
        int count = booleanCount - 1;
        if (count <= 0) {
            return popLastBoolean();
        }
        booleanCount = count;
        return booleans[count];
    }

    /**
     * Pushes a reference, typically an array about to be replaced.
     *
     * @param value the reference to save; may be {@code null}
     */
    public void pushObject(Object value) {
        if (objectCount == objects.length) {
            growObjects();
        }
        objects[objectCount++] = value;
    }

    /**
     * Pops the reference pushed last and clears its slot, so that the tape does not keep the array alive after the
     * backward sweep is done with it.
     *
     * @return the reference, to be cast by the caller to the type it pushed
     * @throws IllegalStateException if the {@code Object} stack is empty (a bug in generated code)
     */
    public Object popObject() {
        int count = objectCount - 1;
        if (count <= 0) {
            return popLastObject();
        }
        objectCount = count;
        Object value = objects[count];
        objects[count] = null;
        return value;
    }

    /**
     * Returns the number of {@code double} entries on the tape.
     *
     * @return the depth of the {@code double} stack
     */
    public int doubleCount() {
        return doubleCount;
    }

    /**
     * Returns the number of {@code int} entries on the tape.
     *
     * @return the depth of the {@code int} stack
     */
    public int intCount() {
        return intCount;
    }

    /**
     * Returns the number of {@code boolean} entries on the tape.
     *
     * @return the depth of the {@code boolean} stack
     */
    public int booleanCount() {
        return booleanCount;
    }

    /**
     * Returns the number of {@code Object} entries on the tape.
     *
     * @return the depth of the {@code Object} stack
     */
    public int objectCount() {
        return objectCount;
    }

    /**
     * Empties every stack and releases the references on it; the capacity is kept up to
     * {@link TapeMemory#retainBytes()}, as at the end of a sweep. Meant for recovering after an exception abandoned a
     * sweep, whose entries would otherwise stay (and keep the tape from shrinking); calling it while generated reverse
     * code is running on this thread breaks that code's pops.
     */
    public void clear() {
        // Only the used prefix can hold references: popObject clears every slot above objectCount.
        Arrays.fill(objects, 0, objectCount, null);
        doubleCount = 0;
        intCount = 0;
        longCount = 0;
        booleanCount = 0;
        markCount = 0;
        objectCount = 0;
        cellCount = 0;
        emptied();
    }

    /**
     * Returns how many bytes this tape's stacks hold now: their capacity, not their entries, as the memory the thread
     * keeps between calls. An estimate that counts the arrays' elements (8 bytes for a {@code double}, a
     * {@code long} or a reference, 4 for an {@code int}, 1 for a {@code boolean}) and not their headers.
     *
     * @return the bytes held
     */
    public long heldBytes() {
        return held;
    }

    /**
     * Returns the most bytes this tape has held at once, counted as {@link #heldBytes()} counts them: what the
     * longest sweep on this thread needed.
     *
     * @return the peak in bytes
     */
    public long peakBytes() {
        return peak;
    }

    /** Returns the raw slot {@code index} of the {@code Object} stack, so tests can see that a pop cleared it. */
    Object objectSlot(int index) {
        return objects[index];
    }

    /** Returns the current length of the {@code double} array, so tests can see growth. */
    int doubleCapacity() {
        return doubles.length;
    }

    // Growth is out of line so that each push stays a compare, a store and an increment.
    private void growDoubles() {
        doubles = Arrays.copyOf(doubles, grownCapacity(doubles.length, Double.BYTES, "double"));
    }

    private void growInts() {
        ints = Arrays.copyOf(ints, grownCapacity(ints.length, Integer.BYTES, "int"));
    }

    private void growLongs() {
        longs = Arrays.copyOf(longs, grownCapacity(longs.length, Long.BYTES, "long"));
    }

    private void growBooleans() {
        booleans = Arrays.copyOf(booleans, grownCapacity(booleans.length, 1, "boolean"));
    }

    private void growObjects() {
        objects = Arrays.copyOf(objects, grownCapacity(objects.length, REFERENCE_BYTES, "Object"));
    }

    // The last entry of a stack is popped out of line: the pop's one comparison finds both it and an underflow.
    private double popLastDouble() {
        if (doubleCount == 0) {
            throw underflow("popDouble", "double");
        }
        doubleCount = 0;
        double value = doubles[0];
        emptied();
        return value;
    }

    private int popLastInt() {
        if (intCount == 0) {
            throw underflow("popInt", "int");
        }
        intCount = 0;
        int value = ints[0];
        emptied();
        return value;
    }

    private long popLastLong() {
        if (longCount == 0) {
            throw underflow("popLong", "long");
        }
        longCount = 0;
        long value = longs[0];
        emptied();
        return value;
    }

    private boolean popLastBoolean() {
        if (booleanCount == 0) {
            throw underflow("popBoolean", "boolean");
        }
        booleanCount = 0;
        boolean value = booleans[0];
        emptied();
        return value;
    }

    private Object popLastObject() {
        if (objectCount == 0) {
            throw underflow("popObject", "Object");
        }
        objectCount = 0;
        Object value = objects[0];
        objects[0] = null;
        emptied();
        return value;
    }

    /**
     * A stack has just become empty. If every other one is empty too, no sweep has entries on this tape: the end of
     * an outermost sweep, where a tape grown past the threshold goes back to its initial size. Replacing the arrays
     * is safe then even inside a sweep, which holds the tape, never its arrays.
     */
    private void emptied() {
        if (held > TapeMemory.retainBytes() && doubleCount == 0 && intCount == 0 && longCount == 0
                && booleanCount == 0 && objectCount == 0 && cellCount == 0 && markCount == 0) {
            shrink();
        }
    }

    private void shrink() {
        if (doubles.length > INITIAL_CAPACITY) {
            doubles = new double[INITIAL_CAPACITY];
        }
        if (ints.length > INITIAL_CAPACITY) {
            ints = new int[INITIAL_CAPACITY];
        }
        if (longs.length > INITIAL_CAPACITY) {
            longs = new long[INITIAL_CAPACITY];
        }
        if (booleans.length > INITIAL_CAPACITY) {
            booleans = new boolean[INITIAL_CAPACITY];
        }
        if (objects.length > INITIAL_CAPACITY) {
            objects = new Object[INITIAL_CAPACITY];
        }
        if (cells.length > INITIAL_CELLS) {
            cells = new double[INITIAL_CELLS][];
        }
        if (marks.length > INITIAL_MARKS) {
            marks = new int[INITIAL_MARKS];
        }
        held = bytes();
    }

    /** The bytes of the arrays as they are now, each cell taken at its one {@code double}. */
    private long bytes() {
        long cellBytes = 0;
        for (double[] cell : cells) {
            cellBytes += REFERENCE_BYTES + (cell == null ? 0 : Double.BYTES);
        }
        return (long) Double.BYTES * doubles.length + (long) Integer.BYTES * ints.length
                + (long) Long.BYTES * longs.length + booleans.length + (long) REFERENCE_BYTES * objects.length
                + cellBytes + (long) Integer.BYTES * marks.length;
    }

    /** Counts {@code bytes} more held, as an array grows. */
    private void grew(long bytes) {
        held += bytes;
        peak = Math.max(peak, held);
    }

    private int grownCapacity(int length, int entryBytes, String kind) {
        if (length >= MAX_CAPACITY) {
            throw new IllegalStateException("tape overflow: the " + kind + " stack already holds " + length
                    + " entries; a sweep this long needs checkpointing, not a bigger tape");
        }
        // Doubling keeps the total copying linear in the number of pushes; the max guards int overflow.
        int capacity = (int) Math.min((long) length * 2, MAX_CAPACITY);
        grew((long) entryBytes * (capacity - length));
        return capacity;
    }

    private static IllegalStateException underflow(String method, String kind) {
        return new IllegalStateException("tape underflow: " + method + " on an empty " + kind
                + " stack; generated reverse code popped more than it pushed");
    }

    /**
     * A zeroed {@code double[1]} from the tape's pool, for a scalar adjoint that a generated backward sweep passes to
     * the reverse mode of a method it calls ({@code gVjp(a, seed, aCell)}), then reads. Cells are reused, so the call
     * allocates nothing in steady state; like the stacks they are taken and given back last in, first out.
     *
     * @return a cell holding 0, valid until {@link #release(int)} gives it back
     */
    public double[] cell() {
        if (cellCount == cells.length) {
            cells = Arrays.copyOf(cells, cells.length * 2);
            grew((long) REFERENCE_BYTES * (cells.length / 2));
        }
        double[] cell = cells[cellCount];
        if (cell == null) {
            cell = new double[1];
            cells[cellCount] = cell;
            grew(Double.BYTES);
        }
        cell[0] = 0;
        cellCount++;
        return cell;
    }

    /**
     * Gives back the {@code count} cells taken last.
     *
     * @param count how many cells to give back
     */
    public void release(int count) {
        if (count > cellCount) {
            throw new IllegalStateException("tape underflow: release(" + count + ") with " + cellCount
                    + " cells taken; generated reverse code released more than it took");
        }
        cellCount -= count;
        if (cellCount == 0) {
            emptied();
        }
    }

    /**
     * How many cells are taken.
     *
     * @return the number of cells taken and not yet released
     */
    public int cellCount() {
        return cellCount;
    }

    /**
     * Remembers how full every stack is, at the start of a reverse sweep whose seed can only be checked once its
     * forward sweep has computed the result: {@link #checkSeed} then either forgets the mark or rewinds to it.
     */
    public void mark() {
        if (markCount + 6 > marks.length) {
            marks = Arrays.copyOf(marks, marks.length * 2);
            grew((long) Integer.BYTES * (marks.length / 2));
        }
        marks[markCount++] = doubleCount;
        marks[markCount++] = intCount;
        marks[markCount++] = longCount;
        marks[markCount++] = booleanCount;
        marks[markCount++] = objectCount;
        marks[markCount++] = cellCount;
    }

    /**
     * Checks that a reverse sweep's seed has the length of the result it weighs. On a mismatch the forward sweep's
     * entries are taken off again (the tape is as it was at {@link #mark()}) before the exception, so a rejected call
     * leaves nothing behind; otherwise the mark is dropped and the sweep goes on.
     *
     * @param seed the caller's seed
     * @param result the result the forward sweep computed
     * @throws IllegalArgumentException naming both lengths, when they differ
     */
    public void checkSeed(double[] seed, double[] result) {
        if (!keepOrRewind(seed != null && seed.length == result.length)) {
            Checks.sameShape("seed", seed, result, "the result");
        }
    }

    /**
     * Checks, like {@link #checkSeed}, every seed of a vector reverse sweep.
     *
     * @param seeds the caller's seeds
     * @param result the result the forward sweep computed
     * @throws IllegalArgumentException naming the first seed whose length differs from the result's
     */
    public void checkSeeds(double[][] seeds, double[] result) {
        int bad = 0;
        while (bad < seeds.length && seeds[bad] != null && seeds[bad].length == result.length) {
            bad++;
        }
        if (!keepOrRewind(bad == seeds.length)) {
            Checks.sameShape("seeds[" + bad + "]", seeds[bad], result, "the result");
        }
    }

    /** Drops the last mark; unless {@code accepted}, first takes the forward sweep's entries off again. */
    private boolean keepOrRewind(boolean accepted) {
        if (markCount < 6) {
            throw new IllegalStateException("tape underflow: checkSeed without mark; generated reverse code is wrong");
        }
        markCount -= 6;
        if (accepted) {
            return true;
        }
        Arrays.fill(objects, marks[markCount + 4], objectCount, null);
        doubleCount = marks[markCount];
        intCount = marks[markCount + 1];
        longCount = marks[markCount + 2];
        booleanCount = marks[markCount + 3];
        objectCount = marks[markCount + 4];
        cellCount = marks[markCount + 5];
        emptied();
        return false;
    }
}
