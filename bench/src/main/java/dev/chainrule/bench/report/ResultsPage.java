package dev.chainrule.bench.report;

import dev.chainrule.bench.buildtime.BuildTimeFigures;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.openjdk.jmh.util.Version;

/**
 * The Markdown page of a profile run: the header (when, where, how long), every target this run measures beside
 * what it measured, the {@code tanh(A·x)} crossover, and every measurement with its ratio to the plain function and its
 * bytes per call.
 */
public final class ResultsPage {

    private static final String ROSENBROCK = "RosenbrockBenchmark";
    private static final String GMM = "GaussianMixtureBenchmark";
    private static final String BUNDLE = "BundleAdjustmentBenchmark";
    private static final String NETWORK = "NetworkBenchmark";
    private static final String LSTM = "LstmBenchmark";
    private static final String TRAJECTORY = "TrajectoryBenchmark";
    private static final String TANH = "TanhSweepBenchmark";
    private static final String TAPE = "TapeBenchmark";

    /** The ODE row's inputs: its targets are multiples of {@code n}. */
    private static final int TRAJECTORY_INPUTS = 4;

    private final Measurements results;
    private final Clock clock;
    private final AutoChoices choices;
    private final String command;
    private final String settings;
    private final Duration took;
    private final Optional<BuildTimeFigures> buildTime;
    private final StringBuilder page = new StringBuilder();

    /**
     * Prepares the page of one run.
     *
     * @param results  the run's measurements
     * @param choices  the mode AUTO chose, where the report says
     * @param command  the command that ran it
     * @param settings the JMH settings, in words
     * @param took     how long the run took
     */
    public ResultsPage(Measurements results, AutoChoices choices, String command, String settings, Duration took) {
        this(results, choices, command, settings, took, Optional.empty());
    }

    /**
     * Prepares the page of one run, with the build-time figures measured apart from it.
     *
     * @param results   the run's measurements
     * @param choices   the mode AUTO chose, where the report says
     * @param command   the command that ran it
     * @param settings  the JMH settings, in words
     * @param took      how long the run took
     * @param buildTime the last build-time benchmark's figures, if there are any
     */
    public ResultsPage(Measurements results, AutoChoices choices, String command, String settings, Duration took,
            Optional<BuildTimeFigures> buildTime) {
        this.results = results;
        this.clock = Clock.preferred(results);
        this.choices = choices;
        this.command = command;
        this.settings = settings;
        this.took = took;
        this.buildTime = buildTime;
    }

    /**
     * Renders the page.
     *
     * @return the Markdown text, {@code \n} line ends
     */
    public String render() {
        page.setLength(0);
        line("# chainrule benchmark results");
        line("");
        line("Written by `" + command + "` on " + LocalDate.now(ZoneOffset.UTC) + " (UTC) in " + took.toMinutes()
                + " min " + took.toSecondsPart() + " s.");
        line("Machine: " + Machine.describe() + ".");
        line("JMH " + Version.getPlainVersion() + ", " + settings + ".");
        line("");
        line("Every ratio divides a mean time per call by the plain Java function's, from the same run at the same "
                + "parameters; ± is JMH's error (the half-width of its 99.9 % confidence interval for the mean) of "
                + "both times, propagated. Two clocks: JMH's wall-clock score, and the CPU time the benchmark's JVM "
                + "used per call (`" + CpuTimeProfiler.LABEL + "`, which does not count waiting for a core on a "
                + "shared machine). The verdicts and the crossover use " + (clock == Clock.CPU ? "CPU" : "wall-clock")
                + " time. Bytes per call are JMH's `gc.alloc.rate.norm`.");
        line("");
        targets();
        crossover();
        everything();
        return page.toString();
    }

