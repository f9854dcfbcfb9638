package dev.chainrule.bench.buildtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A cold compilation: one javac run in a fresh JVM, as {@code mvn compile} runs it, where javac, the processor and
 * JavaParser all start interpreted and the JIT compiles them while they work. The parent JVM starts a child running
 * {@link BuildTime} with {@link #FLAG}; the child compiles once and prints its times on one line.
 */
final class ColdRun {

    /** The option that makes {@link BuildTime#main} a child. */
    static final String FLAG = "--one";

    private static final String RESULT = "RESULT ";

    private ColdRun() {
    }

    /**
     * Runs one compilation in a child JVM with this JVM's class path.
     *
     * @param variant   which compilation
     * @param workspace the inputs, with their reference build done
     * @param corpus    the corpus's source root, for the child to list
     * @return the child's times
     * @throws InterruptedException if interrupted while waiting for the child
     */
    static Javac.Outcome run(Variant variant, Workspace workspace, Path corpus) throws InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", workspace.classPath(),
                BuildTime.class.getName(), FLAG, variant.name(), workspace.scratch().toString(), corpus.toString()));
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        try {
            Process child = builder.start();
            String printed;
            try (InputStream in = child.getInputStream()) {
                printed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int exit = child.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("the cold " + variant.label() + " exited with " + exit + ":\n"
                        + printed);
            }
            return parse(printed);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + java, e);
        } finally {
            Workspace.deleteTree(output(workspace, variant));
        }
    }

    /**
     * The child's side: compiles once and prints the times.
     *
     * @param variant which compilation
     * @param scratch the parent's scratch directory, holding the reference build
     * @param corpus  the corpus's source root
     */
    static void child(Variant variant, Path scratch, Path corpus) {
        Workspace workspace = new Workspace(Workspace.javaFiles(corpus), System.getProperty("java.class.path"),
                scratch);
        Javac.Outcome outcome = Javac.run(variant, workspace, output(workspace, variant));
        System.out.println(RESULT + outcome.compile().wallNanos() + " " + outcome.compile().cpuNanos() + " "
                + outcome.processor().wallNanos() + " " + outcome.processor().cpuNanos());
    }

    private static Path output(Workspace workspace, Variant variant) {
        return workspace.scratch().resolve("cold-" + variant.name().toLowerCase(Locale.ROOT));
    }

    private static Javac.Outcome parse(String output) {
        for (String line : output.split("\n")) {
            if (line.startsWith(RESULT)) {
                String[] t = line.substring(RESULT.length()).trim().split(" ");
                return new Javac.Outcome(new Sample(Long.parseLong(t[0]), Long.parseLong(t[1])),
                        new Sample(Long.parseLong(t[2]), Long.parseLong(t[3])));
            }
        }
        throw new IllegalStateException("the cold compilation printed no result:\n" + output);
    }
}
