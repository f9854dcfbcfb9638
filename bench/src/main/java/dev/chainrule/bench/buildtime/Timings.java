package dev.chainrule.bench.buildtime;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The samples of one way of running the compilations (cold: each in a fresh JVM; warm: repeated in one JVM): every
 * compilation's time by variant, and the time inside the processor in each {@link Variant#WITH} run.
 */
public final class Timings {

    private final Map<Variant, List<Sample>> compile = new EnumMap<>(Variant.class);
    private final List<Sample> processor = new ArrayList<>();

    /**
     * Adds one run.
     *
     * @param variant which compilation
     * @param outcome its times
     */
    public void add(Variant variant, Javac.Outcome outcome) {
        compile.computeIfAbsent(variant, v -> new ArrayList<>()).add(outcome.compile());
        if (variant == Variant.WITH) {
            processor.add(outcome.processor());
        }
    }

    /**
     * Adds samples read back from a results file.
     *
     * @param variant   which compilation
     * @param samples   its compile times
     * @param processor for {@link Variant#WITH}, the times inside the processor, one per compile time
     */
    void addAll(Variant variant, List<Sample> samples, List<Sample> processor) {
        for (int i = 0; i < samples.size(); i++) {
            add(variant, new Javac.Outcome(samples.get(i), variant == Variant.WITH ? processor.get(i) : Sample.ZERO));
        }
    }

    /**
     * Returns a variant's samples.
     *
     * @param variant which compilation
     * @return its samples in the order taken
     */
    public List<Sample> of(Variant variant) {
        return compile.getOrDefault(variant, List.of());
    }

    /**
     * Returns the samples of the time inside the processor.
     *
     * @return one per {@link Variant#WITH} run
     */
    public List<Sample> processor() {
        return processor;
    }

    /**
     * The median of some samples by one clock, in milliseconds.
     *
     * @param samples the samples
     * @param cpu     the CPU clock rather than the wall clock
     * @return the median, NaN for no samples
     */
    public static double median(List<Sample> samples, boolean cpu) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        double[] ms = samples.stream().mapToDouble(s -> s.millis(cpu)).sorted().toArray();
        int mid = ms.length / 2;
        return ms.length % 2 == 1 ? ms[mid] : (ms[mid - 1] + ms[mid]) / 2;
    }

    /**
     * The processor's cost per method measured inside it: the median time in {@code init} and {@code process}.
     *
     * @param methods the annotated methods
     * @param cpu     the CPU clock rather than the wall clock
     * @return milliseconds per method
     */
    public double processorPerMethod(int methods, boolean cpu) {
        return median(processor, cpu) / methods;
    }

    /**
     * The processor's cost per method as javac sees it: the build with it, less the build without it, less compiling
     * the code it generated, by medians.
     *
     * @param methods the annotated methods
     * @param cpu     the CPU clock rather than the wall clock
     * @return milliseconds per method
     */
    public double differencePerMethod(int methods, boolean cpu) {
        return (median(of(Variant.WITH), cpu) - median(of(Variant.WITHOUT), cpu)
                - median(of(Variant.GENERATED), cpu)) / methods;
    }
}
