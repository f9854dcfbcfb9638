package dev.chainrule.processor.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What checking one program found: its failures, the first of each kind (one wrong derivative tends to fail many
 * comparisons the same way), and counts of what was checked and what was skipped.
 */
final class Findings {
    private final Map<String, Failure> failures = new LinkedHashMap<>();
    private final Map<String, Long> counts = new TreeMap<>();

    void fail(String kind, String detail) {
        failures.putIfAbsent(kind, new Failure(kind, detail));
    }

    void add(Failure failure) {
        failures.putIfAbsent(failure.kind(), failure);
    }

    void count(String what) {
        counts.merge(what, 1L, Long::sum);
    }

    Map<String, Failure> failures() {
        return failures;
    }

    Map<String, Long> counts() {
        return counts;
    }

    boolean failed() {
        return !failures.isEmpty();
    }
}
