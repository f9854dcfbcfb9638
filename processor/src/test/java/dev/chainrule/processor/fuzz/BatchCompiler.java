package dev.chainrule.processor.fuzz;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.chainrule.processor.fuzz.Ast.Program;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles many programs in one javac run with the processor (the cost of a run is mostly fixed), and tells for each
 * program what became of it. A run with errors yields no classes at all, so the programs the errors belong to are
 * taken out and the rest compiled again; errors that name no file, and a processor that throws, are pinned on a
 * program by compiling halves of the batch.
 */
final class BatchCompiler {
    private static final Pattern AD_ID = Pattern.compile("\\[(AD/[A-Za-z]+)]");
    private static final int SHOWN_ERRORS = 6;

    private BatchCompiler() {
    }

    /** What became of one program. */
    sealed interface Outcome permits Compiled, Rejected, Broken {
    }

    /**
     * It compiled: its classes are in {@code loader}; {@code warnings} are javac's warnings about the generated code
     * (not the processor's own diagnostics on the user's code).
     */
    record Compiled(ClassLoader loader, List<String> warnings) implements Outcome {
    }

    /** The processor declined it with the diagnostics {@code ids}: a limitation it reports, not a failure. */
    record Rejected(TreeSet<String> ids, String messages) implements Outcome {
    }

    /** A failure: the generated code does not compile, the processor crashed, or the program itself is not Java. */
    record Broken(Failure failure) implements Outcome {
    }

    /** Compiles {@code programs} (by main class name) and returns an outcome for each. */
    static Map<String, Outcome> compile(Map<String, Program> programs) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        Map<String, Program> pending = new LinkedHashMap<>(programs);
        while (!pending.isEmpty()) {
            Run run = run(pending);
            if (run.crash != null) {
                bisect(pending, outcomes);
                return outcomes;
            }
            if (run.compilation.status() == Compilation.Status.SUCCESS) {
                ClassLoader loader = new ClassBytes(run.compilation);
                for (String name : pending.keySet()) {
                    outcomes.put(name, new Compiled(loader, run.warnings(name)));
                }
                return outcomes;
            }
            Map<String, List<Diagnostic<? extends JavaFileObject>>> errors = run.errorsByProgram();
            if (errors.isEmpty() || errors.containsKey(null)) {
                bisect(pending, outcomes);
                return outcomes;
            }
            errors.forEach((name, list) -> {
                outcomes.put(name, classify(list));
                pending.remove(name);
            });
        }
        return outcomes;
    }

    /** Splits a batch whose failure cannot be pinned on a program until each part can be. */
    private static void bisect(Map<String, Program> programs, Map<String, Outcome> outcomes) {
        if (programs.size() == 1) {
            String only = programs.keySet().iterator().next();
            Run run = run(programs);
            if (run.crash != null) {
                outcomes.put(only, new Broken(new Failure("crash", "the processor threw "
                        + Agreement.describe(run.crash))));
            } else if (run.compilation.status() == Compilation.Status.SUCCESS) {
                outcomes.put(only, new Compiled(new ClassBytes(run.compilation), run.warnings(only)));
            } else {
                outcomes.put(only, classify(run.compilation.errors()));
            }
            return;
        }
        Map<String, Program> first = new LinkedHashMap<>();
        Map<String, Program> second = new LinkedHashMap<>();
        programs.forEach((name, program) -> (first.size() < programs.size() / 2 ? first : second).put(name, program));
        outcomes.putAll(compile(first));
        outcomes.putAll(compile(second));
    }

    private static Outcome classify(List<? extends Diagnostic<? extends JavaFileObject>> errors) {
        TreeSet<String> ids = new TreeSet<>();
        List<String> generated = new ArrayList<>();
        List<String> user = new ArrayList<>();
        String firstGeneratedCode = null;
        for (Diagnostic<? extends JavaFileObject> d : errors) {
            String message = d.getMessage(null);
            Matcher m = AD_ID.matcher(message);
            if (m.find()) {
                ids.add(m.group(1));
            }
            String file = d.getSource() == null ? "" : simpleName(d.getSource());
            String text = file + ":" + d.getLineNumber() + ": " + message;
            if (file.endsWith("Derivatives")) {
                generated.add(text);
                if (firstGeneratedCode == null) {
                    firstGeneratedCode = d.getCode();
                }
            } else {
                user.add(text);
            }
        }
        if (ids.contains("AD/Internal")) {
            return new Broken(new Failure("crash", "the processor failed: " + shown(user)));
        }
        if (!ids.isEmpty()) {
            return new Rejected(ids, shown(user));
        }
        if (!generated.isEmpty()) {
            return new Broken(new Failure("compile:" + firstGeneratedCode, "the generated code does not compile:\n"
                    + shown(generated)));
        }
        return new Broken(new Failure("invalid-program", "the generated program is not valid Java (a fuzzer bug):\n"
                + shown(user)));
    }

    private static String shown(List<String> lines) {
        return String.join("\n", lines.subList(0, Math.min(lines.size(), SHOWN_ERRORS)));
    }

    private static String simpleName(JavaFileObject file) {
        String path = file.toUri().getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".java") ? name.substring(0, name.length() - ".java".length()) : name;
    }

    /** The program a file belongs to: {@code P3}, {@code P3Lib}, {@code P3Derivatives}, {@code P3LibDerivatives}. */
    private static String owner(String simpleName, Map<String, Program> programs) {
        String name = simpleName;
        if (name.endsWith("Derivatives")) {
            name = name.substring(0, name.length() - "Derivatives".length());
        }
        if (!programs.containsKey(name) && name.endsWith("Lib")) {
            name = name.substring(0, name.length() - "Lib".length());
        }
        return programs.containsKey(name) ? name : null;
    }

    /** One javac run over a batch. */
    private static final class Run {
        final Map<String, Program> programs;
        Compilation compilation;
        RuntimeException crash;

        Run(Map<String, Program> programs) {
            this.programs = programs;
        }

        Map<String, List<Diagnostic<? extends JavaFileObject>>> errorsByProgram() {
            Map<String, List<Diagnostic<? extends JavaFileObject>>> byProgram = new LinkedHashMap<>();
            for (Diagnostic<? extends JavaFileObject> d : compilation.errors()) {
                String owner = d.getSource() == null ? null : owner(simpleName(d.getSource()), programs);
                byProgram.computeIfAbsent(owner, k -> new ArrayList<>()).add(d);
            }
            return byProgram;
        }

        List<String> warnings(String program) {
            List<String> warnings = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : compilation.warnings()) {
                if (d.getSource() != null && simpleName(d.getSource()).endsWith("Derivatives")
                        && program.equals(owner(simpleName(d.getSource()), programs))) {
                    warnings.add(d.getCode() + ": " + d.getMessage(null));
                }
            }
            return warnings;
        }
    }

    private static Run run(Map<String, Program> programs) {
        List<JavaFileObject> files = new ArrayList<>();
        programs.forEach((name, program) -> {
            files.add(JavaFileObjects.forSourceString(Printer.PACKAGE + "." + name, Printer.main(program, name)));
            String library = Printer.library(program, name);
            if (library != null) {
                files.add(JavaFileObjects.forSourceString(Printer.PACKAGE + "." + Printer.libraryName(name),
                        library));
            }
        });
        Run run = new Run(programs);
        try {
            run.compilation = javac().withProcessors(IsolatedProcessor.create())
                    .withOptions("-Xlint:all", "-Xlint:-processing").compile(files);
        } catch (RuntimeException e) {
            run.crash = e;
        }
        return run;
    }
}
