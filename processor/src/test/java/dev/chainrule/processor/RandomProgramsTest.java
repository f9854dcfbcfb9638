package dev.chainrule.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.chainrule.runtime.Dual;
import dev.chainrule.runtime.support.Tape;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Random programs through the whole pipeline: a seeded generator writes straight-line and looping
 * {@code @Differentiable} methods (expression trees over a few double locals, a {@code double[]} parameter and two
 * scalars; for loops with accumulations, ifs on comparisons of active values, ternaries, while loops with breaks),
 * javac compiles them in memory with the processor, and the generated forward and reverse code are called by
 * reflection and compared with each other (1e-12), with the original's value (bit for bit), and with central
 * differences where the program is smooth around the point.
 */
class RandomProgramsTest {

    private static final int PROGRAMS = 48;
    private static final int POINTS = 6;
    private static final int LENGTH = 4;
    private static final long SEED = 20240603L;

    // ---- the generator ---------------------------------------------------------------------------------------------

    /** Writes one random program as the body of {@code static double f(double[] x, double a, double b)}. */
    static final class Generator {
        private final Random random;
        private final StringBuilder body = new StringBuilder();
        private final int locals;
        private final java.util.ArrayDeque<String> loopIndices = new java.util.ArrayDeque<>();
        private int loopDepth;
        private int whileCount;
        private int declared;
        private int indent = 2;

        Generator(long seed) {
            this.random = new Random(seed);
            this.locals = 2 + random.nextInt(3);
        }

        String method() {
            for (int v = 0; v < locals; v++) {
                line("double d" + v + " = " + expression(2) + ";");
                declared = v + 1;
            }
            int statements = 2 + random.nextInt(5);
            for (int s = 0; s < statements; s++) {
                statement(0);
            }
            StringBuilder result = new StringBuilder("d0");
            for (int v = 1; v < locals; v++) {
                result.append(random.nextBoolean() ? " + " : " * 0.5 - ").append('d').append(v);
            }
            line("return " + result + ";");
            return body.toString();
        }

        private void statement(int depth) {
            int kind = depth >= 2 ? random.nextInt(3) : random.nextInt(8);
            String target = "d" + random.nextInt(locals);
            switch (kind) {
                case 0 -> line(target + " = " + bounded(expression(3)) + ";");
                case 1 -> line(target + " += " + bounded(expression(2)) + ";");
                case 2 -> line(target + " = " + target + " * " + constant() + " + " + bounded(expression(2)) + ";");
                case 3, 4 -> forLoop(depth);
                case 5 -> ifElse(depth);
                case 6 -> whileLoop(depth);
                default -> line(target + " = " + comparison() + " ? " + bounded(expression(2)) + " : "
                        + bounded(expression(2)) + ";");
            }
        }

        private void forLoop(int depth) {
            String i = "i" + loopDepth;
            line("for (int " + i + " = 0; " + i + " < x.length; " + i + "++) {");
            loopIndices.push(i);
            loopDepth++;
            indent++;
            String target = "d" + random.nextInt(locals);
            line(target + " = " + target + " * " + constant() + " + " + bounded(expression(2)) + ";");
            if (random.nextInt(3) == 0) {
                statement(depth + 1);
            }
            if (depth == 0 && random.nextInt(3) == 0) {
                // a local set afresh by each outer iteration and read by an inner loop's nonlinear terms
                int freshIndex = random.nextInt(locals);
                String fresh = "d" + freshIndex;
                String sum = "d" + (freshIndex + 1 + random.nextInt(locals - 1)) % locals;
                line(fresh + " = " + (random.nextBoolean() ? "x[" + i + "] * " + constant()
                        : bounded("x[" + i + "] * " + constant() + " + " + leaf())) + ";");
                String j = "j" + loopDepth;
                line("for (int " + j + " = 0; " + j + " < x.length; " + j + "++) {");
                indent++;
                String[] f = {"Math.sin", "Math.cos", "Math.tanh"};
                line(sum + " += 0.3 * " + f[random.nextInt(f.length)] + "(x[" + j + "] - " + fresh + ");");
                indent--;
                line("}");
            }
            if (random.nextInt(4) == 0) {
                line("if (" + comparison() + ") {");
                indent++;
                line(random.nextBoolean() ? "continue;" : "break;");
                indent--;
                line("}");
            }
            indent--;
            loopDepth--;
            loopIndices.pop();
            line("}");
        }

