package dev.chainrule.bench.buildtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the compilations read and where they write: the corpus's sources, the class path they compile against, and a
 * reference build (the generated sources and the corpus's own classes) that {@link Variant#GENERATED} compiles from.
 * Every compilation writes into a fresh directory of its own under the scratch directory.
 *
 * @param sources   the corpus's {@code .java} files, sorted
 * @param classPath the class path holding chainrule's annotations and runtime
 * @param scratch   a directory for the outputs, deleted by {@link #delete()}
 */
record Workspace(List<Path> sources, String classPath, Path scratch) {

    /** The reference build's generated sources, written by {@link BuildTime} before anything is timed. */
    Path referenceGenerated() {
        return scratch.resolve("reference-with").resolve("generated");
    }

    /** The reference build's classes of the corpus alone, compiled without the processor. */
    Path referenceCorpusClasses() {
        return scratch.resolve("reference-without").resolve("classes");
    }

    /** The reference build's classes with the generated ones, compiled with the processor. */
    Path referenceAllClasses() {
        return scratch.resolve("reference-with").resolve("classes");
    }

    /** The generated {@code .java} files of the reference build, sorted. */
    List<Path> generatedSources() {
        return javaFiles(referenceGenerated());
    }

    /**
     * Lists the {@code .java} files under a directory.
     *
     * @param root the directory
     * @return the files, sorted by path so that every run reads them in the same order
     */
    static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the scratch directory and everything in it. */
    void delete() {
        deleteTree(scratch);
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
