package dev.chainrule.samples;

import dev.chainrule.samples.fit.ConstrainedFit;
import dev.chainrule.samples.fit.LotkaVolterraSensitivity;
import dev.chainrule.samples.fit.NistFit;
import java.io.PrintStream;

/**
 * Runs every sample, in order: the seed's worked examples ({@link SeedExamples}), the 2-layer network trained with
 * the generated reverse mode ({@link NetworkExample}), the Jacobian example in every mode ({@link JacobianExample}),
 * then the generated derivatives in Hipparchus through the {@code chainrule-hipparchus} adapters: a
 * Levenberg–Marquardt fits of NIST's Misra1a and Lanczos3 with the exact Jacobian against forward differences
 * ({@link NistFit}), ODE sensitivities from the variational equation ({@link LotkaVolterraSensitivity}) and a
 * constrained fit by SQP with the exact Hessian ({@link ConstrainedFit}). This is what {@code mvn -q -Prun-samples -DskipTests verify} runs from the repository
 * root; the build fails (non-zero exit) if any sample's check fails.
 */
public final class Samples {

    private Samples() {
    }

    /**
     * Runs every sample; each runs even if an earlier one failed.
     *
     * @param args ignored
     * @throws IllegalStateException if any sample's check failed
     */
    public static void main(String[] args) {
        PrintStream out = System.out;
        int failed = 0;
        try {
            SeedExamples.main(args);
        } catch (IllegalStateException e) {
            out.println("FAIL: " + e.getMessage());
            failed++;
        }
        out.println();
        failed += NetworkExample.run(out) > 0 ? 1 : 0;
        out.println();
        failed += JacobianExample.run(out) > 0 ? 1 : 0;
        out.println();
        failed += NistFit.run(out) > 0 ? 1 : 0;
        out.println();
        failed += LotkaVolterraSensitivity.run(out) > 0 ? 1 : 0;
        out.println();
        failed += ConstrainedFit.run(out) > 0 ? 1 : 0;
        out.println();
        if (failed > 0) {
            throw new IllegalStateException(failed + " sample(s) failed, see above");
        }
        out.println("All samples passed.");
    }
}
