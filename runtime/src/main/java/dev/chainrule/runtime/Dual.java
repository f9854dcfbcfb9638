package dev.chainrule.runtime;

/**
 * The result of a forward-mode (dual number) evaluation of a scalar function: its value and its tangent, the
 * directional derivative along the tangent seeds the caller passed in.
 *
 * <p>For {@code f(x)} evaluated with tangent {@code xDot}, {@code value} is {@code f(x)} and {@code tangent} is
 * {@code f'(x)·xDot} (for several inputs, {@code ∇f(x)·xDot}).
 *
 * @param value   the primal value {@code f(x)}
 * @param tangent the directional derivative {@code J·xDot}
 */
public record Dual(double value, double tangent) {
}
