package dev.chainrule.processor.fuzz;

import dev.chainrule.processor.fuzz.Ast.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The tally of a campaign, and its report: what ran, what was declined, what failed, and the shrunk reproducers. */
final class Summary {

    /** A failing program and the smallest program found that fails the same way (with that failure). */
    record Shrunk(String kind, Program original, Program reduced, int tried, Failure failure) {
    }

    static final String SHRUNK_NAME = "Min";

    private int programs;
    private int compiled;
    private final Map<String, Integer> rejected = new TreeMap<>();
    private final Map<String, List<Verdict>> failing = new TreeMap<>();
    private final Map<String, Long> counts = new TreeMap<>();
    private final Map<String, Integer> warnings = new TreeMap<>();
    private final List<Shrunk> shrunk = new ArrayList<>();
    private long checkNanos;
    private long totalNanos;
    private long cpuNanos;
    private long compilingNanos;
    private long checkingNanos;

    synchronized void add(Verdict v) {
        programs++;
        if (!v.rejected().isEmpty()) {
            rejected.merge(String.join(" ", v.rejected()), 1, Integer::sum);
            return;
        }
        if (!v.counts().isEmpty()) {
            compiled++;
        }
        v.counts().forEach((k, n) -> counts.merge(k, n, Long::sum));
        v.warnings().forEach(w -> warnings.merge(w.replaceAll(":.*", ""), 1, Integer::sum));
        if (v.failed()) {
            failing.computeIfAbsent(v.first().kind(), k -> new ArrayList<>()).add(v);
        }
    }

    synchronized void shrunk(Shrunk s) {
        shrunk.add(s);
    }

    /** Time one batch spent in javac and in the checks (threads overlap, so these add up to more than the wall). */
    synchronized void spent(long compiling, long checking) {
        compilingNanos += compiling;
        checkingNanos += checking;
    }

    void checked(long nanos) {
        checkNanos = nanos;
    }

    void finished(long nanos, long cpu) {
        totalNanos = nanos;
        cpuNanos = cpu;
    }

    synchronized Map<String, List<Verdict>> failingByKind() {
        return new TreeMap<>(failing);
    }

    synchronized boolean passed() {
        return failing.isEmpty();
    }

    /** The share of comparisons with central differences skipped because the step crossed a kink. */
    synchronized double skipShare() {
        long checks = 0;
        long skips = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getKey().endsWith("-vs-differences")) {
                if (e.getKey().startsWith("skips")) {
                    skips += e.getValue();
                } else {
                    checks += e.getValue();
                }
            }
        }
        return checks + skips == 0 ? 0 : skips / (double) (checks + skips);
    }

    synchronized String report() {
        StringBuilder out = new StringBuilder();
        int failingPrograms = failing.values().stream().mapToInt(List::size).sum();
        out.append(String.format("DifferentialFuzzTest: %d programs, %d compiled and checked, %d declined by the "
                + "processor, %d failing%n", programs, compiled, rejected.values().stream().mapToInt(Integer::intValue)
                .sum(), failingPrograms));
        out.append(String.format("  time: %.1f s (CPU %.1f s), %.1f s of it before shrinking; javac %.1f s and checks "
                + "%.1f s, summed over the threads%n", totalNanos / 1e9, cpuNanos / 1e9, checkNanos / 1e9,
                compilingNanos / 1e9, checkingNanos / 1e9));
        rejected.forEach((ids, n) -> out.append(String.format("  declined %-50s %d%n", ids, n)));
        counts.forEach((k, n) -> out.append(String.format("  %-60s %d%n", k, n)));
        out.append(String.format("  central differences skipped near kinks: %.1f%%%n", 100 * skipShare()));
        warnings.forEach((k, n) -> out.append(String.format("  javac warning in generated code %-40s %d%n", k, n)));
        failing.forEach((kind, list) -> out.append(String.format("  FAILING %-52s %d (seeds %s)%n", kind,
                list.size(), list.stream().limit(5).map(v -> Long.toString(v.program().seed())).toList())));
        for (Shrunk s : shrunk) {
            out.append(String.format("%n==== %s: program seed %d, shrunk from %d to %d characters (%d candidates)"
                    + "%n", s.kind(), s.original().seed(), Shrinker.size(s.original()), Shrinker.size(s.reduced()),
                    s.tried()));
            out.append(s.tried() == 0 ? "(not shrunk: the time budget was spent) " : "")
                    .append(s.failure() == null ? "(the shrunk program no longer fails when checked alone)"
                    : s.failure().detail()).append('\n');
            out.append(Printer.both(s.reduced(), SHRUNK_NAME + "0"));
        }
        return out.toString();
    }
}