    private void targets() {
        line("## Against the targets");
        line("");
        line("The targets are the project's, listed in full in [docs/benchmarks.md](../../docs/benchmarks.md#targets); "
                + "these are the rows this run measures.");
        line("");
        line("| function | what | must | goal | best published | measured | where we are |");
        line("|---|---|---|---|---|---|---|");
        Map<String, Ratio> rosenbrockVjp = toPlain(ROSENBROCK, "vjp");
        row("Rosenbrock, n = 10..10⁴", "reverse gradient / f (`vjp`)", "≤ 2.5", "≤ 2.0", "hand-written adjoint ≈ 2",
                rosenbrockVjp, Verdict.atMost(rosenbrockVjp, 2.5, 2.0));
        Map<String, Ratio> rosenbrockJvp = toPlain(ROSENBROCK, "jvp");
        row("Rosenbrock", "one JVP / f (`jvp`)", "≤ 2.0", "≤ 1.6", "ω_tangent ≈ 2–2.5", rosenbrockJvp,
                Verdict.atMost(rosenbrockJvp, 2.0, 1.6));
        Map<String, Ratio> adjoints = across(List.of(ROSENBROCK, GMM, BUNDLE, NETWORK, LSTM),
                benchmark -> benchmark.equals(BUNDLE) ? "reverse" : "vjp", "handWritten");
        row("every function below", "generated reverse / hand-written adjoint (`vjp` or `reverse` / `handWritten`)",
                "≤ 1.3", "≤ 1.1", "—", adjoints, Verdict.atMost(adjoints, 1.3, 1.1));
        Map<String, Ratio> speedUp = only("n=1000", results.ratio(ROSENBROCK, "hipparchusGradient", "vjp", "n=1000", clock));
        row("Rosenbrock, n = 1000", "speed-up over Hipparchus `Gradient` (its time / `vjp`)", "≥ 3000x", "≥ 30 000x",
                "Hipparchus ≈ 15 000x f; here " + only("n=1000", results.toPlain(ROSENBROCK, "hipparchusGradient",
                        "n=1000", clock)).values().stream().findFirst().map(r -> r + "x f").orElse("not measured"),
                speedUp, Verdict.atLeast(speedUp, 3000, 30000));
        Map<String, Ratio> gmm = toPlain(GMM, "vjp");
        row("GMM objective (ADBench), N = 1000", "reverse gradient / f (`vjp`)", "≤ 3.0", "≤ 2.2",
                "C++ hand-written 1.8–4.0, Tapenade 2.3–5.4, Enzyme 4.4–14", gmm, Verdict.atMost(gmm, 3.0, 2.2));
        Map<String, Ratio> bundle = toPlain(BUNDLE, "auto");
        row("bundle adjustment (ADBench), whole Jacobian", "J / f through the runtime (`auto`: a Jacobian per "
                + "observation)", "≤ 8", "≤ 6", "hand-written 6.5–7.9, Enzyme 9.1–10, Tapenade 8.4–14.4", bundle,
                Verdict.atMost(bundle, 8, 6) + "; also " + describe(BUNDLE, List.of("reverse", "forward",
                        "handWritten")) + "; " + results.paramsOf(BUNDLE).stream()
                        .map(size -> autoChoice(BUNDLE, size, "forward", "reverse")).findFirst().orElse(""));
        Map<String, Ratio> network = toPlain(NETWORK, "vjp");
        row("2-layer MLP loss, batch", "reverse gradient / f (`vjp`)", "≤ 3", "≤ 2.5", "≈ 3", network,
                Verdict.atMost(network, 3, 2.5));
        Map<String, Ratio> lstm = toPlain(LSTM, "vjp");
        row("LSTM (ADBench), long recurrence", "reverse gradient / f (`vjp`)", "≤ 2.5", "≤ 2.0",
                "CoDiPack 2.1, Enzyme 2.5–3.1, Tapenade 3.2", lstm, Verdict.atMost(lstm, 2.5, 2.0));
        Map<String, Ratio> ode = toPlain(TRAJECTORY, "forward");
        int n = TRAJECTORY_INPUTS;
        row("ODE trajectory, n = " + n + " rates, m = 3000 outputs", "forward Jacobian / f (`forward`: " + n
                + " JVPs)", "≤ 1.5n = " + Ratio.Numbers.significant(1.5 * n), "≤ 1.2n = "
                + Ratio.Numbers.significant(1.2 * n), "Enzyme ≈ 1.7 per direction", ode,
                Verdict.atMost(ode, 1.5 * n, 1.2 * n) + "; per direction " + ode.values().stream().findFirst()
                        .map(r -> r.times(1.0 / n).toString()).orElse("?") + "; also " + describe(TRAJECTORY,
                        List.of("vectorForward", "runtimeForward")) + "; " + autoChoice(TRAJECTORY, "",
                        "runtimeForward", "runtimeReverse"));
        Map<String, Ratio> sweep = autoOverFaster();
        row("y = tanh(A·x), n·m = 4096, n/m from 1/64 to 64", "AUTO time / faster of forward, reverse", "≤ 1.15",
                "≤ 1.05", "nobody chooses for you", sweep, Verdict.atMost(sweep, 1.15, 1.05));
        Map<String, Ratio> drivers = across(List.of(ROSENBROCK, GMM, NETWORK, LSTM), benchmark -> "auto", "vjp");
        row("drivers", "driver time / the generated sweep it calls (`auto`, one reverse sweep, / `vjp`)", "≤ 1.2",
                "≤ 1.05", "—", drivers, Verdict.atMost(drivers, 1.2, 1.05));
        row("all of the above", "allocation per call (`-prof gc`), workspace reused",
                "0 B forward and reverse on array-free code", "0 B", "—", Map.of(), allocation());
        Map<String, Ratio> tapes = collect(TAPE, size -> results.ratio(TAPE, "compiled", "generated", size, clock));
        row("tapes (lambdas)", "compiled tape / generated reverse (`compiled` / `generated`)", "≤ 1.5", "≤ 1.1",
                "OO tools 10–35x f", tapes, Verdict.atMost(tapes, 1.5, 1.1));
        BuildTimeRows.rows(buildTime).forEach(this::line);
        line("");
    }

