package dev.chainrule.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * javac can run processors over classes it reads from class files (named on the command line); such a method has
 * no body to read, which is an error, not a silent skip.
 */
class NoSourceTest {

    @Test
    void methodOfACompiledClassHasNoSource(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("demo/F.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, String.join("\n",
                "package demo;",
                "public class F {",
                "  @dev.chainrule.Differentiable",
                "  public static double f(double x) { return x * x; }",
                "}"), StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classPath = System.getProperty("java.class.path");
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Path classes = dir.resolve("classes");
            Files.createDirectories(classes);
            boolean compiled = javac.getTask(null, files, null,
                    List.of("-proc:none", "-d", classes.toString(), "-cp", classPath), null,
                    files.getJavaFileObjects(source)).call();
            assertTrue(compiled);

            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), files, diagnostics,
                    List.of("-proc:only", "-cp", classes + java.io.File.pathSeparator + classPath,
                            "-s", dir.toString()),
                    List.of("demo.F"), null);
            task.setProcessors(List.of(new DifferentiableProcessor()));
            assertFalse(task.call());
            assertEquals(1, diagnostics.getDiagnostics().size());
            String message = diagnostics.getDiagnostics().get(0).getMessage(java.util.Locale.ROOT);
            assertTrue(message.startsWith("[AD/NoSource] the source of f is not available"), message);
            assertTrue(message.contains("Fix: "), message);
        }
    }
}
