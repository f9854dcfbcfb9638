package dev.chainrule.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The samples command's main class runs every sample and reports success. */
class SamplesTest {

    @Test
    void mainRunsEverySampleAndPasses() {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            Samples.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String printed = buffer.toString(StandardCharsets.UTF_8);
        for (String title : new String[] {"1. y = sin(x^2)", "4. L = (a*b + c)^2", "5. The seed's 2-layer network",
                "6. Jacobian of f(x)", "7. Levenberg-Marquardt fits of NIST StRD problems", "8. Sensitivities of Lotka-Volterra",
                "9. Misra1a fitted with b1 <= 230"}) {
            assertTrue(printed.contains(title), "missing " + title);
        }
        assertTrue(printed.contains("All samples passed."), printed);
    }
}
