package dev.chainrule.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks (a)–(e) of the end-to-end suite over every fixture of {@link Catalog}. */
class NumericE2ETest {

    static Stream<Fixture> fixtures() {
        return Catalog.all().stream();
    }

    private static void check(Fixture f, String name, Function<Fixture, List<String>> check) {
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
    void bothModesMatchDerivativeStructure(Fixture f) {
        check(f, "DerivativeStructure oracle", Harness::matchesOracle);
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
}
