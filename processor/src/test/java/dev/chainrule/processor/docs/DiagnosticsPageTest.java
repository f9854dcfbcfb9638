package dev.chainrule.processor.docs;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.processor.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/diagnostics.md has a section for every id of the catalog, and each example on it, compiled as a user would,
 * prints exactly what the page shows under it.
 */
class DiagnosticsPageTest {
    private static final Map<String, MarkdownPage> SECTIONS = MarkdownPage.read("docs/diagnostics.md").sections();

    /** The ids whose example is a source file that javac compiles with the processor. */
    static Stream<String> compiledExamples() {
        return Arrays.stream(Diagnostic.values())
                .filter(d -> d != Diagnostic.NO_SOURCE && d != Diagnostic.INTERNAL)
                .map(Diagnostic::id);
    }

    @Test
    void everyIdHasASectionAndEverySectionAnId() {
        Set<String> ids = Arrays.stream(Diagnostic.values()).map(Diagnostic::id).collect(Collectors.toSet());
        Set<String> documented = SECTIONS.keySet().stream().filter(h -> h.startsWith("AD/"))
                .collect(Collectors.toSet());
        assertEquals(ids, documented);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("compiledExamples")
    void exampleCompilesToTheMessageShown(String id, @TempDir Path directory) {
        MarkdownPage section = SECTIONS.get(id);
        String example = section.block("java").orElseThrow(() -> new AssertionError(id + " has no example"));
        CommandLineJavac javac = new CommandLineJavac(directory);
        CommandLineJavac.Run run = javac.compile(javac.write(example));

        boolean warning = Diagnostic.valueOf(constantOf(id)).isWarning();
        assertEquals(warning, run.succeeded(), run.output());
        assertTrue(run.output().contains("[" + id + "]"), run.output());
        assertEquals(section.block("text").orElseThrow(), run.output());
    }

    @Test
    void classReadFromAClassFileHasNoSource(@TempDir Path directory) {
        MarkdownPage section = SECTIONS.get(Diagnostic.NO_SOURCE.id());
        CommandLineJavac javac = new CommandLineJavac(directory);
        Path file = javac.write(section.block("java").orElseThrow());
        assertTrue(javac.compileWithoutProcessor(file).succeeded());
        String className = directory.relativize(file).toString().replace(".java", "").replace('/', '.');

        CommandLineJavac.Run run = javac.processCompiled(className);

        assertFalse(run.succeeded());
        assertEquals(section.block("text").orElseThrow(), run.output());
    }

    @Test
    void internalErrorShowsTheCatalogsText() {
        String marker = "\u0000";
        List<String> parts = List.of(Diagnostic.INTERNAL.format("<method>", marker).split(marker));
        String shown = SECTIONS.get(Diagnostic.INTERNAL.id()).block("text").orElseThrow();
        assertAll(parts.stream().map(part -> () -> assertTrue(shown.contains(part), part)));
    }

    /** {@code AD/UnknownName} is {@code UNKNOWN_NAME}. */
    private static String constantOf(String id) {
        return Arrays.stream(Diagnostic.values()).filter(d -> d.id().equals(id)).findFirst().orElseThrow().name();
    }
}
