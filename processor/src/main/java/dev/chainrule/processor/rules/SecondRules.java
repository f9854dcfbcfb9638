package dev.chainrule.processor.rules;

import java.util.List;
import java.util.Map;

/**
 * Which arguments each first-derivative formula of the runtime's {@code Partials} depends on, and the method of
 * {@code SecondPartials} giving that dependence: the rules forward mode needs to differentiate reverse-mode code, whose
 * partials are calls of {@code Partials}. A formula that is piecewise constant ({@code abs}, {@code min}, {@code max},
 * the remainder's) has none: its derivative is zero wherever it exists.
 */
public final class SecondRules {

    /** The derivative of a formula along its argument {@code index}: {@code SecondPartials.method(same arguments)}. */
    public record Entry(int index, String method) {
    }

    private static final Map<String, List<Entry>> TABLE = Map.ofEntries(
            Map.entry("chain", List.of(new Entry(0, "chainDseed"), new Entry(1, "chainDpartial"))),
            Map.entry("remainderDivisor", List.of()),
            along("sin", 0, "Dx"), along("cos", 0, "Dx"), along("tan", 1, "Dr"), along("asin", 0, "Dx"),
            along("acos", 0, "Dx"), along("atan", 0, "Dx"), along("sinh", 0, "Dx"), along("cosh", 0, "Dx"),
            along("tanh", 1, "Dr"), along("exp", 1, "Dr"), along("expm1", 1, "Dr"), along("log", 0, "Dx"),
            along("log10", 0, "Dx"), along("log1p", 0, "Dx"), along("sqrt", 1, "Dr"), along("cbrt", 1, "Dr"),
            Map.entry("abs", List.of()),
            Map.entry("atan2Y", List.of(new Entry(0, "atan2YDy"), new Entry(1, "atan2YDx"))),
            Map.entry("atan2X", List.of(new Entry(0, "atan2XDy"), new Entry(1, "atan2XDx"))),
            Map.entry("powBase", List.of(new Entry(0, "powBaseDx"), new Entry(1, "powBaseDy"))),
            Map.entry("powExponent", List.of(new Entry(0, "powExponentDx"), new Entry(2, "powExponentDr"))),
            Map.entry("hypotX", List.of(new Entry(0, "hypotXDx"), new Entry(2, "hypotXDr"))),
            Map.entry("hypotY", List.of(new Entry(1, "hypotYDy"), new Entry(2, "hypotYDr"))),
            Map.entry("minFirst", List.of()), Map.entry("minSecond", List.of()),
            Map.entry("maxFirst", List.of()), Map.entry("maxSecond", List.of()));

    private SecondRules() {
    }

    /** The arguments {@code Partials.method} depends on, each with its second-partial method. */
    public static List<Entry> of(String method) {
        List<Entry> entries = TABLE.get(method);
        if (entries == null) {
            throw new IllegalStateException("no second-derivative rule for Partials." + method);
        }
        return entries;
    }

    private static Map.Entry<String, List<Entry>> along(String method, int index, String suffix) {
        return Map.entry(method, List.of(new Entry(index, method + suffix)));
    }
}
