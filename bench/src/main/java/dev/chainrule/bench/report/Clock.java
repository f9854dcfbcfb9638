package dev.chainrule.bench.report;

/**
 * Which time of a measurement a ratio divides: JMH's wall-clock score, or the JVM's CPU time per call from
 * {@link CpuTimeProfiler}. The report judges by CPU time, which other work on a shared machine disturbs far less, and
 * shows both.
 */
public enum Clock {

    /** JMH's primary score: elapsed time per call. */
    WALL,

    /** {@link CpuTimeProfiler}'s CPU time of the whole JVM per call. */
    CPU;

    /**
     * Returns the clock a report should judge by: CPU time where every measurement has it, else wall-clock time.
     *
     * @param results the run's measurements
     * @return {@link #CPU} or {@link #WALL}
     */
    public static Clock preferred(Measurements results) {
        boolean everyHasCpu = results.all().stream().noneMatch(m -> Double.isNaN(m.nanos(CPU)));
        return everyHasCpu && !results.all().isEmpty() ? CPU : WALL;
    }
}
