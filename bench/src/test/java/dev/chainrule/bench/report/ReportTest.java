package dev.chainrule.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.bench.TanhSweepBenchmark;
import dev.chainrule.bench.functions.TanhLayerData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/**
 * The report computes ratios and verdicts right and writes a well-formed chart, checked on made-up measurements so
 * that no benchmark has to run.
 */
class ReportTest {

    @Test
    void aRatioPropagatesBothErrors() {
        Ratio r = Ratio.of(measurement("B", "vjp", "", 300, 30), measurement("B", "plain", "", 100, 10), Clock.WALL);
        assertEquals(3, r.value(), 1e-12);
        assertEquals(3 * Math.sqrt(0.01 + 0.01), r.error(), 1e-12);
        assertEquals("3.00 ± 0.424", r.toString());
    }

    @Test
    void verdictsCompareTheWorstRatioWithTheMustAndTheGoal() {
        assertTrue(Verdict.atMost(Map.of("n=10", new Ratio(2, 0.1)), 3, 2.2).startsWith("goal met"));
        assertTrue(Verdict.atMost(Map.of("n=10", new Ratio(2, 0.1), "n=100", new Ratio(2.9, 0.1)), 3, 2.2)
                .startsWith("must met, goal not (worst 2.90 at n=100)"));
        assertTrue(Verdict.atMost(Map.of("n=10", new Ratio(4, 0.1)), 3, 2.2).startsWith("**behind the must**"));
        assertTrue(Verdict.atMost(Map.of("n=10", new Ratio(3.2, 0.5)), 3, 2.2).startsWith("**at the must within"));
        assertTrue(Verdict.atLeast(Map.of("n=1000", new Ratio(500, 10)), 300, 3000).startsWith("must met"));
        assertEquals("not measured in this run", Verdict.atMost(Map.of(), 3, 2.2));
    }

    @Test
    void thePageAndTheChartShowTheSweepAndAutosChoice() throws Exception {
        List<Measurement> all = new ArrayList<>();
        AutoChoices choices = new AutoChoices();
        for (int n = 8; n <= 512; n *= 4) {
            String size = "n=" + n;
            int m = TanhSweepBenchmark.SIZE / n;
            all.add(measurement("TanhSweepBenchmark", "plain", size, 1000, 10));
            all.add(measurement("TanhSweepBenchmark", "forward", size, 1000.0 * n, 10));
            all.add(measurement("TanhSweepBenchmark", "reverse", size, 3000.0 * m, 10));
            all.add(measurement("TanhSweepBenchmark", "auto", size, 1000.0 * Math.min(n, 3 * m), 10));
            all.add(measurement("TanhSweepBenchmark", "handWritten", size, 2000, 10));
            TanhLayerData data = TanhSweepBenchmark.data(n);
            choices.record("TanhSweepBenchmark", size, TanhSweepBenchmark.view(data), data.x());
        }
        all.add(measurement("RosenbrockBenchmark", "plain", "n=10", 10, 1));
        all.add(measurement("RosenbrockBenchmark", "vjp", "n=10", 25, 1));
        Measurements results = new Measurements(all);

        String page = new ResultsPage(results, choices, "cmd", "settings", Duration.ofSeconds(61)).render();
        assertTrue(page.contains("| Rosenbrock, n = 10..10⁴ | reverse gradient / f (`vjp`) | ≤ 2.5 | ≤ 2.0 |"), page);
        assertTrue(page.contains("n=10: 2.50 ± 0.269 | must met, goal not"), page);
        assertTrue(page.contains("The verdicts and the crossover use CPU time."), page);
        assertTrue(page.contains("| 8 | 512 | 1/64 | 7.20 µs ± 0.00900 | 1.38 ms ± "), page);
        assertTrue(page.contains(" | 7.20 µs ± 0.00900 | vector forward | 1.00 ± "), page);
        assertTrue(page.contains("| n=10 | vjp | 25.0 ns ± 1.00 | 2.50 ± 0.269 | 22.5 ns ± 0.900 | 2.50 ± 0.269 | 0 B |"),
                page);
        assertTrue(page.contains("| 512 | 8 | 64 |"), page);

        String svg = new CrossoverChart(results, choices).render();
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        // Forward costs 1000 n and reverse 3000 m: they cross where n/m = 3.
        assertTrue(svg.contains("crossover n/m ≈ 3.0"), svg);
        assertTrue(svg.contains(">V</text>") && svg.contains(">R</text>"), svg);
    }

    private static Measurement measurement(String benchmark, String method, String params, double nanos,
            double error) {
        Map<String, String> values = params.isEmpty() ? Map.of()
                : Map.of(params.substring(0, params.indexOf('=')), params.substring(params.indexOf('=') + 1));
        // The CPU time is a tenth less than the wall time, as when the benchmark shares its cores.
        return new Measurement(benchmark, method, values, nanos, error, 0.9 * nanos, 0.9 * error, 0);
    }
}
