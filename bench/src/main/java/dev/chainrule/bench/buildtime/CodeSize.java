package dev.chainrule.bench.buildtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Sizes that do not depend on timing, counted the same way every run: lines of Java source and class-file bytes.
 *
 * @param lines     every line of the files
 * @param codeLines lines that are neither blank nor comment ({@code //}, {@code /*}, or a {@code *} continuing one)
 * @param bytes     the bytes of the matching class files
 */
public record CodeSize(long lines, long codeLines, long bytes) {

    private static final Pattern ANNOTATION = Pattern.compile("^\\s*@Differentiable\\b.*");

    /**
     * Measures sources and their class files.
     *
     * @param sources the {@code .java} files
     * @param classes the directory holding the class files
     * @param which   which class files count, by file name ({@code Foo.class}, {@code Foo$Bar.class})
     * @return the sizes
     */
    static CodeSize of(List<Path> sources, Path classes, Predicate<String> which) {
        long lines = 0;
        long code = 0;
        for (Path source : sources) {
            for (String line : read(source)) {
                lines++;
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("//") && !t.startsWith("/*") && !t.startsWith("*")) {
                    code++;
                }
            }
        }
        return new CodeSize(lines, code, classBytes(classes, which));
    }

    /**
     * Counts the {@code @Differentiable} annotations in sources: the methods chainrule differentiates.
     *
     * @param sources the {@code .java} files
     * @return the number of annotated methods
     */
    static int annotatedMethods(List<Path> sources) {
        int count = 0;
        for (Path source : sources) {
            for (String line : read(source)) {
                if (ANNOTATION.matcher(line).matches()) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Whether a class file belongs to a generated {@code <Class>Derivatives} (its nested classes included). */
    static boolean generated(String classFileName) {
        String outer = classFileName.replace(".class", "");
        int nested = outer.indexOf('$');
        return (nested < 0 ? outer : outer.substring(0, nested)).endsWith("Derivatives");
    }

    private static long classBytes(Path classes, Predicate<String> which) {
        try (Stream<Path> files = Files.walk(classes)) {
            long total = 0;
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                if (which.test(p.getFileName().toString())) {
                    total += Files.size(p);
                }
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path source) {
        try {
            return Files.readAllLines(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
