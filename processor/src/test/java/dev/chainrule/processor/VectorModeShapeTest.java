package dev.chainrule.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which shape the vector forward mode takes: blocks of four directions where the body can run again and stays small
 * enough for the JIT, the loops over the directions otherwise.
 */
class VectorModeShapeTest {

    private static final String BLOCKS = "dir += 4";
    private static final String LOOPS = "for (int dir = 0; dir < directions; dir++)";

    @Test
    void aSmallBodyRunsInBlocks() {
        String jvps = jvps("double s = 0;", "for (int i = 0; i < x.length; i++) {", "s += Math.sin(x[i]);", "}",
                "return s;");
        assertTrue(jvps.contains(BLOCKS), jvps);
        assertFalse(jvps.contains(LOOPS), jvps);
    }

    @Test
    void anEarlyReturnKeepsTheLoops() {
        String jvps = jvps("if (x[0] > 0) {", "return x[0] * x[1];", "}", "return x[1];");
        assertTrue(jvps.contains(LOOPS), jvps);
        assertFalse(jvps.contains(BLOCKS), jvps);
    }

    @Test
    void aBodyTooBigForTheJitInBlocksKeepsTheLoops() {
        List<String> body = new ArrayList<>(List.of("double s = x[0];"));
        for (int k = 0; k < 60; k++) {
            body.add("s = Math.sin(s) * x[1] + s;");
        }
        body.add("return s;");
        String jvps = jvps(body.toArray(new String[0]));
        assertTrue(jvps.contains(LOOPS), "no loops");
        assertFalse(jvps.contains(BLOCKS), "blocks");
    }

    /** The generated {@code fJvps} of {@code @Differentiable static double f(double[] x)} with the given body. */
    private static String jvps(String... body) {
        List<String> lines = new ArrayList<>(List.of("package shapes;", "import dev.chainrule.Differentiable;",
                "public final class Shapes {", "@Differentiable", "public static double f(double[] x) {"));
        lines.addAll(List.of(body));
        lines.addAll(List.of("}", "}"));
        Compilation compilation = Compilations.compile(Compilations.source("shapes.Shapes",
                lines.toArray(new String[0])));
        assertThat(compilation).succeeded();
        String generated = Compilations.generated(compilation, "shapes.ShapesDerivatives");
        int start = generated.indexOf("public static Duals fJvps(");
        return generated.substring(start, generated.indexOf("\n    }\n", start));
    }
}
