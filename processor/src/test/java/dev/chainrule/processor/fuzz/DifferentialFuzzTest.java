package dev.chainrule.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Differential fuzzing of the generated derivatives: random programs from a fixed seed (see {@link Generator}),
 * compiled with the processor and checked against their plain methods and against central differences (see
 * {@link PointCheck}); failing programs are shrunk and printed. Properties for a longer campaign:
 * {@code -Dfuzz.programs=20000 -Dfuzz.seed=...}; one program again: {@code -Dfuzz.program=<its seed>}; also
 * {@code fuzz.threads}, {@code fuzz.batch}, {@code fuzz.checkSeconds}, {@code fuzz.shrinkSeconds},
 * {@code fuzz.shrinkPerKind}, {@code fuzz.shrinkCandidates}.
 */
class DifferentialFuzzTest {
    private static final long SEED = 20241204L;
    private static final int PROGRAMS = 500;

    @Test
    void generatedDerivativesAgreeWithThePlainMethodsAndWithCentralDifferences() {
        Summary summary = new Campaign(settings()).run();
        String report = summary.report();
        System.out.println(report);
        assertTrue(summary.passed(), report);
        assertTrue(summary.skipShare() < 0.2, "central differences skipped too often (kinks within the step): "
                + summary.skipShare());
    }

    private static Campaign.Settings settings() {
        List<Long> seeds = new ArrayList<>();
        String one = System.getProperty("fuzz.program");
        if (one != null) {
            seeds.add(Long.parseLong(one));
        } else {
            long seed = Long.getLong("fuzz.seed", SEED);
            int programs = Integer.getInteger("fuzz.programs", PROGRAMS);
            for (int i = 0; i < programs; i++) {
                seeds.add(Campaign.programSeed(seed, i));
            }
        }
        return new Campaign.Settings(seeds, Integer.getInteger("fuzz.batch", 40),
                Integer.getInteger("fuzz.threads", Math.min(2, Runtime.getRuntime().availableProcessors())),
                1000L * Integer.getInteger("fuzz.checkSeconds", 30), Integer.getInteger("fuzz.shrinkPerKind", 2),
                Integer.getInteger("fuzz.shrinkCandidates", 600), 1000L * Integer.getInteger("fuzz.shrinkSeconds", 150));
    }
}
