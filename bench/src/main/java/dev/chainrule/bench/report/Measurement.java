package dev.chainrule.bench.report;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One JMH result, reduced to what the report needs: which benchmark and parameters, the mean time per call in
 * nanoseconds with JMH's error (the half-width of its 99.9 % confidence interval), the same for the CPU time per
 * call when the run had {@link CpuTimeProfiler}, and the bytes allocated per call when it had {@code -prof gc}.
 *
 * @param benchmark    the benchmark class's simple name, for example {@code RosenbrockBenchmark}
 * @param method       the benchmark method, for example {@code vjp}
 * @param params       the {@code @Param} values by name, sorted
 * @param nanos        the mean time per call in nanoseconds
 * @param nanosError   JMH's error on it (NaN when the run had too few iterations to tell)
 * @param cpuNanos     the JVM's CPU time per call in nanoseconds, or NaN without {@link CpuTimeProfiler}
 * @param cpuError     JMH's error on it
 * @param bytesPerCall {@code gc.alloc.rate.norm}, or NaN without the GC profiler
 */
public record Measurement(String benchmark, String method, Map<String, String> params, double nanos,
                          double nanosError, double cpuNanos, double cpuError, double bytesPerCall) {

    /**
     * Reduces a JMH result.
     *
     * @param result a result of an average-time benchmark
     * @return its measurement
     * @throws IllegalArgumentException if the score's unit is not a time per operation
     */
    public static Measurement of(RunResult result) {
        BenchmarkParams params = result.getParams();
        String full = params.getBenchmark();
        int dot = full.lastIndexOf('.');
        String className = full.substring(0, dot);
        Map<String, String> values = new TreeMap<>();
        for (String key : params.getParamsKeys()) {
            values.put(key, params.getParam(key));
        }
        Result<?> primary = result.getPrimaryResult();
        double scale = nanosPer(primary.getScoreUnit());
        Result<?> cpu = secondary(result.getSecondaryResults(), CpuTimeProfiler.LABEL);
        Result<?> bytes = secondary(result.getSecondaryResults(), "gc.alloc.rate.norm");
        return new Measurement(className.substring(className.lastIndexOf('.') + 1), full.substring(dot + 1), values,
                primary.getScore() * scale, primary.getScoreError() * scale,
                cpu == null ? Double.NaN : cpu.getScore(), cpu == null ? Double.NaN : cpu.getScoreError(),
                bytes == null ? Double.NaN : bytes.getScore());
    }

    /**
     * Returns the time per call by one clock.
     *
     * @param clock which time
     * @return nanoseconds per call
     */
    public double nanos(Clock clock) {
        return clock == Clock.CPU ? cpuNanos : nanos;
    }

    /**
     * Returns JMH's error on the time per call by one clock.
     *
     * @param clock which time
     * @return the half-width of the 99.9 % confidence interval, in nanoseconds
     */
    public double error(Clock clock) {
        return clock == Clock.CPU ? cpuError : nanosError;
    }

    /**
     * Names the parameters as JMH prints them.
     *
     * @return for example {@code n=1000}, or the empty string for a benchmark without parameters
     */
    public String paramsLabel() {
        StringBuilder label = new StringBuilder();
        for (Map.Entry<String, String> e : params.entrySet()) {
            label.append(label.length() == 0 ? "" : ", ").append(e.getKey()).append('=').append(e.getValue());
        }
        return label.toString();
    }

    /** The secondary result whose label ends with {@code suffix} (JMH prefixes profilers' labels), or null. */
    @SuppressWarnings("rawtypes") // JMH declares the secondary results with a raw Result.
    private static Result<?> secondary(Map<String, Result> secondary, String suffix) {
        for (Map.Entry<String, Result> e : secondary.entrySet()) {
            if (e.getKey().endsWith(suffix)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static double nanosPer(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "ns/op" -> 1;
            case "us/op", "µs/op" -> 1e3;
            case "ms/op" -> 1e6;
            case "s/op" -> 1e9;
            default -> throw new IllegalArgumentException("expected a time per operation, got unit " + unit);
        };
    }
}
