package dev.chainrule.samples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.samples.SeedExamples.Derivative;
import dev.chainrule.samples.SeedExamples.Evaluation;
import dev.chainrule.samples.SeedExamples.Example;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The examples {@link SeedExamples} prints agree with the seed's closed forms, in both modes. */
class SeedExamplesTest {

    private static final double RELATIVE = 1e-12;

    @Test
    void everyPrintedDerivativeMatchesItsClosedFormInBothModes() {
        List<Executable> checks = new ArrayList<>();
        for (Example example : SeedExamples.examples()) {
            for (Evaluation evaluation : example.evaluations()) {
                for (Derivative d : evaluation.derivatives()) {
                    String where = example.title() + " at " + evaluation.point() + ", " + d.name();
                    double tolerance = RELATIVE * Math.abs(d.closedForm());
                    checks.add(() -> assertEquals(d.closedForm(), d.forward(), tolerance, where + " (forward)"));
                    checks.add(() -> assertEquals(d.closedForm(), d.reverse(), tolerance, where + " (reverse)"));
                }
                checks.add(() -> assertTrue(evaluation.check().passes(SeedExamples.CHECK_TOLERANCE),
                        example.title() + " at " + evaluation.point() + ": " + evaluation.check()));
            }
        }
        assertEquals(3 * 3 + 2 * 3, countDerivatives(),
                "three single-variable examples at three points each, and L at two points with three partials");
        assertAll(checks);
    }

    @Test
    void vjpScalesBySeedAndAccumulatesIntoTheCallersArrays() {
        double[] aBar = {1};
        double[] bBar = {1};
        double[] cBar = {1};
        double value = SeedFunctionsDerivatives.graphLossVjp(1.5, -2.0, 0.5, 2.0, aBar, bBar, cBar);
        double[] closed = ClosedForms.graphLoss(1.5, -2.0, 0.5);
        assertEquals(6.25, value);
        assertEquals(1 + 2 * closed[0], aBar[0], RELATIVE * Math.abs(1 + 2 * closed[0]));
        assertEquals(1 + 2 * closed[1], bBar[0], RELATIVE * Math.abs(1 + 2 * closed[1]));
        assertEquals(1 + 2 * closed[2], cBar[0], RELATIVE * Math.abs(1 + 2 * closed[2]));
    }

    @Test
    void sampleValuesAreTheFunctionsOwn() {
        // The reverse mode returns the primal value: it must be the user's function, not an approximation of it.
        Evaluation first = SeedExamples.examples().get(0).evaluations().get(0);
        assertEquals(SeedFunctions.sinOfSquare(0.5), first.value());
        Evaluation graph = SeedExamples.examples().get(3).evaluations().get(0);
        assertEquals(SeedFunctions.graphLoss(1.5, -2.0, 0.5), graph.value());
        assertEquals(6.25, graph.value());
    }

    @Test
    void mainPrintsEveryExampleAndNoMismatch() {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            SeedExamples.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String printed = buffer.toString(StandardCharsets.UTF_8);
        for (Example example : SeedExamples.examples()) {
            assertTrue(printed.contains(example.title()), "missing " + example.title());
        }
        assertFalse(printed.contains("MISMATCH"), printed);
        assertFalse(printed.contains("FAIL"), printed);
        assertTrue(printed.contains("All generated derivatives match"), printed);
    }

    private static int countDerivatives() {
        return SeedExamples.examples().stream().flatMap(e -> e.evaluations().stream())
                .mapToInt(e -> e.derivatives().size()).sum();
    }
}