        private void whileLoop(int depth) {
            String k = "k" + whileCount++;
            line("int " + k + " = 0;");
            line("while (" + k + " < " + (1 + random.nextInt(5)) + ") {");
            loopIndices.push(k);
            loopDepth++;
            indent++;
            String target = "d" + random.nextInt(locals);
            line(target + " = " + bounded(expression(2)) + " + " + target + " * " + constant() + ";");
            line(k + "++;");
            if (random.nextBoolean()) {
                line("if (" + comparison() + ") {");
                indent++;
                line("break;");
                indent--;
                line("}");
            }
            indent--;
            loopDepth--;
            loopIndices.pop();
            line("}");
        }

        private void ifElse(int depth) {
            line("if (" + comparison() + ") {");
            indent++;
            statement(depth + 1);
            indent--;
            line("} else {");
            indent++;
            statement(depth + 1);
            indent--;
            line("}");
        }

        private String comparison() {
            String[] ops = {"<", ">", "<=", ">="};
            String c = expression(1) + " " + ops[random.nextInt(ops.length)] + " " + expression(1);
            return random.nextInt(4) == 0 ? c + (random.nextBoolean() ? " && " : " || ") + leaf() + " > 0" : c;
        }

        /** Keeps values in a moderate range so that random programs neither overflow nor lose all precision. */
        private String bounded(String e) {
            return switch (random.nextInt(4)) {
                case 0 -> "Math.tanh(" + e + ")";
                case 1 -> "Math.sin(" + e + ")";
                default -> "(" + e + ") / (1 + (" + e + ") * (" + e + "))";
            };
        }

        private String expression(int depth) {
            if (depth == 0 || random.nextInt(4) == 0) {
                return leaf();
            }
            String a = expression(depth - 1);
            String b = expression(depth - 1);
            return switch (random.nextInt(12)) {
                case 0, 1 -> "(" + a + " + " + b + ")";
                case 2 -> "(" + a + " - " + b + ")";
                case 3, 4 -> "(" + a + " * " + b + ")";
                case 5 -> "(" + a + " / (1.5 + " + b + " * " + b + "))";
                case 6 -> "Math.sin(" + a + ")";
                case 7 -> "Math.cos(" + a + ")";
                case 8 -> "Math.exp(Math.sin(" + a + "))";
                case 9 -> "Math.sqrt(1 + " + a + " * " + a + ")";
                case 10 -> "Math.log(2 + Math.cos(" + a + "))";
                default -> "(-(" + a + "))";
            };
        }

        private String leaf() {
            int kind = random.nextInt(loopDepth > 0 ? 6 : 5);
            return switch (kind) {
                case 0 -> declared == 0 ? "a" : "d" + random.nextInt(declared);
                case 1 -> random.nextBoolean() ? "a" : "b";
                case 2 -> "x[" + random.nextInt(LENGTH) + "]";
                case 3 -> constant();
                case 4 -> declared == 0 ? "b" : "d" + random.nextInt(declared);
                default -> "x[" + indexExpression() + "]";
            };
        }

        private String indexExpression() {
            String i = loopIndices.peek();
            if (i.startsWith("k")) {
                // inside a while loop: its counter is bounded by x.length only through the modulus
                return "(" + i + " % x.length)";
            }
            return switch (random.nextInt(3)) {
                case 0 -> i;
                case 1 -> "x.length - 1 - " + i;
                default -> "(" + i + " + 1) % x.length";
            };
        }

        private String constant() {
            double c = Math.round((random.nextDouble() * 2 - 1) * 100) / 100.0;
            return c < 0 ? "(" + c + ")" : String.valueOf(c);
        }

        private void line(String s) {
            body.append("    ".repeat(indent)).append(s).append('\n');
        }
    }

    static String source(int index, String body) {
        return "package gen;\n\n"
                + "import dev.chainrule.Differentiable;\n\n"
                + "public final class P" + index + " {\n"
                + "    @Differentiable\n"
                + "    public static double f(double[] x, double a, double b) {\n"
                + body
                + "    }\n"
                + "}\n";
    }

    // ---- compiling and loading ---------------------------------------------------------------------------------

    /** Defines the class files of a compilation, falling back to the test's own loader for everything else. */
    static final class CompiledClasses extends ClassLoader {
        private final Map<String, byte[]> classes = new HashMap<>();