    /**
     * One method's time over another's, at every parameter set of several benchmarks, labelled like
     * {@code Rosenbrock n=10}.
     */
    private Map<String, Ratio> across(List<String> benchmarks, Function<String, String> method, String by) {
        Map<String, Ratio> ratios = new LinkedHashMap<>();
        for (String benchmark : benchmarks) {
            String name = benchmark.replace("Benchmark", "");
            collect(benchmark, size -> results.ratio(benchmark, method.apply(benchmark), by, size, clock))
                    .forEach((size, ratio) -> ratios.put(size.isEmpty() ? name : name + " " + size, ratio));
        }
        return ratios;
    }

    private void crossover() {
        List<String> sizes = results.paramsOf(TANH);
        if (sizes.isEmpty()) {
            return;
        }
        line("## The forward/reverse crossover: tanh(A·x)");
        line("");
        line("![forward and reverse Jacobian time against n/m](crossover.svg)");
        line("");
        line("| n | m | n/m | forward | reverse | AUTO | AUTO chose | AUTO / faster | hand-written |");
        line("|---|---|---|---|---|---|---|---|---|");
        for (String size : sizes) {
            int n = Integer.parseInt(size.substring(size.indexOf('=') + 1));
            int m = CrossoverChart.ENTRIES / n;
            line("| " + n + " | " + m + " | " + CrossoverChart.aspect(n, m) + " | " + time(TANH, "forward", size)
                    + " | " + time(TANH, "reverse", size) + " | " + time(TANH, "auto", size) + " | "
                    + autoChoice(TANH, size, "forward", "reverse") + " | "
                    + Optional.ofNullable(autoOverFaster().get(size)).map(Ratio::toString).orElse("?") + " | "
                    + time(TANH, "handWritten", size) + " |");
        }
        line("");
    }

    private void everything() {
        line("## Every measurement");
        line("");
        for (Map.Entry<String, List<Measurement>> group : results.byBenchmark().entrySet()) {
            line("### " + group.getKey());
            line("");
            line("| parameters | method | wall time per call | / plain | CPU time per call | / plain | bytes per call |");
            line("|---|---|---|---|---|---|---|");
            for (Measurement m : group.getValue()) {
                line("| " + m.paramsLabel() + " | " + m.method() + " | " + time(m, Clock.WALL) + " | "
                        + toPlain(m, Clock.WALL) + " | " + time(m, Clock.CPU) + " | " + toPlain(m, Clock.CPU) + " | "
                        + bytes(m.bytesPerCall()) + " |");
            }
            line("");
        }
    }

    /** Ratios of one method to the plain function at every parameter set the benchmark ran. */
    private Map<String, Ratio> toPlain(String benchmark, String method) {
        return collect(benchmark, size -> results.toPlain(benchmark, method, size, clock));
    }

    private String toPlain(Measurement m, Clock by) {
        return results.toPlain(m.benchmark(), m.method(), m.paramsLabel(), by).map(Ratio::toString).orElse("—");
    }

    /** For the sweep: AUTO's time over the faster of forward and reverse, at each {@code n}. */
    private Map<String, Ratio> autoOverFaster() {
        return collect(TANH, size -> {
            Optional<Measurement> forward = results.find(TANH, "forward", size);
            Optional<Measurement> reverse = results.find(TANH, "reverse", size);
            Optional<Measurement> auto = results.find(TANH, "auto", size);
            if (forward.isEmpty() || reverse.isEmpty() || auto.isEmpty()) {
                return Optional.empty();
            }
            Measurement faster = forward.get().nanos(clock) <= reverse.get().nanos(clock) ? forward.get()
                    : reverse.get();
            return Optional.of(Ratio.of(auto.get(), faster, clock));
        });
    }

