package dev.chainrule.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every check of {@link Harness} as one parameterized test each, over the fixtures a subclass supplies: (a) forward
 * vs reverse, (b) the oracle, (c) central differences, (d) the dot-product identity, (e) exact values, the Gradient
 * record, (f) a balanced tape, (g) accumulation, (h) rejected adjoint shapes, (i) concurrent calls, (j) side
 * effects, (k) the view through the runtime's drivers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FixtureChecks {

    /** The fixtures to check. */
    abstract Stream<Fixture> fixtures();

    /** The fixtures with a {@code double[]} result. */
    Stream<Fixture> vectorFixtures() {
        return fixtures().filter(Fixture::vectorResult);
    }

    static void check(Fixture f, String name, Function<Fixture, List<String>> check) {
        List<String> failures = check.apply(f);
        assertTrue(failures.isEmpty(), () -> Harness.report(f, name, failures));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void forwardAgreesWithReverse(Fixture f) {
        check(f, "forward == reverse", Harness::forwardMatchesReverse);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void bothModesMatchTheOracle(Fixture f) {
        check(f, "oracle", Harness::matchesOracle);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reverseMatchesCentralDifferences(Fixture f) {
        check(f, "central differences", Harness::matchesCentralDifferences);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void dotProductIdentityHolds(Fixture f) {
        check(f, "<Jv,w> == <v,J'w>", Harness::dotProductIdentity);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void valuesAreExactlyTheOriginalMethods(Fixture f) {
        check(f, "exact values", Harness::valuesExact);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void gradientRecordIsTheVjp(Fixture f) {
        check(f, "Gradient record == Vjp", Harness::gradientRecordMatchesVjp);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void tapeIsBalancedAfterEveryCall(Fixture f) {
        check(f, "balanced tape", Harness::tapeBalanced);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void vjpAccumulates(Fixture f) {
        check(f, "Vjp accumulation", Harness::vjpAccumulates);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void wrongShapeAdjointsAreRejected(Fixture f) {
        check(f, "wrong-shape adjoints", Harness::wrongShapeAdjointsRejected);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("vectorFixtures")
    void wrongLengthSeedIsRejectedWithoutLeavingEntriesOnTheTape(Fixture f) {
        check(f, "wrong-length seed", Harness::seedRejectionLeavesTapeBalanced);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void concurrentCallsAgree(Fixture f) {
        check(f, Harness.THREADS + " threads", Harness::concurrentCallsAgree);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void argumentsChangeOnlyAsTheOriginalChangesThem(Fixture f) {
        check(f, "side effects", Harness::sideEffectsMatchTheOriginal);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void viewDriversAgree(Fixture f) {
        check(f, "view drivers", g -> Harness.viewDriversAgree(g, 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void vectorForwardAgreesWithOneDirectionAtATime(Fixture f) {
        check(f, "vector forward", g -> Harness.vectorForwardAgrees(g, 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void hessianVectorProductsAgree(Fixture f) {
        check(f, "second order", g -> Harness.secondOrderAgrees(g, 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void vectorReverseAgreesWithOneSeedAtATime(Fixture f) {
        check(f, "vector reverse", g -> Harness.vectorReverseAgrees(g, 4));
    }
}
