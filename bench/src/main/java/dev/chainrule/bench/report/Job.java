package dev.chainrule.bench.report;

import java.util.Map;

/**
 * One JMH run of a profile: the benchmark methods it includes and the parameter values it overrides. A profile is
 * split into jobs because the expensive ways (central differences, the peers) only run at the sizes where a call
 * takes less than a second, while the generated modes run at every size.
 *
 * @param name    names the raw JSON file the run writes
 * @param include a JMH include pattern, matched against {@code package.Class.method}
 * @param params  the {@code @Param} values to run, by name; a parameter left out keeps its annotation's values
 */
public record Job(String name, String include, Map<String, String[]> params) {

    /**
     * A job over some methods of one benchmark class.
     *
     * @param name      names the raw JSON file
     * @param benchmark the class's simple name
     * @param methods   the methods, as a regular-expression alternation such as {@code plain|vjp}
     * @param params    the parameter values to run
     * @return the job
     */
    public static Job of(String name, String benchmark, String methods, Map<String, String[]> params) {
        return new Job(name, "\\." + benchmark + "\\.(" + methods + ")$", params);
    }
}
