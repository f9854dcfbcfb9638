package dev.chainrule.bench.buildtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.bench.report.BuildTimeRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build-time benchmark counts, keeps and reports its figures right: checked on a one-class corpus compiled for
 * real and on made-up timings, so that nothing here depends on how fast the machine is.
 */
class BuildTimeTest {

    private static final String SOURCE = """
            package demo;

            import dev.chainrule.Differentiable;

            /** A tiny corpus. */
            public final class Tiny {
                // a helper-free method
                @Differentiable
                public static double square(double x) {
                    return x * x;
                }

                @Differentiable(wrt = "x")
                public static double scaled(double x, double k) {
                    /* the scale */
                    return k * x;
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void sourcesAreCountedByLineAndAnnotation() throws IOException {
        Path source = write();
        CodeSize size = CodeSize.of(List.of(source), dir, name -> true);
        assertEquals(SOURCE.split("\n").length, size.lines());
        // Blank, //, /* and javadoc lines left out.
        assertEquals(12, size.codeLines());
        assertEquals(2, CodeSize.annotatedMethods(List.of(source)));
    }

    @Test
    void generatedClassFilesAreThoseOfTheDerivativesClassesAndTheirNestedClasses() {
        assertTrue(CodeSize.generated("TinyDerivatives.class"));
        assertTrue(CodeSize.generated("TinyDerivatives$SquareGradient.class"));
        assertFalse(CodeSize.generated("Tiny.class"));
        assertFalse(CodeSize.generated("Tiny$DerivativesHelper.class"));
    }

    @Test
    void theThreeCompilationsRunAndTheSizesComeFromTheirOutput() throws IOException {
        write();
        Workspace workspace = new Workspace(Workspace.javaFiles(dir.resolve("src")),
                System.getProperty("java.class.path"), dir.resolve("scratch"));
        Javac.run(Variant.WITH, workspace, workspace.referenceAllClasses().getParent());
        Javac.run(Variant.WITHOUT, workspace, workspace.referenceCorpusClasses().getParent());
        assertEquals(List.of("TinyDerivatives.java"),
                workspace.generatedSources().stream().map(p -> p.getFileName().toString()).toList());
        Javac.Outcome generatedOnly = Javac.run(Variant.GENERATED, workspace, dir.resolve("generated-only"));
        assertEquals(Sample.ZERO, generatedOnly.processor());
        assertTrue(Files.exists(dir.resolve("generated-only/classes/demo/TinyDerivatives.class")));
        CodeSize generated = CodeSize.of(workspace.generatedSources(), workspace.referenceAllClasses(),
                CodeSize::generated);
        CodeSize source = CodeSize.of(workspace.sources(), workspace.referenceAllClasses(),
                name -> !CodeSize.generated(name));
        assertEquals(size(workspace.referenceCorpusClasses().resolve("demo/Tiny.class")), source.bytes());
        assertTrue(generated.bytes() > source.bytes() && generated.lines() > source.lines());
    }

    @Test
    void perMethodFiguresUseMediansOfBothClocks() {
        Timings t = new Timings();
        t.addAll(Variant.WITHOUT, List.of(ms(100, 90), ms(300, 80), ms(200, 70)), List.of());
        t.addAll(Variant.GENERATED, List.of(ms(50, 40)), List.of());
        t.addAll(Variant.WITH, List.of(ms(1000, 900), ms(1250, 950)), List.of(ms(600, 500), ms(700, 600)));
        assertEquals(200, Timings.median(t.of(Variant.WITHOUT), false), 1e-9);
        assertEquals(80, Timings.median(t.of(Variant.WITHOUT), true), 1e-9);
        // (1125 - 200 - 50) / 10 by the wall clock, (925 - 80 - 40) / 10 by the CPU's.
        assertEquals(87.5, t.differencePerMethod(10, false), 1e-9);
        assertEquals(80.5, t.differencePerMethod(10, true), 1e-9);
        assertEquals(55, t.processorPerMethod(10, true), 1e-9);
    }

    @Test
    void theFiguresSurviveTheirFileAndBecomeTheResultRows() {
        BuildTimeFigures figures = figures();
        Path file = dir.resolve(BuildTimeFigures.FILE);
        figures.write(file);
        BuildTimeFigures back = BuildTimeFigures.read(file).orElseThrow();
        assertEquals(figures.source(), back.source());
        assertEquals(figures.generated(), back.generated());
        assertEquals(figures.cold().processorPerMethod(200, true), back.cold().processorPerMethod(200, true), 1e-12);
        assertEquals(figures.warm().differencePerMethod(200, false), back.warm().differencePerMethod(200, false),
                1e-12);
        assertEquals(figures.machine(), back.machine());
        assertEquals(Optional.empty(), BuildTimeFigures.read(dir.resolve("nothing.properties")));

        List<String> rows = BuildTimeRows.rows(Optional.of(back));
        assertTrue(rows.get(0).contains("| ≤ 10 ms | ≤ 5 ms |") && rows.get(0).contains("cold (a fresh JVM per "
                + "javac, as `mvn compile`): 30.0 ms CPU (40.0 wall)"), rows.get(0));
        assertTrue(rows.get(0).endsWith("**behind the must** (worst 30.0 at cold) |"), rows.get(0));
        assertTrue(rows.get(1).contains("| 8.00x (800 B / 100 B, class files with `-g`)"), rows.get(1));
        assertTrue(rows.get(1).endsWith("| must met, goal not (worst 8.00) |"), rows.get(1));
        assertTrue(BuildTimeRows.rows(Optional.empty()).get(0).contains("not measured: run `java -cp"));
    }

    @Test
    void splicingPutsTheRowsAtTheEndOfTheTargetsTableOnce() {
        String page = String.join("\n", "# results", "", "## Against DESIGN.md §3", "",
                "| function | what |", "|---|---|", "| Rosenbrock | vjp |", "", "## Next", "");
        String once = BuildTimeRows.splice(page, figures());
        String twice = BuildTimeRows.splice(once, figures());
        assertEquals(once, twice);
        List<String> lines = List.of(once.split("\n", -1));
        int rosenbrock = lines.indexOf("| Rosenbrock | vjp |");
        assertTrue(lines.get(rosenbrock + 1).startsWith("| build time"), once);
        assertTrue(lines.get(rosenbrock + 2).startsWith("| generated code"), once);
        assertEquals("", lines.get(rosenbrock + 3));
        assertEquals("## Next", lines.get(rosenbrock + 4));
    }

    /** 200 methods, bytecode 8x, processor 30 ms per method cold by CPU. */
    private static BuildTimeFigures figures() {
        Timings cold = new Timings();
        cold.addAll(Variant.WITHOUT, List.of(ms(1000, 800)), List.of());
        cold.addAll(Variant.GENERATED, List.of(ms(2000, 1500)), List.of());
        cold.addAll(Variant.WITH, List.of(ms(12000, 9000)), List.of(ms(8000, 6000)));
        Timings warm = new Timings();
        warm.addAll(Variant.WITHOUT, List.of(ms(200, 100)), List.of());
        warm.addAll(Variant.GENERATED, List.of(ms(500, 400)), List.of());
        warm.addAll(Variant.WITH, List.of(ms(2700, 2500)), List.of(ms(2000, 1900)));
        return new BuildTimeFigures(200, 12, new CodeSize(2400, 2000, 100), new CodeSize(72000, 60000, 800), cold,
                warm, "a machine, load average 1.0 at the end", "2026-01-01");
    }

    private static Sample ms(double wall, double cpu) {
        return new Sample((long) (wall * 1e6), (long) (cpu * 1e6));
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Path write() throws IOException {
        Path source = dir.resolve("src/demo/Tiny.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, SOURCE);
        return source;
    }
}
