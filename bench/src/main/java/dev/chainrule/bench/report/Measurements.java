package dev.chainrule.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every measurement of one profile run, looked up by benchmark, method and parameters. A ratio always divides two
 * measurements of the same run, so the machine's state is as alike as it gets between them.
 */
public final class Measurements {

    /** The method every ratio divides by: the user's own, un-instrumented function. */
    public static final String PLAIN = "plain";

    private final List<Measurement> all;

    /**
     * Wraps the measurements of a run.
     *
     * @param all the measurements, in the order they were taken
     */
    public Measurements(List<Measurement> all) {
        this.all = List.copyOf(all);
    }

    /**
     * Returns every measurement.
     *
     * @return the measurements, in the order they were taken
     */
    public List<Measurement> all() {
        return all;
    }

    /**
     * Finds one measurement.
     *
     * @param benchmark the benchmark class's simple name
     * @param method    the method
     * @param params    the parameters as {@link Measurement#paramsLabel()} prints them
     * @return the measurement, if the run took it
     */
    public Optional<Measurement> find(String benchmark, String method, String params) {
        return all.stream()
                .filter(m -> m.benchmark().equals(benchmark) && m.method().equals(method)
                        && m.paramsLabel().equals(params))
                .findFirst();
    }

    /**
     * Divides a method's time by another's at the same parameters.
     *
     * @param benchmark the benchmark class's simple name
     * @param method    the numerator's method
     * @param by        the denominator's method
     * @param params    the parameters as {@link Measurement#paramsLabel()} prints them
     * @param clock     which time to divide
     * @return the ratio, if the run took both
     */
    public Optional<Ratio> ratio(String benchmark, String method, String by, String params, Clock clock) {
        Optional<Measurement> denominator = find(benchmark, by, params);
        return find(benchmark, method, params).flatMap(m -> denominator.map(d -> Ratio.of(m, d, clock)));
    }

    /**
     * Divides a method's time by the plain function's at the same parameters.
     *
     * @param benchmark the benchmark class's simple name
     * @param method    the method
     * @param params    the parameters as {@link Measurement#paramsLabel()} prints them
     * @param clock     which time to divide
     * @return the ratio, if the run took both
     */
    public Optional<Ratio> toPlain(String benchmark, String method, String params, Clock clock) {
        return ratio(benchmark, method, PLAIN, params, clock);
    }

    /**
     * Lists the parameter sets a benchmark ran with, in the order first measured.
     *
     * @param benchmark the benchmark class's simple name
     * @return the parameter labels
     */
    public List<String> paramsOf(String benchmark) {
        Set<String> labels = new LinkedHashSet<>();
        for (Measurement m : all) {
            if (m.benchmark().equals(benchmark)) {
                labels.add(m.paramsLabel());
            }
        }
        return new ArrayList<>(labels);
    }

    /**
     * Groups the measurements by benchmark class, in the order first measured.
     *
     * @return each benchmark's measurements
     */
    public Map<String, List<Measurement>> byBenchmark() {
        Map<String, List<Measurement>> groups = new LinkedHashMap<>();
        for (Measurement m : all) {
            groups.computeIfAbsent(m.benchmark(), b -> new ArrayList<>()).add(m);
        }
        return groups;
    }
}
