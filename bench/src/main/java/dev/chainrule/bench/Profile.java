package dev.chainrule.bench;

import dev.chainrule.bench.buildtime.BuildTimeFigures;
import dev.chainrule.bench.functions.BundleAdjustment;
import dev.chainrule.bench.functions.BundleAdjustmentData;
import dev.chainrule.bench.functions.BundleAdjustmentDerivatives;
import dev.chainrule.bench.functions.LotkaVolterraProblem;
import dev.chainrule.bench.functions.TanhLayerData;
import dev.chainrule.bench.report.AutoChoices;
import dev.chainrule.bench.report.CpuTimeProfiler;
import dev.chainrule.bench.report.CrossoverChart;
import dev.chainrule.bench.report.Job;
import dev.chainrule.bench.report.Measurement;
import dev.chainrule.bench.report.Measurements;
import dev.chainrule.bench.report.ResultsPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of DESIGN.md §3 in one command and writes the results: {@code README.md} (the ratios to the
 * plain function with JMH's errors propagated, bytes per call, the figures beside DESIGN.md's anchors),
 * {@code crossover.svg} (forward against reverse Jacobian cost over {@code n/m} for {@code tanh(A·x)}) and the raw JMH
 * JSON of each run under {@code raw/}.
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar dev.chainrule.bench.Profile quick [directory]   # 6 to 9 minutes on 2 cores
 *   java -cp bench/target/benchmarks.jar dev.chainrule.bench.Profile full  [directory]   # about an hour, for figures
 * </pre>
 * The directory defaults to {@code bench/results}. A benchmark class named {@code TapeBenchmark}, when the jar has
 * one, runs too with its own parameters. The build-time rows come from the last run of
 * {@link dev.chainrule.bench.buildtime.BuildTime}, kept in {@code raw/build-time.properties}.
 */
public final class Profile {

    private static final String TAPE_BENCHMARK = "dev.chainrule.bench.TapeBenchmark";

    private Profile() {
    }

    /**
     * How long a profile measures: {@code quick} for a smoke run and the committed table, {@code full} to publish.
     * The quick profile compiles in the foreground ({@code -Xbatch}): with warm-ups this short on a loaded machine,
     * background compilation left the longest methods interpreted into the measurement (ratios off by 10x), while
     * the code the JIT produces is the same either way.
     */
    enum Kind {
        QUICK(1, 4, TimeValue.milliseconds(400), 6, TimeValue.milliseconds(150), "-Xbatch"),
        FULL(2, 5, TimeValue.seconds(1), 5, TimeValue.seconds(1));

        private final int forks;
        private final int warmups;
        private final TimeValue warmupTime;
        private final int iterations;
        private final TimeValue iterationTime;
        private final String[] jvmArgs;

        Kind(int forks, int warmups, TimeValue warmupTime, int iterations, TimeValue iterationTime,
                String... jvmArgs) {
            this.forks = forks;
            this.warmups = warmups;
            this.warmupTime = warmupTime;
            this.iterations = iterations;
            this.iterationTime = iterationTime;
            this.jvmArgs = jvmArgs;
        }

        String describe() {
            return forks + " fork(s), " + warmups + " × " + warmupTime + " warm-up and " + iterations + " × "
                    + iterationTime + " measured iterations per benchmark, -prof gc"
                    + (jvmArgs.length == 0 ? "" : ", JVM options " + String.join(" ", jvmArgs));
        }
    }

