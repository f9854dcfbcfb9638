package dev.chainrule.bench.buildtime;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Everything one run of the build-time benchmark measured, and the file it keeps them in
 * ({@code bench/results/raw/build-time.properties}) so that the results page can show them beside the JMH rows.
 *
 * @param methods   the corpus's {@code @Differentiable} methods
 * @param classes   the corpus's source files
 * @param source    the corpus's lines and its classes' bytes
 * @param generated the generated sources' lines and the generated classes' bytes
 * @param cold      each compilation in a fresh JVM, as {@code mvn compile} runs javac
 * @param warm      the compilations repeated in one JVM after warming up
 * @param machine   where it ran
 * @param date      when (UTC)
 */
public record BuildTimeFigures(int methods, int classes, CodeSize source, CodeSize generated, Timings cold,
                               Timings warm, String machine, String date) {

    /** Where the figures are kept, relative to the results directory. */
    public static final String FILE = "raw/build-time.properties";

    /** The command that measures them, for the page. */
    public static final String COMMAND = "java -cp bench/target/benchmarks.jar dev.chainrule.bench.buildtime.BuildTime";

    /**
     * Generated lines of Java per line of the corpus.
     *
     * @return the ratio of all lines
     */
    public double linesRatio() {
        return (double) generated.lines() / source.lines();
    }

    /**
     * Generated code lines per code line of the corpus (blank and comment lines left out of both).
     *
     * @return the ratio of code lines
     */
    public double codeLinesRatio() {
        return (double) generated.codeLines() / source.codeLines();
    }

    /**
     * Class-file bytes of the generated classes over the corpus classes' own, both compiled with {@code -g}.
     *
     * @return the ratio
     */
    public double bytesRatio() {
        return (double) generated.bytes() / source.bytes();
    }

    /**
     * Writes the figures, keys sorted.
     *
     * @param file the file
     */
    public void write(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("# chainrule build-time figures, written by " + COMMAND);
        lines.add("# times are wall-clock/CPU nanoseconds per run, in the order run");
        lines.add("classes=" + classes);
        lines.add("cold.GENERATED=" + samples(cold.of(Variant.GENERATED)));
        lines.add("cold.WITH=" + samples(cold.of(Variant.WITH)));
        lines.add("cold.WITHOUT=" + samples(cold.of(Variant.WITHOUT)));
        lines.add("cold.processor=" + samples(cold.processor()));
        lines.add("date=" + date);
        lines.add("generated.bytes=" + generated.bytes());
        lines.add("generated.codeLines=" + generated.codeLines());
        lines.add("generated.lines=" + generated.lines());
        lines.add("machine=" + machine);
        lines.add("methods=" + methods);
        lines.add("source.bytes=" + source.bytes());
        lines.add("source.codeLines=" + source.codeLines());
        lines.add("source.lines=" + source.lines());
        lines.add("warm.GENERATED=" + samples(warm.of(Variant.GENERATED)));
        lines.add("warm.WITH=" + samples(warm.of(Variant.WITH)));
        lines.add("warm.WITHOUT=" + samples(warm.of(Variant.WITHOUT)));
        lines.add("warm.processor=" + samples(warm.processor()));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads figures written by {@link #write(Path)}.
     *
     * @param file the file
     * @return the figures, or empty if there is no such file
     */
    public static Optional<BuildTimeFigures> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new BuildTimeFigures(Integer.parseInt(p.getProperty("methods")),
                Integer.parseInt(p.getProperty("classes")), size(p, "source"), size(p, "generated"),
                timings(p, "cold"), timings(p, "warm"), p.getProperty("machine"), p.getProperty("date")));
    }

    private static CodeSize size(Properties p, String prefix) {
        return new CodeSize(Long.parseLong(p.getProperty(prefix + ".lines")),
                Long.parseLong(p.getProperty(prefix + ".codeLines")), Long.parseLong(p.getProperty(prefix + ".bytes")));
    }

    private static Timings timings(Properties p, String prefix) {
        Timings t = new Timings();
        List<Sample> processor = samples(p.getProperty(prefix + ".processor"));
        for (Variant v : Variant.values()) {
            t.addAll(v, samples(p.getProperty(prefix + "." + v.name())), processor);
        }
        return t;
    }

    private static String samples(List<Sample> samples) {
        return samples.stream().map(s -> s.wallNanos() + "/" + s.cpuNanos()).collect(Collectors.joining(","));
    }

    private static List<Sample> samples(String text) {
        List<Sample> samples = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return samples;
        }
        for (String pair : text.split(",")) {
            int slash = pair.indexOf('/');
            samples.add(new Sample(Long.parseLong(pair.substring(0, slash).trim()),
                    Long.parseLong(pair.substring(slash + 1).trim())));
        }
        return samples;
    }
}
