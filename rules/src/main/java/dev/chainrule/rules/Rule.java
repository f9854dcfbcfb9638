package dev.chainrule.rules;

import java.util.List;

/**
 * The derivative rule of one primitive: its partial derivative with respect to each argument, as a {@link Formula}
 * over the arguments and the result. Forward mode sums {@code argDot · partial}; reverse mode accumulates
 * {@code resultBar · partial} into each argument's adjoint.
 *
 * @param primitive  the primitive
 * @param derivative the rule as a person writes it, for comments and documentation
 * @param partials   one formula per argument, in argument order
 * @param unbounded  true when a partial can be infinite at a finite argument ({@code sqrt} at 0): a seed is then
 *                   applied through {@link Primitive#STRONG_PRODUCT}, so a zero seed contributes 0, not NaN
 * @param policy     what the rule says where the derivative does not exist, or an empty string
 */
public record Rule(Primitive primitive, String derivative, List<Formula> partials, boolean unbounded,
        String policy) {

    public Rule {
        partials = List.copyOf(partials);
        if (partials.size() != primitive.arity()) {
            throw new IllegalArgumentException(primitive + " has " + primitive.arity() + " arguments, rule gives "
                    + partials.size() + " partials");
        }
    }
}
