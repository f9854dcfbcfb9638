package dev.chainrule.bench.report;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the CPU time the benchmark's JVM spent per operation ({@value #LABEL}), beside JMH's
 * wall-clock time. On a machine shared with other work, wall-clock time also counts the time the benchmark waited
 * for a core, which changes from one benchmark to the next and so skews ratios between them; the CPU time the JVM
 * consumed does not count that wait. It does count the JIT and the garbage collector, which are costs of the code
 * measured.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    /** The name of the secondary result, in nanoseconds of process CPU time per operation. */
    public static final String LABEL = "cpu.time.norm";

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long start;

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = os.getProcessCpuTime();
    }

    @Override
    @SuppressWarnings("rawtypes") // JMH's interface declares a raw Result.
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        long nanos = os.getProcessCpuTime() - start;
        long ops = result.getMetadata().getAllOps();
        return List.of(new ScalarResult(LABEL, ops == 0 ? Double.NaN : (double) nanos / ops, "ns/op",
                AggregationPolicy.AVG));
    }
}
