package dev.chainrule.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chainrule.rules.Primitive;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The strong-zero product generated code calls is the rule table's {@link Primitive#STRONG_PRODUCT}, bit for bit. */
class PartialsTest {

    @ParameterizedTest(name = "{0} · {1}")
    @CsvSource({"0, Infinity", "-0.0, -Infinity", "0, NaN", "Infinity, 0", "NaN, -0.0", "2, 3", "-1.5, 4",
        "1e-300, Infinity", "Infinity, -2", "NaN, 1"})
    void chainIsTheStrongProductOfTheTable(double seed, double partial) {
        assertEquals(Primitive.STRONG_PRODUCT.value(false, seed, partial), Partials.chain(seed, partial));
    }
}
