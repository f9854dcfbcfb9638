package dev.chainrule.processor.docs;

import dev.chainrule.processor.DifferentiableProcessor;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac with the chainrule processor, run in a directory the way a user runs it on the command line, printing what
 * that user would read: paths relative to the directory, javac's own formatting, the error and warning counts.
 */
final class CommandLineJavac {
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern CLASS = Pattern.compile("^public (?:final )?class (\\w+)", Pattern.MULTILINE);

    private final Path directory;

    /** @param directory where the sources go and javac runs; its path never shows in the output */
    CommandLineJavac(Path directory) {
        this.directory = directory;
    }

    /** The result of one javac run. */
    record Run(boolean succeeded, String output) {
    }

    /**
     * Writes {@code source} to the file its package and public class call for, e.g. {@code demo/F.java}.
     *
     * @return that file
     */
    Path write(String source) {
        Path file = directory.resolve(find(PACKAGE, source).replace('.', File.separatorChar))
                .resolve(find(CLASS, source) + ".java");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Compiles source files with the processor and every lint but {@code processing}, into {@code classes} under
     * the directory.
     */
    Run compile(Path... files) {
        return run(List.of("-Xlint:all,-processing", "-d", directory.resolve("classes").toString(), "-s",
                directory.resolve("generated").toString()), List.of(files), List.of(), true);
    }

    /** Compiles source files without any processor, into {@code classes} under the directory. */
    Run compileWithoutProcessor(Path... files) {
        return run(List.of("-proc:none", "-d", directory.resolve("classes").toString()), List.of(files), List.of(),
                false);
    }

    /** Runs only the processor over classes javac reads from {@code classes} under the directory, by name. */
    Run processCompiled(String... classNames) {
        return run(List.of("-proc:only", "-s", directory.resolve("generated").toString()), List.of(),
                List.of(classNames), true);
    }

    Path classes() {
        return directory.resolve("classes");
    }

    private Run run(List<String> options, List<Path> files, List<String> classNames, boolean processor) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Files.createDirectories(classes());
            List<String> all = new ArrayList<>(options);
            all.add("-cp");
            all.add(classes() + File.pathSeparator + System.getProperty("java.class.path"));
            Iterable<? extends JavaFileObject> units = files.isEmpty() ? null
                    : fileManager.getJavaFileObjectsFromPaths(files);
            JavaCompiler.CompilationTask task = javac.getTask(output, fileManager, null, all,
                    classNames.isEmpty() ? null : classNames, units);
            if (processor) {
                task.setProcessors(List.of(new DifferentiableProcessor()));
            }
            boolean succeeded = task.call();
            String text = output.toString().replace(System.lineSeparator(), "\n")
                    .replace(directory + File.separator, "");
            return new Run(succeeded, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String find(Pattern pattern, String source) {
        Matcher matcher = pattern.matcher(source);
        if (!matcher.find()) {
            throw new IllegalArgumentException("no " + pattern + " in\n" + source);
        }
        return matcher.group(1);
    }
}
