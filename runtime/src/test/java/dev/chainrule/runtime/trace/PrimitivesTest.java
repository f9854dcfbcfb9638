package dev.chainrule.runtime.trace;

import static dev.chainrule.runtime.trace.Oracles.NUMERIC;
import static dev.chainrule.runtime.trace.Oracles.ROUNDING;
import static dev.chainrule.runtime.trace.Oracles.assertClose;
import static dev.chainrule.runtime.trace.Oracles.assertConsistent;

import dev.chainrule.runtime.Gradients;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every primitive of the rule table, and a few compositions of them, traced: the compiled tape, the interpreted tape,
 * central differences and Commons Math's {@link DerivativeStructure} agree on the gradient, forward mode agrees with
 * reverse mode, and the tangent and adjoint satisfy {@code <J·v, w> = <v, Jᵀ·w>}, at seeded random points inside
 * each primitive's domain.
 */
class PrimitivesTest {

    private static final int POINTS = 4;

    /** A traced function, the same function over derivative structures, and a box of points to try it at. */
    record Case(String name, TraceableScalar traced, Function<DerivativeStructure[], DerivativeStructure> reference,
                double[] low, double[] high) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                unary("neg", Active::neg, DerivativeStructure::negate, -3, 3),
                unary("sin", ActiveMath::sin, DerivativeStructure::sin, -10, 10),
                unary("cos", ActiveMath::cos, DerivativeStructure::cos, -10, 10),
                unary("tan", ActiveMath::tan, DerivativeStructure::tan, -1.4, 1.4),
                unary("asin", ActiveMath::asin, DerivativeStructure::asin, -0.95, 0.95),
                unary("acos", ActiveMath::acos, DerivativeStructure::acos, -0.95, 0.95),
                unary("atan", ActiveMath::atan, DerivativeStructure::atan, -10, 10),
                unary("sinh", ActiveMath::sinh, DerivativeStructure::sinh, -3, 3),
                unary("cosh", ActiveMath::cosh, DerivativeStructure::cosh, -3, 3),
                unary("tanh", ActiveMath::tanh, DerivativeStructure::tanh, -3, 3),
                unary("exp", ActiveMath::exp, DerivativeStructure::exp, -3, 3),
                unary("expm1", ActiveMath::expm1, DerivativeStructure::expm1, -3, 3),
                unary("log", ActiveMath::log, DerivativeStructure::log, 0.1, 10),
                unary("log10", ActiveMath::log10, DerivativeStructure::log10, 0.1, 10),
                unary("log1p", ActiveMath::log1p, DerivativeStructure::log1p, -0.9, 10),
                unary("sqrt", ActiveMath::sqrt, DerivativeStructure::sqrt, 0.1, 10),
                unary("cbrt", ActiveMath::cbrt, DerivativeStructure::cbrt, 0.1, 10),
                unary("abs", ActiveMath::abs, DerivativeStructure::abs, -3, 3),
                binary("add", Active::add, DerivativeStructure::add, -3, 3, -3, 3),
                binary("sub", Active::sub, DerivativeStructure::subtract, -3, 3, -3, 3),
                binary("mul", Active::mul, DerivativeStructure::multiply, -3, 3, -3, 3),
                binary("div", Active::div, DerivativeStructure::divide, -3, 3, 0.5, 3),
                // Away from the jumps, and where Java's remainder (truncating) and Commons Math's (IEEE, rounding)
                // agree: a / b stays strictly between 1 and 1.5.
                binary("rem", Active::rem, DerivativeStructure::remainder, 3.2, 4.4, 3.0, 3.1),
                binary("atan2", ActiveMath::atan2, (y, x) -> DerivativeStructure.atan2(y, x), -3, 3, -3, 3),
                binary("pow", ActiveMath::pow, DerivativeStructure::pow, 0.5, 3, -2, 2),
                binary("hypot", ActiveMath::hypot, (a, b) -> DerivativeStructure.hypot(a, b), -3, 3, -3, 3),
                binary("min", ActiveMath::min, (a, b) -> a.getValue() < b.getValue() ? a : b, -3, 3, -3, 3),
                binary("max", ActiveMath::max, (a, b) -> a.getValue() > b.getValue() ? a : b, -3, 3, -3, 3),
                // fma rounds once where a · b + c rounds twice: equal to rounding at these points.
                new Case("fma", x -> ActiveMath.fma(x[0], x[1], x[2]), x -> x[0].multiply(x[1]).add(x[2]),
                        filled(3, -3), filled(3, 3)),
                // Magnitudes away from 0, signs of both kinds: no derivative flows to the sign.
                binary("copySign", ActiveMath::copySign, DerivativeStructure::copySign, 0.5, 3, -3, 3),
                new Case("composition", PrimitivesTest::composition, PrimitivesTest::composition,
                        new double[] {0.2, -1, 0.5}, new double[] {2, 1, 2}),
                new Case("rosenbrock", Oracles::rosenbrock, PrimitivesTest::rosenbrock,
                        filled(6, -2), filled(6, 2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyEngineAgreesWithTheReferences(Case c) {
        TracedFunction compiled = Tracing.scalar(c.low().length, c.traced(), Execution.COMPILED);
        TracedFunction interpreted = Tracing.scalar(c.low().length, c.traced(), Execution.INTERPRETED);
        Random random = new Random(c.name().hashCode());
        for (int p = 0; p < POINTS; p++) {
            double[] x = point(random, c.low(), c.high());
            String at = c + " at point " + p;
            double[] fromCompiled = Gradients.gradient(compiled, x);
            double[] fromInterpreted = Gradients.gradient(interpreted, x);
            assertClose(fromInterpreted, fromCompiled, ROUNDING, at + ": compiled vs interpreted");
            assertClose(reference(c, x), fromCompiled, ROUNDING, at + ": vs DerivativeStructure");
            assertClose(Oracles.centralGradient(z -> compiled.value(z)[0], x), fromCompiled, NUMERIC,
                    at + ": vs central differences");
            double[] v = point(random, filled(x.length, -1), filled(x.length, 1));
            double[] w = {random.nextGaussian()};
            assertConsistent(compiled, x, v, w, at + " (compiled)");
            assertConsistent(interpreted, x, v, w, at + " (interpreted)");
        }
    }

    private static Case unary(String name, Function<Active, Active> traced,
            Function<DerivativeStructure, DerivativeStructure> reference, double low, double high) {
        return new Case(name, x -> traced.apply(x[0]), x -> reference.apply(x[0]), new double[] {low},
                new double[] {high});
    }

    private static Case binary(String name, java.util.function.BinaryOperator<Active> traced,
            java.util.function.BinaryOperator<DerivativeStructure> reference, double low0, double high0, double low1,
            double high1) {
        return new Case(name, x -> traced.apply(x[0], x[1]), x -> reference.apply(x[0], x[1]),
                new double[] {low0, low1}, new double[] {high0, high1});
    }

    /** {@code sqrt(x0² + x1² + 1) · exp(-x2) + (x0² + 1)^x1 / hypot(x1, x2) - log(x0) · tanh(x1 · x2)}. */
    private static Active composition(Active[] x) {
        Active a = ActiveMath.sqrt(x[0].mul(x[0]).add(x[1].mul(x[1])).add(1)).mul(ActiveMath.exp(x[2].neg()));
        Active b = ActiveMath.pow(x[0].mul(x[0]).add(1), x[1]).div(ActiveMath.hypot(x[1], x[2]));
        return a.add(b).sub(ActiveMath.log(x[0]).mul(ActiveMath.tanh(x[1].mul(x[2]))));
    }

    private static DerivativeStructure composition(DerivativeStructure[] x) {
        DerivativeStructure a = x[0].multiply(x[0]).add(x[1].multiply(x[1])).add(1).sqrt()
                .multiply(x[2].negate().exp());
        DerivativeStructure b = x[0].multiply(x[0]).add(1).pow(x[1]).divide(DerivativeStructure.hypot(x[1], x[2]));
        return a.add(b).subtract(x[0].log().multiply(x[1].multiply(x[2]).tanh()));
    }

    private static DerivativeStructure rosenbrock(DerivativeStructure[] x) {
        DerivativeStructure s = x[0].getField().getZero();
        for (int i = 0; i < x.length - 1; i++) {
            DerivativeStructure a = x[i].negate().add(1);
            DerivativeStructure b = x[i + 1].subtract(x[i].multiply(x[i]));
            s = s.add(a.multiply(a).add(b.multiply(b).multiply(100)));
        }
        return s;
    }

    private static double[] reference(Case c, double[] x) {
        int n = x.length;
        DerivativeStructure[] variables = new DerivativeStructure[n];
        for (int i = 0; i < n; i++) {
            variables[i] = new DerivativeStructure(n, 1, i, x[i]);
        }
        DerivativeStructure result = c.reference().apply(variables);
        double[] gradient = new double[n];
        for (int i = 0; i < n; i++) {
            int[] orders = new int[n];
            orders[i] = 1;
            gradient[i] = result.getPartialDerivative(orders);
        }
        return gradient;
    }

    private static double[] point(Random random, double[] low, double[] high) {
        double[] x = new double[low.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = low[i] + (high[i] - low[i]) * random.nextDouble();
        }
        return x;
    }

    private static double[] filled(int n, double value) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, value);
        return a;
    }
}
