package dev.chainrule.runtime.support;


/**
 * The strong-zero product, {@link dev.chainrule.rules.Primitive#STRONG_PRODUCT} at run time: how generated code and
 * the tracer's compiled tapes apply a seed to a partial derivative that may be infinite. The partials themselves are
 * the rule table's formulas ({@code dev.chainrule.rules.RuleTable}), which generated code computes inline.
 */
public final class Partials {

    private Partials() {
    }

    /**
     * Multiplies a tangent or adjoint seed by a partial derivative, with a strong zero on both sides: the product is 0
     * when either factor is 0, even when the other is {@code ±∞} or NaN. A zero seed through a steep primitive
     * ({@code sqrt} at 0) contributes nothing, and an infinite seed through a primitive that ignores its argument
     * there ({@code max(sqrt(x), 1)} at {@code x = 0}, or {@code x · x} at 0) contributes nothing either.
     * Generated code uses it wherever a factor may be infinite: unbounded partials, and seeds downstream of them.
     *
     * @param seed    the tangent or adjoint flowing through the primitive
     * @param partial the primitive's partial derivative
     * @return {@code seed · partial}, or 0 when {@code seed == 0} or {@code partial == 0}
     */
    public static double chain(double seed, double partial) {
        return seed == 0 || partial == 0 ? 0 : seed * partial;
    }
}
