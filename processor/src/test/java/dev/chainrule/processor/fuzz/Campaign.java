package dev.chainrule.processor.fuzz;

import dev.chainrule.processor.fuzz.Ast.Program;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A fuzzing campaign: programs made from seeds, compiled in batches (one javac run each) and checked, batches spread
 * over worker threads; then failing programs shrunk, a few per kind of failure, within a time budget. Each program's
 * seed alone reproduces it, its points included.
 */
final class Campaign {

    /**
     * How a campaign runs: {@code seeds} to make programs from, {@code batch} programs per javac run on
     * {@code threads} threads, {@code checkMillis} for checking one program, and for shrinking: at most
     * {@code shrinkPerKind} programs per kind of failure, {@code shrinkCandidates} candidates each, {@code shrinkMillis}
     * in all.
     */
    record Settings(List<Long> seeds, int batch, int threads, long checkMillis, int shrinkPerKind, int shrinkCandidates,
            long shrinkMillis) {
    }

    private final Settings settings;

    Campaign(Settings settings) {
        this.settings = settings;
    }

    /** The seed of program {@code index} of the campaign with seed {@code seed} (SplitMix64's mixing). */
    static long programSeed(long seed, int index) {
        long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    Summary run() {
        Summary summary = new Summary();
        long start = System.nanoTime();
        long cpu = cpuTime();
        ExecutorService workers = Executors.newFixedThreadPool(settings.threads());
        try {
            List<Future<List<Verdict>>> batches = new ArrayList<>();
            List<Long> seeds = settings.seeds();
            for (int from = 0; from < seeds.size(); from += settings.batch()) {
                List<Long> chunk = seeds.subList(from, Math.min(seeds.size(), from + settings.batch()));
                batches.add(workers.submit(() -> evaluate(chunk.stream().map(Generator::program).toList(), "P",
                        summary)));
            }
            for (Future<List<Verdict>> batch : batches) {
                batch.get().forEach(summary::add);
            }
            summary.checked(System.nanoTime() - start);
            shrink(summary, workers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
        summary.finished(System.nanoTime() - start, cpuTime() - cpu);
        return summary;
    }

    /** The CPU time of the whole JVM: on a machine shared with other builds, a steadier measure than the wall. */
    private static long cpuTime() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * Compiles {@code programs} in one batch (as classes {@code prefix0}, ...) and checks each; the time each part
     * took goes to {@code timing}, if given.
     */
    List<Verdict> evaluate(List<Program> programs, String prefix, Summary timing) {
        Map<String, Program> named = names(programs, prefix);
        long start = System.nanoTime();
        Map<String, BatchCompiler.Outcome> outcomes = BatchCompiler.compile(named);
        long compiled = System.nanoTime();
        List<Verdict> verdicts = new ArrayList<>();
        named.forEach((name, program) -> verdicts.add(Verdict.of(program, name, outcomes.get(name),
                settings.checkMillis())));
        if (timing != null) {
            timing.spent(compiled - start, System.nanoTime() - compiled);
        }
        return verdicts;
    }

    private static Map<String, Program> names(List<Program> programs, String prefix) {
        Map<String, Program> named = new LinkedHashMap<>();
        for (int i = 0; i < programs.size(); i++) {
            named.put(prefix + i, programs.get(i));
        }
        return named;
    }

    /** Shrinks the first few failing programs of each kind, on the worker threads, until the time budget is spent. */
    private void shrink(Summary summary, ExecutorService workers) throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + settings.shrinkMillis() * 1_000_000;
        List<Future<Summary.Shrunk>> jobs = new ArrayList<>();
        summary.failingByKind().forEach((kind, verdicts) -> {
            for (Verdict v : verdicts.subList(0, Math.min(verdicts.size(), settings.shrinkPerKind()))) {
                jobs.add(workers.submit(() -> shrink(v, kind, deadline)));
            }
        });
        for (Future<Summary.Shrunk> job : jobs) {
            summary.shrunk(job.get());
        }
    }

    private Summary.Shrunk shrink(Verdict verdict, String kind, long deadline) {
        Program program = verdict.program();
        if (System.nanoTime() > deadline) {
            return new Summary.Shrunk(kind, program, program, 0, verdict.first());
        }
        Shrinker.Oracle oracle = candidates -> {
            if (System.nanoTime() > deadline) {
                return -1;
            }
            Map<String, Program> named = names(candidates, "S");
            Map<String, BatchCompiler.Outcome> outcomes = BatchCompiler.compile(named);
            int index = 0;
            for (Map.Entry<String, Program> e : named.entrySet()) {
                Verdict v = Verdict.of(e.getValue(), e.getKey(), outcomes.get(e.getKey()), settings.checkMillis());
                if (v.has(kind)) {
                    return index;
                }
                index++;
            }
            return -1;
        };
        Shrinker.Result result = new Shrinker(oracle, 8, settings.shrinkCandidates()).shrink(program);
        Verdict last = evaluate(List.of(result.program()), Summary.SHRUNK_NAME, null).get(0);
        Failure failure = last.failures().stream().filter(f -> f.kind().equals(kind)).findFirst().orElse(null);
        return new Summary.Shrunk(kind, program, result.program(), result.tried(), failure);
    }
}
