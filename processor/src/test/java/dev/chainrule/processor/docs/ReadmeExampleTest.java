package dev.chainrule.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first example compiles with the processor, without a warning, and prints what the README says. */
class ReadmeExampleTest {

    @Test
    void firstExamplePrintsWhatTheReadmeShows(@TempDir Path directory) throws Exception {
        MarkdownPage example = MarkdownPage.read("README.md").sections().get("A first example");
        CommandLineJavac javac = new CommandLineJavac(directory);
        Path file = javac.write(example.block("java").orElseThrow());

        CommandLineJavac.Run run = javac.compile(file);
        assertTrue(run.succeeded(), run.output());
        assertEquals("", run.output());

        String className = directory.relativize(file).toString().replace(".java", "").replace('/', '.');
        assertEquals(example.block("text").orElseThrow(), runMain(javac.classes(), className));
    }

    /** Runs {@code main} of a compiled class and returns what it printed, with {@code \n} line ends. */
    private static String runMain(Path classes, String className) throws Exception {
        PrintStream standardOut = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ReadmeExampleTest.class.getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass(className).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(standardOut);
        }
        return printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
