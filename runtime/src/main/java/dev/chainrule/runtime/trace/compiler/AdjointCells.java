package dev.chainrule.runtime.trace.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which elements of the adjoint arrays a reverse loop keeps in local variables, worked out from the accesses of one
 * repetition of its body (reads of a node's adjoint, first writes, additions), each at {@code base + r · stride}.
 *
 * <p>Why: a loop that accumulates into the same element from two repetitions ({@code xBar[i]} and {@code xBar[i + 1]}
 * in a sum over neighbours, or the running sum whose adjoint passes from each repetition to the one before) chains
 * every repetition through a store and a load of memory, which the JIT does not forward across iterations; that
 * chain, not the arithmetic, set the reverse loop's speed. Kept in a local, the element is loaded at most once and
 * stored once.
 *
 * <p>The elements of one array are kept in locals only when all its accesses in the body move by the same non-zero
 * stride {@code s}, none goes through the table, and no two bases are two or more repetitions apart (a multiple of
 * {@code s} other than {@code ±s}). An element is then touched by one repetition only (a {@link Role#LONE} cell), or
 * by two consecutive ones: {@code early + s · (r + 1) = late + s · r}, so the repetition processed first (the
 * reverse sweep counts down) touches it through base {@code early}, and the next one through base {@code late}. Its
 * {@link Role#EARLY} cell then becomes the next repetition's {@link Role#LATE} cell, without memory between. Every
 * access does to the local what it did to memory, so the sweep computes the same sums in the same order.
 */
public final class AdjointCells {

    public static final int READ = 0;
    public static final int STORE = 1;
    public static final int ADD = 2;

    /** What a cell's element is to the repetitions. */
    public enum Role {
        /** Touched by one repetition only. */
        LONE,
        /** Touched first by this repetition, then by the next one processed, through its {@link Role#LATE} cell. */
        EARLY,
        /** Touched by this repetition after the one processed before it, whose {@link Role#EARLY} cell it continues. */
        LATE
    }

    /**
     * The local variable (two slots) of one array element; {@code first} is the kind of the first access in the body;
     * {@code partner} the base of the other cell of an early/late pair; {@code stored} whether the element's value
     * must reach memory at the end of a repetition (an input adjoint always; a node's only if its own step, which
     * reads it, is not in the loop). The element an early cell holds after the last repetition belongs to the
     * repetition before the loop, and always reaches memory.
     */
    public record Cell(int array, int base, int stride, Role role, int partner, int local, int first, boolean stored) {
    }

    private record Key(int array, int base) {
    }

    private record Access(int array, int base, int stride, boolean tabled, int kind) {
    }

    private final List<Access> accesses = new ArrayList<>();
    private final Map<Key, Cell> cells = new LinkedHashMap<>();

    /** Notes one access of the body, in body order. */
    public void record(int array, int base, int stride, boolean tabled, int kind) {
        accesses.add(new Access(array, base, stride, tabled, kind));
    }

    /**
     * Chooses the cells from the accesses recorded, with locals from {@code firstLocal} on, at most {@code maxCells}.
     *
     * @param firstLocal the first local slot the cells may use
     * @param maxCells   the most cells there are locals for; with more, none is kept
     * @param nodeArray  the array of the nodes' adjoints (the other, the inputs', always reaches memory)
     */
    public void decide(int firstLocal, int maxCells, int nodeArray) {
        Map<Integer, List<Access>> byArray = new HashMap<>();
        for (Access access : accesses) {
            byArray.computeIfAbsent(access.array(), a -> new ArrayList<>()).add(access);
        }
        List<Cell> chosen = new ArrayList<>();
        for (List<Access> list : byArray.values()) {
            if (keepable(list)) {
                chosen.addAll(cells(list, nodeArray));
            }
        }
        if (chosen.size() > maxCells) {
            return;
        }
        int local = firstLocal;
        for (Cell cell : chosen) {
            cells.put(new Key(cell.array(), cell.base()), new Cell(cell.array(), cell.base(), cell.stride(),
                    cell.role(), cell.partner(), local, cell.first(), cell.stored()));
            local += 2;
        }
    }

    /** The cell of the element at {@code base} of {@code array}, or {@code null} if it stays in memory. */
    public Cell cell(int array, int base) {
        return cells.get(new Key(array, base));
    }

    /** Every cell, in the order of their first access. */
    List<Cell> cells() {
        return new ArrayList<>(cells.values());
    }

    // One stride, not zero, no table, no two bases two or more repetitions apart.
    private static boolean keepable(List<Access> list) {
        int stride = list.get(0).stride();
        for (Access access : list) {
            if (access.tabled() || access.stride() != stride || stride == 0) {
                return false;
            }
        }
        for (Access a : list) {
            for (Access b : list) {
                int apart = b.base() - a.base();
                if (apart % stride == 0 && Math.abs(apart / stride) >= 2) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<Cell> cells(List<Access> list, int nodeArray) {
        Map<Integer, Integer> firstKind = new LinkedHashMap<>();
        Map<Integer, Boolean> read = new HashMap<>();
        for (Access access : list) {
            firstKind.putIfAbsent(access.base(), access.kind());
            read.merge(access.base(), access.kind() == READ, Boolean::logicalOr);
        }
        int stride = list.get(0).stride();
        List<Cell> cells = new ArrayList<>();
        for (Map.Entry<Integer, Integer> entry : firstKind.entrySet()) {
            int base = entry.getKey();
            Role role = Role.LONE;
            int partner = base;
            if (firstKind.containsKey(base + stride)) {
                role = Role.EARLY;
                partner = base + stride;
            } else if (firstKind.containsKey(base - stride)) {
                role = Role.LATE;
                partner = base - stride;
            }
            boolean readInLoop = read.get(base) || role != Role.LONE && read.get(partner);
            boolean stored = list.get(0).array() != nodeArray || !readInLoop;
            cells.add(new Cell(list.get(0).array(), base, stride, role, partner, 0, entry.getValue(), stored));
        }
        return cells;
    }
}
