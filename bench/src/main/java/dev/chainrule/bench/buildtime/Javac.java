package dev.chainrule.bench.buildtime;

import dev.chainrule.processor.DifferentiableProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One javac run in this JVM through {@code javax.tools}, as Maven's compiler plugin runs it by default: debug
 * information on ({@code -g}), {@code --release 17}. Each run gets its own file manager and output directory.
 */
final class Javac {

    /** The options every run shares: what {@code mvn compile} passes for a project on release 17. */
    static final List<String> OPTIONS = List.of("-g", "--release", "17", "-encoding", "UTF-8");

    private Javac() {
    }

    /**
     * What one run cost.
     *
     * @param compile   the whole {@code CompilationTask.call()}
     * @param processor the time inside chainrule's processor ({@link Sample#ZERO} without it)
     */
    record Outcome(Sample compile, Sample processor) {
    }

    /**
     * Compiles.
     *
     * @param variant   which compilation
     * @param workspace the inputs; {@link Variant#GENERATED} needs its reference build
     * @param output    a fresh directory for {@code classes/} and {@code generated/}
     * @return the times
     * @throws IllegalStateException if javac reports an error
     */
    static Outcome run(Variant variant, Workspace workspace, Path output) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path classes = output.resolve("classes");
        Path generated = output.resolve("generated");
        List<String> options = new ArrayList<>(OPTIONS);
        options.addAll(List.of("-d", classes.toString()));
        List<Path> sources = workspace.sources();
        String classPath = workspace.classPath();
        TimedProcessor processor = null;
        switch (variant) {
            case WITHOUT -> options.add("-proc:none");
            case WITH -> {
                options.addAll(List.of("-s", generated.toString()));
                processor = new TimedProcessor(new DifferentiableProcessor());
            }
            case GENERATED -> {
                options.add("-proc:none");
                sources = workspace.generatedSources();
                classPath = workspace.referenceCorpusClasses() + File.pathSeparator + classPath;
            }
        }
        options.addAll(List.of("-classpath", classPath));
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            Files.createDirectories(classes);
            Files.createDirectories(generated);
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources));
            if (processor != null) {
                task.setProcessors(List.of(processor));
            }
            Sample start = Sample.now();
            boolean ok = task.call();
            Sample compile = Sample.since(start);
            if (!ok) {
                throw new IllegalStateException(variant.label() + " failed:\n" + errors(diagnostics));
            }
            return new Outcome(compile, processor == null ? Sample.ZERO : processor.spent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String errors(DiagnosticCollector<JavaFileObject> diagnostics) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                text.append(d).append('\n');
            }
        }
        return text.toString();
    }
}
