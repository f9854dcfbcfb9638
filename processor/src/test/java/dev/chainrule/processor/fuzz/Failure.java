package dev.chainrule.processor.fuzz;

import java.util.List;

/**
 * One way a program fails a check. {@code kind} names the check and what failed it ({@code primal:Hvp},
 * {@code vjp-vs-differences}, {@code compile:compiler.err.cant.resolve.location}): the shrinker keeps a reduction
 * only while a failure of the same kind persists, and the summary groups programs by their most basic kind.
 */
record Failure(String kind, String detail) {

    /** Kinds in the order a program's failures are reported: what breaks the most comes first. */
    private static final List<String> ORDER = List.of("checker", "invalid-program", "crash", "compile:", "hang",
            "missing:", "exception:", "primal:", "tape:", "inputs:", "dot-product", "jvp-vs-differences",
            "vjp-vs-differences", "hvp-vs-differences");

    /** Where this kind stands in {@link #ORDER}: a program is reported by its failure of the lowest rank. */
    int rank() {
        for (int i = 0; i < ORDER.size(); i++) {
            if (kind.startsWith(ORDER.get(i))) {
                return i;
            }
        }
        return ORDER.size();
    }

    @Override
    public String toString() {
        return kind + ": " + detail;
    }
}
