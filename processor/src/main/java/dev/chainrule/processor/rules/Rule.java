package dev.chainrule.processor.rules;

import dev.chainrule.processor.ir.Expr;
import java.util.List;

/**
 * The derivative rule of one primitive: its partial derivatives with respect to each operand, as IR expressions over
 * the operands and the result. One rule serves both modes: forward sums {@code operandDot * partial}, reverse
 * accumulates {@code resultBar * partial} into each operand's adjoint.
 */
public interface Rule {

    /** The partials, one per operand, in operand order. */
    List<Expr> partials(List<Expr> args, Expr result);

    /**
     * True when a partial can be infinite at a point of the domain ({@code sqrt} at 0): the seed is then applied
     * with the strong zero ({@code Partials.chain}), so that a zero seed contributes 0 rather than NaN.
     */
    boolean unbounded();
}