    /**
     * Runs a profile.
     *
     * @param args {@code quick} or {@code full}, then optionally the output directory
     * @throws RunnerException if JMH cannot run
     * @throws IOException     if the results cannot be written
     */
    public static void main(String[] args) throws RunnerException, IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java -cp bench/target/benchmarks.jar dev.chainrule.bench.Profile quick|full "
                    + "[directory, default bench/results]");
            System.exit(2);
        }
        Kind kind = Kind.valueOf(args[0].toUpperCase(Locale.ROOT));
        Path directory = Path.of(args.length > 1 ? args[1] : "bench/results");
        Path raw = directory.resolve("raw");
        Files.createDirectories(raw);
        Instant start = Instant.now();
        List<Measurement> measurements = new ArrayList<>();
        for (Job job : jobs(kind)) {
            ChainedOptionsBuilder options = new OptionsBuilder()
                    .include(job.include())
                    .forks(kind.forks)
                    .warmupIterations(kind.warmups)
                    .warmupTime(kind.warmupTime)
                    .measurementIterations(kind.iterations)
                    .measurementTime(kind.iterationTime)
                    .jvmArgsAppend(kind.jvmArgs)
                    .addProfiler(GCProfiler.class)
                    .addProfiler(CpuTimeProfiler.class)
                    .resultFormat(ResultFormatType.JSON)
                    .result(raw.resolve(job.name() + ".json").toString());
            for (Map.Entry<String, String[]> p : job.params().entrySet()) {
                options.param(p.getKey(), p.getValue());
            }
            for (RunResult result : new Runner(options.build()).run()) {
                measurements.add(Measurement.of(result));
            }
        }
        Duration took = Duration.between(start, Instant.now());
        Measurements results = new Measurements(measurements);
        AutoChoices choices = autoChoices(results);
        String command = "java -cp bench/target/benchmarks.jar dev.chainrule.bench.Profile " + args[0].toLowerCase(
                Locale.ROOT);
        Files.writeString(directory.resolve("README.md"),
                new ResultsPage(results, choices, command, kind.describe(), took,
                        BuildTimeFigures.read(directory.resolve(BuildTimeFigures.FILE))).render(),
                StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("crossover.svg"), new CrossoverChart(results, choices).render(),
                StandardCharsets.UTF_8);
        System.out.println("Wrote " + directory.resolve("README.md") + ", crossover.svg and raw/ in "
                + took.toMinutes() + " min " + took.toSecondsPart() + " s");
    }

    /**
     * The runs of a profile: every DESIGN.md §3 row. The quick profile keeps the sizes at which one call takes a few
     * milliseconds, so that its short warm-up reaches compiled code; the full one adds ADBench's larger sizes. The
     * expensive ways (central differences, the peers) run only where a call takes well under a second.
     */
    static List<Job> jobs(Kind kind) {
        boolean full = kind == Kind.FULL;
        List<Job> jobs = new ArrayList<>(List.of(
                Job.of("rosenbrock", "RosenbrockBenchmark", "plain|jvp|vjp|auto|handWritten" + (full ? "|fill" : ""),
                        Map.of("n", full ? new String[] {"10", "100", "1000", "10000"}
                                : new String[] {"10", "1000", "10000"})),
                Job.of("rosenbrock-peers", "RosenbrockBenchmark", "centralDifferences|hipparchusGradient",
                        Map.of("n", full ? new String[] {"10", "100", "1000"} : new String[] {"10", "1000"})),
                Job.of("rosenbrock-derivative-structures", "RosenbrockBenchmark",
                        "hipparchusDerivativeStructure|commonsMathDerivativeStructure",
                        Map.of("n", full ? new String[] {"10", "100"} : new String[] {"10"})),
                Job.of("gmm", "GaussianMixtureBenchmark", "plain|jvp|vjp|auto|handWritten",
                        Map.of("size", full ? new String[] {"2-5", "10-5", "10-25", "20-25", "32-25"}
                                : new String[] {"2-5", "10-5"})),
                Job.of("gmm-peers", "GaussianMixtureBenchmark", "centralDifferences|hipparchusGradient",
                        Map.of("size", new String[] {"2-5"})),
                Job.of("bundle-adjustment", "BundleAdjustmentBenchmark", ".*",
                        Map.of("size", full ? new String[] {"10-1000-4000", "49-7776-31843"}
                                : new String[] {"10-1000-4000"})),
                Job.of("network", "NetworkBenchmark", ".*", Map.of()),
                Job.of("lstm", "LstmBenchmark", "plain|jvp|vjp|auto|handWritten",
                        Map.of("size", full ? new String[] {"2-14-1024", "4-14-4096"} : new String[] {"2-14-256"})),
                Job.of("lstm-differences", "LstmBenchmark", "centralDifferences" + (full ? "" : "|plain"),
                        Map.of("size", new String[] {full ? "2-14-1024" : "2-14-128"})),
                Job.of("trajectory", "TrajectoryBenchmark", ".*", Map.of()),
                Job.of("tanh-sweep", "TanhSweepBenchmark", "plain|forward|reverse|auto|handWritten"
                        + (full ? "|centralDifferences" : ""), Map.of())));
        if (onClassPath(TAPE_BENCHMARK)) {
            jobs.add(Job.of("tape", "TapeBenchmark", ".*", Map.of()));
        }
        return jobs;
    }

    /** Asks AUTO, once and outside the measurements, which mode it takes on each Jacobian the report discusses. */
    static AutoChoices autoChoices(Measurements results) {
        AutoChoices choices = new AutoChoices();
        for (String size : results.paramsOf("TanhSweepBenchmark")) {
            TanhLayerData data = TanhSweepBenchmark.data(Integer.parseInt(size.substring(size.indexOf('=') + 1)));
            choices.record("TanhSweepBenchmark", size, TanhSweepBenchmark.view(data), data.x());
        }
        if (!results.paramsOf("TrajectoryBenchmark").isEmpty()) {
            LotkaVolterraProblem problem = LotkaVolterraProblem.standard();
            choices.record("TrajectoryBenchmark", "", TrajectoryBenchmark.view(problem), problem.rates());
        }
        for (String size : results.paramsOf("BundleAdjustmentBenchmark")) {
            BundleAdjustmentData data = BundleAdjustmentBenchmark.data(size.substring(size.indexOf('=') + 1));
            choices.record("BundleAdjustmentBenchmark", size, BundleAdjustmentDerivatives.reprojectionError(
                    BundleAdjustment.CAMERA_PARAMETERS, 3, 2, data.features()[0]), data.observationInputs(0));
        }
        return choices;
    }

    private static boolean onClassPath(String className) {
        try {
            Class.forName(className, false, Profile.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
