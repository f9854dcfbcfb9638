package dev.chainrule.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.Gradients;
import dev.chainrule.runtime.Hessians;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A share of the corpus against an independent oracle: Commons Math's {@link DerivativeStructure} running the same
 * arithmetic to second order gives the gradient and the Hessian, which the generated reverse mode and
 * Hessian-vector product must match to rounding ({@link Tolerance#TIGHT}), at the same points as
 * {@link CorpusTest}.
 */
class OracleTest {

    @TestFactory
    Stream<DynamicTest> generatedDerivativesMatchDerivativeStructures() {
        Map<String, Case> cases = new HashMap<>();
        for (Case c : Catalog.all()) {
            cases.put(c.label(), c);
        }
        return Oracles.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Case spec = cases.get(e.getKey());
            List<String> failures = new ArrayList<>();
            for (Point p : Point.of(new CorpusMethod(spec), spec)) {
                failures.addAll(compare(e.getValue(), p, spec.random()));
            }
            assertTrue(failures.isEmpty(), () -> e.getKey() + ":\n  " + String.join("\n  ",
                    failures.subList(0, Math.min(5, failures.size()))));
        }));
    }

    private static List<String> compare(Oracles.Oracle oracle, Point p, Random random) {
        int n = p.x().length;
        DerivativeStructure[] v = new DerivativeStructure[n];
        for (int k = 0; k < n; k++) {
            v[k] = new DerivativeStructure(n, 2, k, p.x()[k]);
        }
        DerivativeStructure y = oracle.apply(v, p.args());
        double[] direction = Args.vectorOf(random, n, -1, 1);
        double[] gradient = new double[n];
        double[] hv = new double[n];
        for (int j = 0; j < n; j++) {
            gradient[j] = y.getPartialDerivative(unit(n, j, -1));
            for (int k = 0; k < n; k++) {
                hv[j] += y.getPartialDerivative(unit(n, j, k)) * direction[k];
            }
        }
        List<String> failures = new ArrayList<>();
        agree("gradient", Gradients.gradient(p.view(), p.x()), gradient, p, failures);
        agree("Hv", Hessians.hvp(p.view(), p.x(), direction), hv, p, failures);
        return failures;
    }

    /** The derivative orders of {@code ∂/∂x_j} ({@code k < 0}) or {@code ∂²/∂x_j∂x_k}. */
    private static int[] unit(int n, int j, int k) {
        int[] orders = new int[n];
        orders[j]++;
        if (k >= 0) {
            orders[k]++;
        }
        return orders;
    }

    private static void agree(String what, double[] generated, double[] oracle, Point p, List<String> failures) {
        double rowMax = Math.max(Tolerance.rowMax(generated), Tolerance.rowMax(oracle));
        for (int k = 0; k < oracle.length; k++) {
            if (!Tolerance.close(generated[k], oracle[k], rowMax, Tolerance.TIGHT)) {
                failures.add(what + "[" + k + "] = " + generated[k] + " but DerivativeStructure gives " + oracle[k]
                        + " at " + p.describe());
            }
        }
    }
}
