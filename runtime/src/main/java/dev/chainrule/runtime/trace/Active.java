package dev.chainrule.runtime.trace;

import dev.chainrule.rules.Primitive;

/**
 * A {@code double} that a traced function computes with: every operation on it is recorded on the tape of the
 * running trace, so that the function can afterwards be differentiated, replayed at other points, and compiled.
 *
 * <p>A traced function receives its inputs as {@code Active} values and returns {@code Active} values. Arithmetic is
 * written with methods ({@code a.mul(b).add(1)}), library functions with {@link ActiveMath}
 * ({@code ActiveMath.sin(a)}), and plain {@code double} constants mix in through the {@code double} overloads or
 * {@link #constant(double)}. Ordinary Java loops, arrays of {@code Active} and local variables work as usual: only the
 * operations are recorded, not the control flow that led to them.
 *
 * <p><b>Branches.</b> Compare active values with {@link #lt}, {@link #le}, {@link #gt} and {@link #ge}: the outcome
 * is recorded, and a replay at another point checks that every comparison still comes out the same, tracing the
 * function again where one does not. A branch on {@link #value()} is not seen and so not checked: use it for
 * printing, never to decide what to compute.
 *
 * <p>Instances are immutable. An {@code Active} belongs to the trace that made it: keep none between calls.
 */
public final class Active {

    final Tracer tracer;
    final int node;
    final double value;

    Active(Tracer tracer, int node, double value) {
        this.tracer = tracer;
        this.node = node;
        this.value = value;
    }

    /**
     * Returns a constant: a value that depends on no input, usable in any trace.
     *
     * @param value the constant
     * @return an {@code Active} that records as a constant where it is used
     */
    public static Active constant(double value) {
        return new Active(null, -1, value);
    }

    /**
     * Returns the value computed at the point being traced. Reading it records nothing: branching on it is not
     * checked when the trace is replayed at another point.
     *
     * @return the primal value
     */
    public double value() {
        return value;
    }

    /**
     * Returns {@code this + b}.
     *
     * @param b the other term
     * @return the sum
     */
    public Active add(Active b) {
        return Tracer.apply(Primitive.ADD, this, b);
    }

    /**
     * Returns {@code this + b}.
     *
     * @param b the other term, a constant
     * @return the sum
     */
    public Active add(double b) {
        return add(constant(b));
    }

    /**
     * Returns {@code this - b}.
     *
     * @param b the subtrahend
     * @return the difference
     */
    public Active sub(Active b) {
        return Tracer.apply(Primitive.SUB, this, b);
    }

    /**
     * Returns {@code this - b}.
     *
     * @param b the subtrahend, a constant
     * @return the difference
     */
    public Active sub(double b) {
        return sub(constant(b));
    }

    /**
     * Returns {@code a - this}: a constant minus this value, as in {@code 1 - x}.
     *
     * @param a the minuend, a constant
     * @return the difference
     */
    public Active subFrom(double a) {
        return constant(a).sub(this);
    }

    /**
     * Returns {@code this · b}.
     *
     * @param b the other factor
     * @return the product
     */
    public Active mul(Active b) {
        return Tracer.apply(Primitive.MUL, this, b);
    }

    /**
     * Returns {@code this · b}.
     *
     * @param b the other factor, a constant
     * @return the product
     */
    public Active mul(double b) {
        return mul(constant(b));
    }

    /**
     * Returns {@code this / b}.
     *
     * @param b the divisor
     * @return the quotient
     */
    public Active div(Active b) {
        return Tracer.apply(Primitive.DIV, this, b);
    }

    /**
     * Returns {@code this / b}.
     *
     * @param b the divisor, a constant
     * @return the quotient
     */
    public Active div(double b) {
        return div(constant(b));
    }

    /**
     * Returns {@code this % b}, Java's remainder (truncating division).
     *
     * @param b the divisor
     * @return the remainder
     */
    public Active rem(Active b) {
        return Tracer.apply(Primitive.REM, this, b);
    }

    /**
     * Returns {@code this % b}, Java's remainder (truncating division).
     *
     * @param b the divisor, a constant
     * @return the remainder
     */
    public Active rem(double b) {
        return rem(constant(b));
    }

    /**
     * Returns {@code -this}.
     *
     * @return the negation
     */
    public Active neg() {
        return Tracer.apply(Primitive.NEG, this);
    }

    /**
     * Returns {@code this < b}, recording the comparison as a guard.
     *
     * @param b the other value
     * @return whether this value is less than {@code b} (false if either is NaN)
     */
    public boolean lt(Active b) {
        return Tracer.compare(this, b, true) < 0;
    }

    /**
     * Returns {@code this < b}, recording the comparison as a guard.
     *
     * @param b the other value, a constant
     * @return whether this value is less than {@code b} (false if either is NaN)
     */
    public boolean lt(double b) {
        return lt(constant(b));
    }

    /**
     * Returns {@code this <= b}, recording the comparison as a guard.
     *
     * @param b the other value
     * @return whether this value is at most {@code b} (false if either is NaN)
     */
    public boolean le(Active b) {
        return Tracer.compare(this, b, true) <= 0;
    }

    /**
     * Returns {@code this <= b}, recording the comparison as a guard.
     *
     * @param b the other value, a constant
     * @return whether this value is at most {@code b} (false if either is NaN)
     */
    public boolean le(double b) {
        return le(constant(b));
    }

    /**
     * Returns {@code this > b}, recording the comparison as a guard.
     *
     * @param b the other value
     * @return whether this value is greater than {@code b} (false if either is NaN)
     */
    public boolean gt(Active b) {
        return Tracer.compare(this, b, false) > 0;
    }

    /**
     * Returns {@code this > b}, recording the comparison as a guard.
     *
     * @param b the other value, a constant
     * @return whether this value is greater than {@code b} (false if either is NaN)
     */
    public boolean gt(double b) {
        return gt(constant(b));
    }

    /**
     * Returns {@code this >= b}, recording the comparison as a guard.
     *
     * @param b the other value
     * @return whether this value is at least {@code b} (false if either is NaN)
     */
    public boolean ge(Active b) {
        return Tracer.compare(this, b, false) >= 0;
    }

    /**
     * Returns {@code this >= b}, recording the comparison as a guard.
     *
     * @param b the other value, a constant
     * @return whether this value is at least {@code b} (false if either is NaN)
     */
    public boolean ge(double b) {
        return ge(constant(b));
    }

    /**
     * Shows the value, and whether it is traced or a constant.
     *
     * @return for example {@code Active[0.5]} or {@code Active[const 2.0]}
     */
    @Override
    public String toString() {
        return tracer == null ? "Active[const " + value + "]" : "Active[" + value + "]";
    }
}
