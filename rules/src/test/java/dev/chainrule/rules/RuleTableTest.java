package dev.chainrule.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every row against central differences of its primitive at random points of its domain, and the policy's points. */
class RuleTableTest {

    @Test
    void everyPrimitiveHasOneRowWithOnePartialPerArgument() {
        for (Primitive p : Primitive.values()) {
            Rule rule = RuleTable.of(p);
            assertNotNull(rule, p.name());
            assertEquals(p.arity(), rule.partials().size(), p.name());
        }
        assertEquals(Primitive.values().length, RuleTable.all().size());
    }

    @Test
    void partialsMatchCentralDifferencesAtRandomPoints() {
        Random random = new Random(7);
        List<String> failures = new ArrayList<>();
        for (Primitive p : Primitive.values()) {
            for (int trial = 0; trial < 200; trial++) {
                double[] args = point(p, random);
                for (int i = 0; i < p.arity(); i++) {
                    int along = i;
                    double analytic = Evaluation.partial(p, i, args);
                    double numeric = Differences.richardson(t -> {
                        double[] moved = args.clone();
                        moved[along] = t;
                        return p.value(false, moved);
                    }, args[i]);
                    if (!(Math.abs(analytic - numeric) <= 1e-7 * Math.max(1, Math.abs(numeric)))) {
                        failures.add(p + " d/d" + i + " at " + java.util.Arrays.toString(args) + ": rule " + analytic
                                + ", differences " + numeric);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " disagreements, first: " + failures.subList(0,
                Math.min(5, failures.size())));
    }

    @Test
    void kinksTakeTheMeanOfTheOneSidedDerivatives() {
        assertEquals(0.0, Evaluation.partial(Primitive.ABS, 0, 0.0));
        assertEquals(0.0, Evaluation.partial(Primitive.ABS, 0, -0.0));
        assertEquals(0.5, Evaluation.partial(Primitive.MIN, 0, 2, 2));
        assertEquals(0.5, Evaluation.partial(Primitive.MAX, 1, 2, 2));
        assertEquals(0.0, Evaluation.partial(Primitive.HYPOT, 0, 0, 0));
        assertEquals(0.0, Evaluation.partial(Primitive.ATAN2, 1, 0, 0));
        assertEquals(0.0, Evaluation.partial(Primitive.COPY_SIGN, 0, 0, -3));
        assertTrue(Double.isNaN(Evaluation.partial(Primitive.MIN, 0, Double.NaN, 1)));
    }

    @Test
    void verticalTangentsAreInfiniteAndMarkedUnbounded() {
        assertEquals(Double.POSITIVE_INFINITY, Evaluation.partial(Primitive.SQRT, 0, 0.0));
        assertEquals(Double.POSITIVE_INFINITY, Evaluation.partial(Primitive.SQRT, 0, -0.0));
        assertEquals(Double.POSITIVE_INFINITY, Evaluation.partial(Primitive.LOG, 0, 0.0));
        assertEquals(Double.POSITIVE_INFINITY, Evaluation.partial(Primitive.ASIN, 0, 1.0));
        assertEquals(Double.NEGATIVE_INFINITY, Evaluation.partial(Primitive.ACOS, 0, 1.0));
        for (Primitive p : List.of(Primitive.SQRT, Primitive.CBRT, Primitive.LOG, Primitive.LOG10, Primitive.LOG1P,
                Primitive.ASIN, Primitive.ACOS, Primitive.POW, Primitive.STRONG_PRODUCT)) {
            assertTrue(RuleTable.of(p).unbounded(), p.name());
        }
    }

    @Test
    void powersHaveExactPartialsWhereTheFormulaWouldMeetInfinity() {
        assertEquals(0.0, Evaluation.partial(Primitive.POW, 0, 0, 0));
        assertEquals(1.0, Evaluation.partial(Primitive.POW, 0, 0, 1));
        assertEquals(0.0, Evaluation.partial(Primitive.POW, 0, 0, 2));
        assertEquals(0.0, Evaluation.partial(Primitive.POW, 1, 0, 3));
    }

    @Test
    void strongProductIsZeroWhenEitherFactorIsZero() {
        assertEquals(0.0, Primitive.STRONG_PRODUCT.value(false, 0, Double.POSITIVE_INFINITY));
        assertEquals(0.0, Primitive.STRONG_PRODUCT.value(false, Double.NaN, 0));
        assertEquals(6.0, Primitive.STRONG_PRODUCT.value(false, 2, 3));
    }

    @Test
    void mathNamesAreTheJavaMethods() {
        assertEquals("copySign", Primitive.COPY_SIGN.mathName());
        assertEquals("fma", Primitive.FMA.mathName());
        assertEquals("log1p", Primitive.LOG1P.mathName());
        assertEquals(null, Primitive.ADD.mathName());
    }

    /** A point inside the primitive's domain, away from its kinks and jumps. */
    private static double[] point(Primitive p, Random random) {
        double[] args = new double[p.arity()];
        for (int i = 0; i < args.length; i++) {
            args[i] = 4 * random.nextDouble() - 2;
        }
        switch (p) {
            case ASIN, ACOS -> args[0] = 1.8 * random.nextDouble() - 0.9;
            case TAN -> args[0] = 2.6 * random.nextDouble() - 1.3;
            case LOG, LOG10, SQRT, CBRT -> args[0] = 0.1 + 3 * random.nextDouble();
            case LOG1P -> args[0] = -0.9 + 3 * random.nextDouble();
            case POW -> args[0] = 0.2 + 2 * random.nextDouble();
            case DIV -> args[1] = Math.copySign(0.5 + random.nextDouble(), args[1]);
            case REM -> {
                args[1] = Math.copySign(0.5 + random.nextDouble(), args[1]);
                double q = args[0] / args[1];
                args[0] = args[1] * (Math.floor(q) + 0.25 + 0.5 * random.nextDouble());
            }
            case ABS, SIGNUM, COPY_SIGN -> {
                args[0] = Math.copySign(0.1 + Math.abs(args[0]), args[0]);
                if (p == Primitive.COPY_SIGN) {
                    args[1] = Math.copySign(0.1 + Math.abs(args[1]), args[1]);
                }
            }
            case MIN, MAX -> args[1] = args[0] + Math.copySign(0.1 + Math.abs(args[1]), args[1]);
            case RINT -> args[0] = Math.floor(args[0]) + 0.25 + 0.5 * random.nextDouble() - 0.5;
            default -> {
            }
        }
        return args;
    }
}
