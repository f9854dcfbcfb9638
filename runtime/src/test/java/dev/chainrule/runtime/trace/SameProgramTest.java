package dev.chainrule.runtime.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chainrule.runtime.trace.tape.Trace;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two runs record the same program when they make the same nodes, constants, guards and outputs: the check a tape's
 * second call makes as the function runs ({@link Tracer#records}) agrees with the comparison of two recorded traces
 * ({@link Trace#sameProgram}), for runs that differ in each of these ways and for runs that do not.
 */
class SameProgramTest {

    private static final double[] X = {0.5, 2};
    private static final double[] DATA = {3};

    /** {@code sin(x0 · d0) + x1 · 2}, with a guard {@code x0 < x1}: the program the others are compared with. */
    private static Active[] reference(Active[] x, Active[] d) {
        Active s = x[0].lt(x[1]) ? x[0].mul(d[0]) : x[1].mul(d[0]);
        return new Active[] {ActiveMath.sin(s).add(x[1].mul(2))};
    }

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("the same run", true, (ActiveBody) SameProgramTest::reference),
                Arguments.of("another operation", false, (ActiveBody) (x, d) -> new Active[] {
                    ActiveMath.cos(x[0].lt(x[1]) ? x[0].mul(d[0]) : null).add(x[1].mul(2))}),
                Arguments.of("another argument", false, (ActiveBody) (x, d) -> new Active[] {
                    ActiveMath.sin(x[0].lt(x[1]) ? x[1].mul(d[0]) : null).add(x[1].mul(2))}),
                Arguments.of("another constant", false, (ActiveBody) (x, d) -> new Active[] {
                    ActiveMath.sin(x[0].lt(x[1]) ? x[0].mul(d[0]) : null).add(x[1].mul(3))}),
                Arguments.of("a constant for a datum", false, (ActiveBody) (x, d) -> new Active[] {
                    ActiveMath.sin(x[0].lt(x[1]) ? x[0].mul(3) : null).add(x[1].mul(2))}),
                // lt and le record the same three-way comparison; gt with the operands swapped does not.
                Arguments.of("the same comparison asked otherwise", true, (ActiveBody) (x, d) -> new Active[] {
                    ActiveMath.sin(x[0].le(x[1]) ? x[0].mul(d[0]) : null).add(x[1].mul(2))}),
                Arguments.of("another comparison", false, (ActiveBody) (x, d) -> new Active[] {
                    ActiveMath.sin(x[1].gt(x[0]) ? x[0].mul(d[0]) : null).add(x[1].mul(2))}),
                Arguments.of("a comparison made later", false, (ActiveBody) (x, d) -> {
                    Active s = x[0].mul(d[0]);
                    return new Active[] {ActiveMath.sin(x[0].lt(x[1]) ? s : null).add(x[1].mul(2))};
                }),
                Arguments.of("one more comparison", false, (ActiveBody) (x, d) -> {
                    Active[] y = reference(x, d);
                    return y[0].gt(100) ? null : y;
                }),
                Arguments.of("one more operation", false, (ActiveBody) (x, d) -> new Active[] {
                    reference(x, d)[0].neg().neg()}),
                Arguments.of("one more constant", false, (ActiveBody) (x, d) -> {
                    Active[] y = reference(x, d);
                    y[0].add(7);
                    return y;
                }),
                Arguments.of("another output", false, (ActiveBody) (x, d) -> new Active[] {
                    ActiveMath.sin(x[0].lt(x[1]) ? x[0].mul(d[0]) : null)}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void theCheckAsTheFunctionRunsAgreesWithTheRecordedTraces(String what, boolean same, ActiveBody run) {
        Trace recorded = Tracer.trace(SameProgramTest::reference, X, DATA, 1);
        assertEquals(same, Tracer.trace(run, X, DATA, 1).sameProgram(recorded), what + ": recorded");
        assertEquals(same, Tracer.records(run, X, DATA, 1, recorded), what + ": checked while running");
    }
}
