package dev.chainrule.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the README and docs/ quote from the repository is what the repository holds. */
class DocumentationConsistencyTest {
    private static final Path ROOT = Path.of("..");

    /** Words that belong to how the project was made, not to its documentation. */
    private static final List<String> NOT_FOR_USERS = List.of("design.md", "../shared", "seed's", "session",
            "previous run");

    static Stream<String> pages() throws IOException {
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            return Stream.concat(Stream.of("README.md", "bench/results/README.md"),
                    docs.filter(p -> p.toString().endsWith(".md")).map(p -> "docs/" + p.getFileName()).sorted()
                            .toList().stream());
        }
    }

    @Test
    void benchmarksGuideQuotesTheJmhExampleAsItIs() throws IOException {
        String file = Files.readString(ROOT.resolve(
                "examples/jmh-consumer/src/main/java/com/example/fit/ObjectivesBenchmark.java"), StandardCharsets.UTF_8);
        List<String> quoted = MarkdownPage.read("docs/benchmarks.md").blocks("java");
        assertTrue(quoted.contains(file), "docs/benchmarks.md must quote ObjectivesBenchmark.java unchanged");
    }

    @Test
    void everyReadmeCommandRunsInCi() throws IOException {
        String ci = Files.readString(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8);
        List<String> commands = MarkdownPage.read("README.md").blocks("sh").stream()
                .flatMap(String::lines).filter(line -> !line.isBlank()).toList();
        assertFalse(commands.isEmpty());
        for (String command : commands) {
            assertTrue(ci.contains(command), ".ci/run does not run the README's `" + command + "`");
        }
    }

    @Test
    void readmeAsksForTheVersionThisRepositoryBuilds() throws IOException {
        Matcher parent = Pattern.compile("<artifactId>chainrule-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8));
        assertTrue(parent.find());
        Matcher asked = Pattern.compile("<artifactId>chainrule-[a-z]+</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(MarkdownPage.read("README.md").text());
        int artifacts = 0;
        while (asked.find()) {
            assertEquals(parent.group(1), asked.group(1));
            artifacts++;
        }
        assertEquals(3, artifacts, "the quick start names the annotation, runtime and processor artifacts");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageSpeaksToUsers(String page) {
        String text = MarkdownPage.read(page).text().toLowerCase(Locale.ROOT);
        for (String word : NOT_FOR_USERS) {
            assertFalse(text.contains(word), page + " mentions \"" + word + "\"");
        }
    }
}
