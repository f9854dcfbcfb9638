package dev.chainrule.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;

/** Compiles sources in memory with the processor, as a user's build would (with every lint enabled). */
final class Compilations {
    private Compilations() {
    }

    /** A source file of class {@code qualifiedName} with the given lines. */
    static JavaFileObject source(String qualifiedName, String... lines) {
        return JavaFileObjects.forSourceLines(qualifiedName, lines);
    }

    static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new DifferentiableProcessor()).withOptions("-Xlint:all", "-Xlint:-processing")
                .compile(sources);
    }

    /** The text of a generated source file. */
    static String generated(Compilation compilation, String qualifiedName) {
        JavaFileObject file = compilation.generatedSourceFile(qualifiedName).orElseThrow(() ->
                new AssertionError("no generated source " + qualifiedName + "; diagnostics: "
                        + compilation.diagnostics()));
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
