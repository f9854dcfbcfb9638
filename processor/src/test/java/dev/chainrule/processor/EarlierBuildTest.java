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
 * A method calling a {@code @Differentiable} method of a library built earlier (only its class files and generated
 * classes on the class path) gets a Hessian-vector product exactly when the library's generated class has one for the
 * callee: the library's {@code gHvp} is called, never one that does not exist.
 */
class EarlierBuildTest {
    private static final String CALLER = String.join("\n",
            "package app;",
            "public class F {",
            "  @dev.chainrule.Differentiable",
            "  public static double f(double x) { return lib.G.g(x) * x; }",
            "}");

    @Test
    void calleeWithSecondOrderGivesTheCallerOne(@TempDir Path dir) throws IOException {
        String generated = buildBoth(dir, String.join("\n",
                "package lib;",
                "public class G {",
                "  @dev.chainrule.Differentiable",
                "  public static double g(double x) { return Math.sin(x) * x; }",
                "}"));
        assertTrue(generated.contains("public static Dual fHvp("), generated);
        assertTrue(generated.contains("GDerivatives.gHvp("), generated);
    }

    @Test
    void calleeWithoutSecondOrderLeavesTheCallerWithout(@TempDir Path dir) throws IOException {
        String generated = buildBoth(dir, String.join("\n",
                "package lib;",
                "public class G {",
                "  public static double h(double x) { return Math.exp(x); }",
                "  @dev.chainrule.DerivativeOf(\"h\")",
                "  public static double hPrime(double x) { return Math.exp(x); }",
                "  @dev.chainrule.Differentiable",
                "  public static double g(double x) { return h(x) * x; }",
                "}"));
        assertFalse(generated.contains("fHvp"), generated);
        assertTrue(generated.contains("public static double fVjp("), generated);
    }

    /** Builds the library with the processor, then the caller against its class files; the caller's generated code. */
    private static String buildBoth(Path dir, String library) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classPath = System.getProperty("java.class.path");
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            compile(javac, files, write(dir.resolve("lib/G.java"), library), classes, classPath, dir.resolve("gen1"));
            Path app = dir.resolve("gen2");
            compile(javac, files, write(dir.resolve("app/F.java"), CALLER), classes,
                    classes + java.io.File.pathSeparator + classPath, app);
            return Files.readString(app.resolve("app/FDerivatives.java"));
        }
    }

    private static Path write(Path file, String source) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8);
        return file;
    }

    private static void compile(JavaCompiler javac, StandardJavaFileManager files, Path source, Path classes,
            String classPath, Path generated) throws IOException {
        Files.createDirectories(generated);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), files, diagnostics,
                List.of("-d", classes.toString(), "-cp", classPath, "-s", generated.toString()), null,
                files.getJavaFileObjects(source));
        task.setProcessors(List.of(new DifferentiableProcessor()));
        boolean compiled = task.call();
        assertEquals(List.of(), diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR).toList());
        assertTrue(compiled);
    }
}
