package dev.chainrule.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated classes compared byte for byte with checked-in golden files under {@code src/test/resources/golden}.
 * Run with {@code -Dgolden.update=true} to rewrite them after an intended change, then review the diff.
 */
class GoldenTest {
    private static final Path GOLDEN = Paths.get("src", "test", "resources", "golden");

    @ParameterizedTest
    @CsvSource({
        "SeedExamples, SeedExamplesDerivatives",
        "Constants, ConstantsDerivatives",
        "NameClashes, NameClashes_InnerDerivatives",
        "Loops, LoopsDerivatives",
        "Calls, CallsDerivatives",
        "Calls, Calls_OthersDerivatives",
    })
    void generatedSourceMatchesGolden(String input, String output) throws IOException {
        JavaFileObject source = JavaFileObjects.forSourceString("golden." + input,
                Files.readString(GOLDEN.resolve(input + ".java"), StandardCharsets.UTF_8));
        Compilation compilation = Compilations.compile(source);
        assertThat(compilation).succeededWithoutWarnings();
        String generated = Compilations.generated(compilation, "golden." + output);

        Path expected = GOLDEN.resolve(output + ".java.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, generated, StandardCharsets.UTF_8);
        }
        if (!Files.exists(expected)) {
            fail("no golden file: expected " + expected.toAbsolutePath() + " (run with -Dgolden.update=true)");
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), generated);
    }

    @ParameterizedTest
    @CsvSource({"SeedExamples, SeedExamplesDerivatives", "Constants, ConstantsDerivatives", "Loops, LoopsDerivatives",
        "Calls, CallsDerivatives"})
    void generationIsDeterministic(String input, String output) throws IOException {
        String text = Files.readString(GOLDEN.resolve(input + ".java"), StandardCharsets.UTF_8);
        String first = Compilations.generated(
                Compilations.compile(JavaFileObjects.forSourceString("golden." + input, text)), "golden." + output);
        String second = Compilations.generated(
                Compilations.compile(JavaFileObjects.forSourceString("golden." + input, text)), "golden." + output);
        assertEquals(first, second);
        assertEquals(-1, first.indexOf('\r'), "line ends are \\n");
    }
}