        CompiledClasses(Compilation compilation) {
            super(RandomProgramsTest.class.getClassLoader());
            for (JavaFileObject file : compilation.generatedFiles()) {
                if (file.getKind() != JavaFileObject.Kind.CLASS) {
                    continue;
                }
                String path = file.toUri().getPath();
                String name = path.substring(path.indexOf("/gen/") + 1, path.length() - ".class".length())
                        .replace('/', '.');
                try (InputStream in = file.openInputStream()) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    in.transferTo(out);
                    classes.put(name, out.toByteArray());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }

    private static Object invoke(Method m, Object... args) {
        try {
            return m.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw new AssertionError(m + " threw " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean close(double expected, double actual, double tolerance, double scale) {
        if (Double.compare(expected, actual) == 0) {
            return true;
        }
        return Double.isFinite(expected) && Double.isFinite(actual)
                && Math.abs(expected - actual) <= tolerance * Math.max(Math.max(Math.abs(expected), Math.abs(actual)),
                        scale);
    }

    // ---- the test ----------------------------------------------------------------------------------------------

    @Test
    void randomProgramsAgreeInBothModesAndWithCentralDifferences() throws Exception {
        long start = System.nanoTime();
        List<JavaFileObject> sources = new ArrayList<>();
        Map<Integer, String> texts = new HashMap<>();
        for (int p = 0; p < PROGRAMS; p++) {
            String text = source(p, new Generator(SEED + p).method());
            texts.put(p, text);
            sources.add(JavaFileObjects.forSourceString("gen.P" + p, text));
        }
        String dump = System.getProperty("randomPrograms.dump");
        if (dump != null) {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(dump));
            for (Map.Entry<Integer, String> e : texts.entrySet()) {
                java.nio.file.Files.writeString(java.nio.file.Path.of(dump, "P" + e.getKey() + ".java"), e.getValue());
            }
        }
        Compilation compilation = javac().withProcessors(new DifferentiableProcessor()).compile(sources);
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : compilation.errors()) {
            errors.add(d.getSource() == null ? d.getMessage(null)
                    : d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null));
        }
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> "random programs do not compile:\n"
                + String.join("\n", errors.subList(0, Math.min(errors.size(), 10))) + "\nfirst source:\n"
                + texts.get(0));
        CompiledClasses loader = new CompiledClasses(compilation);
        double compiled = (System.nanoTime() - start) / 1e9;

        List<String> failures = new ArrayList<>();
        int fdChecked = 0;
        int fdSkipped = 0;
        Random random = new Random(SEED);
        for (int p = 0; p < PROGRAMS; p++) {
            Class<?> original = loader.loadClass("gen.P" + p);
            Class<?> derivatives = loader.loadClass("gen.P" + p + "Derivatives");
            Method f = original.getMethod("f", double[].class, double.class, double.class);
            Method jvp = derivatives.getMethod("fJvp", double[].class, double[].class, double.class, double.class,
                    double.class, double.class);
            Method vjp = derivatives.getMethod("fVjp", double[].class, double.class, double.class, double.class,
                    double[].class, double[].class, double[].class);
            int n = LENGTH + 2;
            for (int point = 0; point < POINTS; point++) {
                double[] z = new double[n];
                for (int k = 0; k < n; k++) {
                    z[k] = 4 * random.nextDouble() - 2;
                }
                String at = "P" + p + " at " + Arrays.toString(z);
                double value = (double) invoke(f, x(z), z[LENGTH], z[LENGTH + 1]);
                // forward: one Jvp per unit tangent
                double[] forward = new double[n];
                for (int k = 0; k < n; k++) {
                    double[] v = new double[n];
                    v[k] = 1;
                    Dual d = (Dual) invoke(jvp, x(z), x(v), z[LENGTH], v[LENGTH], z[LENGTH + 1], v[LENGTH + 1]);
                    forward[k] = d.tangent();
                    if (Double.compare(d.value(), value) != 0) {
                        failures.add(at + ": Jvp value " + d.value() + ", method " + value);
                    }
                }
                // reverse: one Vjp, and the tape balanced afterwards
                double[] xBar = new double[LENGTH];
                double[] aBar = new double[1];
                double[] bBar = new double[1];
                Tape tape = Tape.current();
                int[] before = {tape.doubleCount(), tape.intCount(), tape.longCount(), tape.booleanCount(),
                    tape.objectCount(), tape.cellCount()};
                double returned = (double) invoke(vjp, x(z), z[LENGTH], z[LENGTH + 1], 1.0, xBar, aBar, bBar);
                int[] after = {tape.doubleCount(), tape.intCount(), tape.longCount(), tape.booleanCount(),
                    tape.objectCount(), tape.cellCount()};
                if (!Arrays.equals(before, after)) {
                    failures.add(at + ": tape " + Arrays.toString(before) + " -> " + Arrays.toString(after));
                }
                if (Double.compare(returned, value) != 0) {
                    failures.add(at + ": Vjp value " + returned + ", method " + value);
                }
                double[] reverse = new double[n];
                System.arraycopy(xBar, 0, reverse, 0, LENGTH);
                reverse[LENGTH] = aBar[0];
                reverse[LENGTH + 1] = bBar[0];
                double scale = 0;
                for (int k = 0; k < n; k++) {
                    scale = Math.max(scale, Math.max(Math.abs(forward[k]), Math.abs(reverse[k])));
                }
                for (int k = 0; k < n; k++) {
                    if (!close(forward[k], reverse[k], 1e-12, 1e-2 * scale)) {
                        failures.add(at + " d/dz" + k + ": forward " + forward[k] + ", reverse " + reverse[k]);
                    }
                }
                // central differences, at two steps; a branch boundary within the larger step shows as disagreement
                // between the two and the coordinate is skipped
                for (int k = 0; k < n; k++) {
                    double h = 6e-6 * Math.max(1, Math.abs(z[k]));
                    double coarse = difference(f, z, k, h);
                    double fine = difference(f, z, k, h / 8);
                    if (!close(coarse, fine, 1e-4, 1e-3)) {
                        fdSkipped++;
                        continue;
                    }
                    fdChecked++;
                    if (!close(coarse, reverse[k], 1e-6, Math.max(1e-3, scale))) {
                        failures.add(at + " d/dz" + k + ": central difference " + coarse + ", reverse "
                                + reverse[k]);
                    }
                }
            }
            if (failures.size() > 0 && !failures.get(failures.size() - 1).startsWith("P" + p + " source")) {
                String last = failures.get(failures.size() - 1);
                if (last.startsWith("P" + p + " ")) {
                    failures.add("P" + p + " source:\n" + texts.get(p));
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> shown = failures.subList(0, Math.min(failures.size(), 30));
        assertTrue(failures.isEmpty(), () -> failures.size() + " disagreements:\n" + String.join("\n", shown));
        assertTrue(fdChecked > 4 * fdSkipped, "central differences checked " + fdChecked + ", skipped " + fdSkipped);
        System.out.printf("RandomProgramsTest: %d programs compiled in %.1f s, checked in %.1f s; central differences"
                + " at %d coordinates (%d skipped near branch boundaries)%n", PROGRAMS, compiled, seconds - compiled,
                fdChecked, fdSkipped);
    }

    private static double[] x(double[] z) {
        return Arrays.copyOfRange(z, 0, LENGTH);
    }

    private static double difference(Method f, double[] z, int k, double h) {
        double[] up = z.clone();
        double[] down = z.clone();
        up[k] += h;
        down[k] -= h;
        double fUp = (double) invoke(f, x(up), up[LENGTH], up[LENGTH + 1]);
        double fDown = (double) invoke(f, x(down), down[LENGTH], down[LENGTH + 1]);
        return (fUp - fDown) / (up[k] - down[k]);
    }

    /**
     * A {@code long} local overwritten in a loop and needed by the backward sweep: the generated reverse code saves it
     * with {@code tape.pushObject(count)} (boxing; the tape has no long stack) and restores it with
     * {@code count = tape.popObject();}, which does not compile ("incompatible types: Object cannot be converted to
     * long"). The processor must generate compilable code or reject the construct with a diagnostic.
     */
    @Test
    void longLocalCarriedAcrossLoopIterationsCompiles() {
        JavaFileObject source = JavaFileObjects.forSourceString("gen.LongLocal", String.join("\n",
                "package gen;",
                "import dev.chainrule.Differentiable;",
                "public final class LongLocal {",
                "    @Differentiable",
                "    public static double strided(double[] x, int stride) {",
                "        double s = 0;",
                "        long count = 0;",
                "        for (int i = 0; i < x.length; i += stride) {",
                "            s += x[i] * (count + 1);",
                "            count++;",
                "        }",
                "        return s * s + count;",
                "    }",
                "}"));
        Compilation compilation = javac().withProcessors(new DifferentiableProcessor()).compile(source);
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : compilation.errors()) {
            errors.add((d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
                    + d.getMessage(null));
        }
        boolean rejectedWithDiagnostic = errors.stream().anyMatch(e -> e.contains("[AD/"));
        assertTrue(compilation.status() == Compilation.Status.SUCCESS || rejectedWithDiagnostic,
                () -> "generated code does not compile:\n" + String.join("\n", errors));
    }
}
