package dev.chainrule.runtime.trace.compiler;

import java.util.HashSet;
import java.util.Set;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Writes the locals of the adjoint cells ({@link AdjointCells}) a reverse loop keeps, as its {@link SweepPlan}
 * decided them: the late cells' first values before the loop, every access where the element would have been touched
 * in memory, the stores and the hand-over from early to late cells at the end of each repetition, and what the last
 * repetition leaves for the code after the loop.
 */
final class CellLocals {

    private final AdjointCells cells;
    // The cells the current repetition has touched: the first access of a repetition finds the element in memory,
    // the later ones in the local.
    private final Set<AdjointCells.Cell> touched = new HashSet<>();

    CellLocals(AdjointCells cells) {
        this.cells = cells;
    }

    /** The cell of the element at {@code base} of {@code array}, or {@code null} if it stays in memory. */
    AdjointCells.Cell cell(int array, int base) {
        return cells.cell(array, base);
    }

    /**
     * Whether this repetition touches {@code cell} for the first time, and notes that it has now; a late cell carries
     * over from the repetition before, so it is never fresh.
     */
    boolean touchFirst(AdjointCells.Cell cell) {
        return touched.add(cell);
    }

    // A late cell starts with the element the first repetition finds in memory (a placeholder when it writes it
    // first).
    void start(Code code, SweepWriter writer, int repetitions) {
        for (AdjointCells.Cell cell : cells.cells()) {
            if (cell.role() != AdjointCells.Role.LATE) {
                continue;
            }
            if (cell.first() == AdjointCells.STORE) {
                code.insn(Opcodes.DCONST_0);
            } else {
                writer.element(code, cell.array(), cell.base() + cell.stride() * (repetitions - 1), 0);
            }
            code.local(Opcodes.DSTORE, cell.local());
        }
        startRepetition();
    }

    // Late cells carry over from the repetition before; the others start untouched.
    private void startRepetition() {
        touched.clear();
        for (AdjointCells.Cell cell : cells.cells()) {
            if (cell.role() == AdjointCells.Role.LATE) {
                touched.add(cell);
            }
        }
    }

    void endRepetition(Code code, SweepWriter writer) {
        for (AdjointCells.Cell cell : cells.cells()) {
            if (cell.role() != AdjointCells.Role.EARLY && cell.stored()) {
                code.local(Opcodes.ALOAD, cell.array());
                writer.index(code, cell.base(), cell.stride());
                code.local(Opcodes.DLOAD, cell.local());
                code.insn(Opcodes.DASTORE);
            }
        }
        for (AdjointCells.Cell cell : cells.cells()) {
            if (cell.role() == AdjointCells.Role.EARLY) {
                code.local(Opcodes.DLOAD, cell.local());
                code.local(Opcodes.DSTORE, cells.cell(cell.array(), cell.partner()).local());
            }
        }
        startRepetition();
    }

    // What the first repetition's early cells hold belongs to the repetition before the loop.
    void finish(Code code) {
        for (AdjointCells.Cell cell : cells.cells()) {
            if (cell.role() == AdjointCells.Role.EARLY) {
                code.local(Opcodes.ALOAD, cell.array());
                code.pushBase(cell.base());
                code.local(Opcodes.DLOAD, cells.cell(cell.array(), cell.partner()).local());
                code.insn(Opcodes.DASTORE);
            }
        }
    }
}