    private Map<String, Ratio> collect(String benchmark, Function<String, Optional<Ratio>> ratio) {
        Map<String, Ratio> ratios = new LinkedHashMap<>();
        for (String size : results.paramsOf(benchmark)) {
            ratio.apply(size).ifPresent(r -> ratios.put(size, r));
        }
        return ratios;
    }

    private static Map<String, Ratio> only(String label, Optional<Ratio> ratio) {
        return ratio.map(r -> Map.of(label, r)).orElse(Map.of());
    }

    /** The mode AUTO chose, and whether it was the faster of the two measured ways. */
    private String autoChoice(String benchmark, String size, String forward, String reverse) {
        Optional<String> choice = choices.of(benchmark, size);
        Optional<Measurement> f = results.find(benchmark, forward, size);
        Optional<Measurement> r = results.find(benchmark, reverse, size);
        if (choice.isEmpty() || f.isEmpty() || r.isEmpty()) {
            return "AUTO's choice not recorded";
        }
        boolean forwardFaster = f.get().nanos(clock) <= r.get().nanos(clock);
        boolean choseForward = choice.get().contains("forward");
        return (benchmark.equals(TANH) ? "" : "AUTO chose ") + choice.get()
                + (choseForward == forwardFaster ? "" : " (**the slower**)");
    }

    private String describe(String benchmark, List<String> methods) {
        StringBuilder text = new StringBuilder();
        for (String method : methods) {
            Map<String, Ratio> ratios = toPlain(benchmark, method);
            for (Map.Entry<String, Ratio> e : ratios.entrySet()) {
                text.append(text.length() == 0 ? "" : ", ").append('`').append(method).append("` ")
                        .append(e.getValue());
            }
        }
        return text.length() == 0 ? "nothing else measured" : text + " (× f)";
    }

    /** The bytes per call of the generated forward and reverse methods of every row. */
    private String allocation() {
        StringBuilder forward = new StringBuilder();
        StringBuilder reverse = new StringBuilder();
        for (Measurement m : results.all()) {
            String label = m.benchmark().replace("Benchmark", "") + (m.paramsLabel().isEmpty() ? ""
                    : " " + m.paramsLabel());
            if (m.method().equals("jvp") || m.benchmark().equals(TRAJECTORY) && m.method().equals("forward")) {
                append(forward, label + " " + bytes(m.bytesPerCall()));
            } else if (m.method().equals("vjp") || m.benchmark().equals(BUNDLE) && m.method().equals("reverse")) {
                append(reverse, label + " " + bytes(m.bytesPerCall()));
            }
        }
        return "forward: " + (forward.length() == 0 ? "not measured" : forward) + "; reverse: "
                + (reverse.length() == 0 ? "not measured" : reverse);
    }

    private static void append(StringBuilder list, String item) {
        list.append(list.length() == 0 ? "" : ", ").append(item);
    }

    private void row(String function, String what, String must, String goal, String published,
            Map<String, Ratio> measured, String verdict) {
        StringBuilder values = new StringBuilder();
        for (Map.Entry<String, Ratio> e : measured.entrySet()) {
            append(values, (e.getKey().isEmpty() ? "" : e.getKey() + ": ") + e.getValue());
        }
        line("| " + function + " | " + what + " | " + must + " | " + goal + " | " + published + " | "
                + (values.length() == 0 ? "—" : values) + " | " + verdict + " |");
    }

    private String time(String benchmark, String method, String size) {
        return results.find(benchmark, method, size).map(m -> time(m, clock)).orElse("?");
    }

    /**
     * Formats a time per call in the unit that keeps three significant digits readable.
     *
     * @param m     the measurement
     * @param clock which time
     * @return for example {@code 1.02 µs ± 0.03}, or {@code ?} if the run did not measure it
     */
    static String time(Measurement m, Clock clock) {
        double nanos = m.nanos(clock);
        if (Double.isNaN(nanos)) {
            return "?";
        }
        String[] units = {"ns", "µs", "ms", "s"};
        int unit = 0;
        double scale = 1;
        while (unit < units.length - 1 && nanos / scale >= 1000) {
            scale *= 1000;
            unit++;
        }
        String error = Double.isNaN(m.error(clock)) ? "" : " ± " + Ratio.Numbers.significant(m.error(clock) / scale);
        return Ratio.Numbers.significant(nanos / scale) + " " + units[unit] + error;
    }

    private static String bytes(double b) {
        return Double.isNaN(b) ? "?" : String.format(Locale.ROOT, "%,.0f B", b);
    }

    private void line(String text) {
        page.append(text).append('\n');
    }
}
