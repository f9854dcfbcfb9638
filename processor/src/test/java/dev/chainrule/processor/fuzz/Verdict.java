package dev.chainrule.processor.fuzz;

import dev.chainrule.processor.fuzz.Ast.Program;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What became of one program: declined by the processor (with these diagnostic ids), or compiled and checked, with
 * its failures (most basic first) and the counts of its checks.
 */
record Verdict(Program program, TreeSet<String> rejected, List<Failure> failures, Map<String, Long> counts,
        List<String> warnings) {

    boolean failed() {
        return !failures.isEmpty();
    }

    Failure first() {
        return failures.isEmpty() ? null : failures.get(0);
    }

    boolean has(String kind) {
        return failures.stream().anyMatch(f -> f.kind().equals(kind));
    }

    /** The verdict on {@code program}, compiled as class {@code name} with the outcome {@code outcome}. */
    static Verdict of(Program program, String name, BatchCompiler.Outcome outcome, long checkMillis) {
        if (outcome instanceof BatchCompiler.Rejected r) {
            return new Verdict(program, r.ids(), List.of(), Map.of(), List.of());
        }
        if (outcome instanceof BatchCompiler.Broken b) {
            return new Verdict(program, new TreeSet<>(), List.of(b.failure()), Map.of(), List.of());
        }
        BatchCompiler.Compiled compiled = (BatchCompiler.Compiled) outcome;
        Findings findings = checkWithin(program, name, compiled.loader(), checkMillis);
        List<Failure> failures = new ArrayList<>(findings.failures().values());
        failures.sort(Comparator.comparingInt(Failure::rank));
        return new Verdict(program, new TreeSet<>(), failures, findings.counts(), compiled.warnings());
    }

    /**
     * Checks in a thread of its own, so that generated code that never returns costs a time limit, not the campaign
     * (the thread cannot be stopped; it is a daemon and is left behind).
     */
    private static Findings checkWithin(Program program, String name, ClassLoader loader, long millis) {
        FutureTask<Findings> task = new FutureTask<>(() -> Checker.check(program, name, loader));
        Thread thread = new Thread(task, "fuzz-check-" + name);
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            Findings hung = new Findings();
            hung.fail("hang", name + " was still running after " + millis + " ms");
            return hung;
        } catch (ExecutionException e) {
            Findings broken = new Findings();
            broken.fail("checker", "checking " + name + " threw " + Agreement.describe(e.getCause()));
            return broken;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
