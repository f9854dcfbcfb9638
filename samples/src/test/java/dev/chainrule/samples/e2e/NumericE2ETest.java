package dev.chainrule.samples.e2e;

import java.util.stream.Stream;

/** Checks (a)–(k) of the end-to-end suite over every scalar fixture of {@link Catalog}. */
class NumericE2ETest extends FixtureChecks {

    @Override
    Stream<Fixture> fixtures() {
        return Catalog.all().stream();
    }
}
