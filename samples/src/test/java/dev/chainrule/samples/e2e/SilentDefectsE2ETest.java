package dev.chainrule.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chainrule.runtime.Gradients;
import dev.chainrule.runtime.Hessians;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * Checks (a)–(k) over {@link SilentDefects}: programs whose derivatives were once silently wrong, whose generated
 * code did not compile, or that crashed where the plain method did not. Each has its Commons Math oracle, and the
 * worked numbers of the reports that found them are checked as they were given.
 */
class SilentDefectsE2ETest extends FixtureChecks {

    @Override
    Stream<Fixture> fixtures() {
        Class<?> c = SilentDefects.class;
        List<Fixture> all = List.of(
                Fixture.of(c, "accInLoop", x -> x[0].multiply(x[0]).multiply(3)),
                Fixture.of(c, "subtractInLoop", x -> {
                    DerivativeStructure s = x[0].multiply(0);
                    for (int r = 0; r < 3; r++) {
                        DerivativeStructure d1 = x[0].sin().multiply(-(r + 1));
                        s = s.add(x[0].multiply(d1).multiply(d1));
                    }
                    return s;
                }),
                Fixture.of(c, "matrixInLoop", x -> x[0].pow(3).multiply(5)),
                Fixture.of(c, "accumulateInBranch", x -> x[0].multiply(x[0]).multiply(1 + 3)
                        .subtract(x[0].multiply(2 + 4))),
                Fixture.of(c, "accumulateInWhile", x -> {
                    DerivativeStructure s = x[0].multiply(0);
                    for (int r = 0; r < 3; r++) {
                        DerivativeStructure d = x[0].multiply((r + 1) * (r + 2) / 2);
                        s = s.add(d.multiply(d));
                    }
                    return s;
                }),
                Fixture.scalar(c, "propagate", a -> {
                    DerivativeStructure[][] p = a.matrix(0);
                    DerivativeStructure[] x = a.vector(1);
                    for (int t = 0; t < 3; t++) {
                        DerivativeStructure[] next = new DerivativeStructure[x.length];
                        for (int i = 0; i < x.length; i++) {
                            next[i] = a.constant(0);
                            for (int j = 0; j < x.length; j++) {
                                next[i] = next[i].add(p[i][j].multiply(x[j]));
                            }
                        }
                        x = next;
                    }
                    return x[0];
                }).shape(0, 3, 3).shape(1, 3).all(-1, 1),
                Fixture.scalar(c, "growingArrays", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure s = a.constant(0);
                    for (int r = 1; r <= x.length; r++) {
                        for (int i = 0; i < r; i++) {
                            s = s.add(x[i].multiply(x[r - 1]).multiply(i + 1));
                        }
                    }
                    return s;
                }).shape(0, 4),
                Fixture.of(c, "callInLoop", x -> x[0].multiply(x[0]).multiply(81)),
                Fixture.scalar(c, "annotatedCallInLoop", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure[] y = x;
                    for (int k = 0; k < 2; k++) {
                        DerivativeStructure[] z = new DerivativeStructure[y.length];
                        for (int i = 0; i < y.length; i++) {
                            DerivativeStructure scaled = y[i].multiply(0.5).add(y[i].sin());
                            z[i] = scaled.multiply(scaled).add(scaled.multiply(0.5));
                        }
                        y = z;
                    }
                    DerivativeStructure s = a.constant(0);
                    for (int i = 0; i < y.length; i++) {
                        s = s.add(y[i].multiply(x[i]));
                    }
                    return s;
                }).shape(0, 3).all(-1, 1),
                Fixture.of(c, "minInt", x -> x[0]),
                Fixture.of(c, "longProduct", x -> x[0].multiply(9)),
                // wrapped: 1; low: 1; saturated: 3; quotient: -3; remainder: -1; big - 2^53: 0
                Fixture.of(c, "integerEdges", x -> x[0].multiply(1 + 1 + 3 - 3 - 1)),
                Fixture.of(c, "constantCast", x -> x[0]),
                Fixture.scalar(c, "andWithTernary", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    int i = a.integer(1);
                    boolean taken = i < x.length && (x[i].getValue() > 0 ? x[i].getValue() : 0) > 1;
                    return taken ? x[0].multiply(2) : x[0].multiply(x[0]);
                }).shape(0, 3).range(1, 0, 5).accept(p -> Math.abs(p[Math.min((int) p[3], 2)] - 1) > 1e-3),
                Fixture.scalar(c, "orWithTernary", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    int i = a.integer(1);
                    boolean taken = i >= x.length || (x[i].getValue() > 0 ? x[i].getValue() : 0) > 1;
                    return taken ? x[0].multiply(2) : x[0].multiply(x[0]);
                }).shape(0, 3).range(1, 0, 5).accept(p -> Math.abs(p[Math.min((int) p[3], 2)] - 1) > 1e-3),
                Fixture.scalar(c, "guardedDivision", a -> {
                    DerivativeStructure x = a.scalar(0);
                    int n = a.integer(1);
                    boolean taken = n != 0 && (x.getValue() > 0 ? 10 / n : 1) > 2;
                    return taken ? x.multiply(3) : x.multiply(x);
                }).range(1, -3, 3).accept(p -> Math.abs(p[0]) > 1e-3),
                Fixture.scalar(c, "whileWithTernary", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure s = a.constant(0);
                    for (int i = 0; i < x.length && Math.abs(x[i].getValue()) < 5; i++) {
                        s = s.add(x[i].multiply(x[i].sin()));
                    }
                    return s;
                }).shape(0, 4).all(-7, 7).accept(p -> {
                    for (double v : p) {
                        if (Math.abs(Math.abs(v) - 5) < 1e-3) {
                            return false;
                        }
                    }
                    return true;
                }),
                Fixture.of(c, "ternaryInCondition", x -> Math.abs(x[0].getValue()) < 1 ? x[0].multiply(x[0]).multiply(2)
                        : x[0].multiply(x[0])).accept(p -> Math.abs(Math.abs(p[0]) - 1) > 1e-3),
                Fixture.of(c, "dampedOscillator", x -> {
                    DerivativeStructure omegaD = x[2].multiply(x[3].multiply(x[3]).negate().add(1).sqrt());
                    DerivativeStructure envelope = x[1].multiply(x[3].negate().multiply(x[2]).multiply(x[0]).exp());
                    return envelope.multiply(omegaD.multiply(x[0]).cos()
                            .add(x[3].multiply(x[2]).divide(omegaD).multiply(omegaD.multiply(x[0]).sin())));
                }).range(2, 0.5, 2).range(3, -0.9, 0.9),
                Fixture.scalar(c, "copyBeforeEarlyReturn", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure y = a.scalar(1);
                    return y.getValue() > 0 ? y.multiply(y) : x[x.length - 1].multiply(y);
                }).shape(0, 3).accept(p -> Math.abs(p[3]) > 1e-3));
        all.forEach(f -> f.sampled(f.pointCount(12)));
        return all.stream();
    }

    /** The numbers the report gave: d/dx of {@code accInLoop} at 0.7 is 6x = 4.2 in every mode. */
    @Test
    void accumulationIntoAnArrayAllocatedInALoopAsReported() {
        assertEquals(4.2, SilentDefectsDerivatives.accInLoopJvp(0.7, 1).tangent(), 1e-14);
        assertEquals(4.2, SilentDefectsDerivatives.accInLoopGradient(0.7).x(), 1e-14);
        assertEquals(4.2, Gradients.gradient(SilentDefectsDerivatives.accInLoop(), new double[] {0.7})[0], 1e-14);
        assertEquals(6, Hessians.hvp(SilentDefectsDerivatives.accInLoop(), new double[] {0.7}, new double[] {1})[0],
                1e-14);
    }

    @Test
    void markovChainGradientAsReported() {
        double[] point = {.9, .1, .3, .7, .25, .75};
        assertArrayEquals(new double[] {0.81, 1.68, 0.07, 0.18, 0.804, 0.196},
                Gradients.gradient(SilentDefectsDerivatives.propagate(2, 2, 2), point), 1e-14);
    }

    /** f = 81x²: the Hessian-vector product along 1 is 162. */
    @Test
    void hessianThroughAnArrayCalleeInALoopAsReported() {
        assertEquals(162, Hessians.hvp(SilentDefectsDerivatives.callInLoop(), new double[] {0.7}, new double[] {1})[0],
                1e-12);
    }

    @Test
    void foldedIntegersAgreeWithThePlainMethod() {
        assertEquals(SilentDefects.minInt(0.7), SilentDefectsDerivatives.minIntJvp(0.7, 1).value());
        assertEquals(1.0, SilentDefectsDerivatives.minIntJvp(0.7, 1).tangent());
        assertEquals(9.0, SilentDefectsDerivatives.longProductJvp(0.7, 1).tangent());
    }

    @Test
    void rightSideOfAndIsNotEvaluatedPastTheArray() {
        double[] x = {0.5, 2, 3};
        assertEquals(0.25, SilentDefectsDerivatives.andWithTernaryJvp(x, new double[] {1, 0, 0}, 3).value());
        assertEquals(1.0, SilentDefectsDerivatives.andWithTernaryGradient(x, 3).x()[0], 1e-15);
        assertEquals(1.0, SilentDefectsDerivatives.guardedDivisionGradient(0.5, 0).x(), 1e-15);
    }
}
