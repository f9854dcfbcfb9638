package dev.chainrule.processor.fuzz;

import dev.chainrule.processor.fuzz.Ast.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reduces a failing program while the same kind of failure persists (greedy delta debugging over the syntax tree):
 * it walks the one-step {@link Reductions} in order, asks the oracle about a batch of them at a time (one javac run
 * compiles a batch), keeps the first that still fails and goes on from there, and starts over until a whole pass
 * finds nothing or the budget of candidates is spent. Every kept step makes the printed program shorter, so it ends.
 */
final class Shrinker {

    /** Which candidates still fail the way the program being shrunk does. */
    interface Oracle {
        /** The index of the first of {@code candidates} that still fails, or -1. */
        int firstFailing(List<Program> candidates);
    }

    /** The result: the smallest program found, and how many candidates the oracle was asked about. */
    record Result(Program program, int tried) {
    }

    private final Oracle oracle;
    private final int batch;
    private final int budget;

    Shrinker(Oracle oracle, int batch, int budget) {
        this.oracle = oracle;
        this.batch = batch;
        this.budget = budget;
    }

    Result shrink(Program start) {
        Program current = start;
        int tried = 0;
        boolean progress = true;
        while (progress && tried < budget) {
            progress = false;
            List<Supplier<Program>> candidates = Reductions.of(current);
            int next = 0;
            while (next < candidates.size() && tried < budget) {
                int size = size(current);
                List<Program> chunk = new ArrayList<>();
                List<Integer> positions = new ArrayList<>();
                while (next < candidates.size() && chunk.size() < batch) {
                    Program candidate = candidates.get(next).get();
                    if (size(candidate) < size && Validity.check(candidate)) {
                        chunk.add(candidate);
                        positions.add(next);
                    }
                    next++;
                }
                if (chunk.isEmpty()) {
                    break;
                }
                tried += chunk.size();
                int hit = oracle.firstFailing(chunk);
                if (hit >= 0) {
                    current = chunk.get(hit);
                    progress = true;
                    // the reductions of the smaller program line up with those of the larger one up to here
                    candidates = Reductions.of(current);
                    next = positions.get(hit);
                }
            }
        }
        return new Result(current, tried);
    }

    /** The measure every step must decrease: the length of the printed source. */
    static int size(Program program) {
        return Printer.both(program, "P").length();
    }
}
