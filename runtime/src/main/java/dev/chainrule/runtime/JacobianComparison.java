package dev.chainrule.runtime;

import dev.chainrule.runtime.support.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two Jacobians of one function, computed two ways, compared entry by entry: how many entries were compared and the
 * {@value #WORST} that disagree most, worst first.
 *
 * <p>The error of an entry is {@code |a - b| / max(1, |a|, |b|)}: relative for large entries, absolute below 1 so that
 * entries near zero do not blow up. Equal entries (infinities included) have error 0; an entry that is NaN on either
 * side, or infinite on one side only, has a NaN error, which counts as the worst possible.
 *
 * @param firstName  what the first Jacobian is, for example {@code analytic}
 * @param secondName what the second Jacobian is, for example {@code numeric}
 * @param entries    how many entries were compared, {@code m·n}
 * @param worst      the entries that disagree most, worst first, at most {@value #WORST}; empty only if there were no
 *                   entries
 */
public record JacobianComparison(String firstName, String secondName, int entries, List<Entry> worst) {

    /** How many of the worst entries a comparison keeps. */
    public static final int WORST = 5;

    /**
     * Copies the list of worst entries.
     *
     * @throws NullPointerException if a name or the list is {@code null}
     */
    public JacobianComparison {
        Objects.requireNonNull(firstName, "firstName is null");
        Objects.requireNonNull(secondName, "secondName is null");
        worst = List.copyOf(worst);
    }

    /**
     * One entry of the two Jacobians.
     *
     * @param output the row {@code i} (output index)
     * @param input  the column {@code j} (input index)
     * @param first  the entry {@code ∂f_i/∂x_j} of the first Jacobian
     * @param second the same entry of the second
     * @param error  their relative error, as the comparison defines it
     */
    public record Entry(int output, int input, double first, double second, double error) {
    }

    /**
     * Compares two Jacobians of the same shape.
     *
     * @param firstName  what the first is
     * @param first      the first Jacobian, {@code m × n}
     * @param secondName what the second is
     * @param second     the second Jacobian, shaped like the first
     * @return the comparison
     * @throws IllegalArgumentException if the shapes differ
     */
    public static JacobianComparison of(String firstName, double[][] first, String secondName, double[][] second) {
        return of(firstName, first, secondName, second, null);
    }

    /**
     * Compares two Jacobians of the same shape, where the second is known only up to an allowance per entry (the
     * rounding noise of central differences): an entry's error counts only what exceeds its allowance.
     *
     * @param firstName  what the first is
     * @param first      the first Jacobian, {@code m × n}
     * @param secondName what the second is
     * @param second     the second Jacobian, shaped like the first
     * @param allowance  how far each entry of the second may be off, shaped like it; null for none
     * @return the comparison
     * @throws IllegalArgumentException if the shapes differ
     */
    public static JacobianComparison of(String firstName, double[][] first, String secondName, double[][] second,
            double[][] allowance) {
        Checks.sameShape(secondName, second, first, firstName);
        List<Entry> worst = new ArrayList<>(WORST + 1);
        int entries = 0;
        for (int i = 0; i < first.length; i++) {
            for (int j = 0; j < first[i].length; j++) {
                entries++;
                double a = first[i][j];
                double b = second[i][j];
                double slack = allowance == null ? 0 : allowance[i][j];
                double error = a == b ? 0
                        : Math.max(0, Math.abs(a - b) - slack) / Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
                // Double.compare orders NaN above everything, so NaN errors rank worst; an earlier entry wins a tie.
                if (worst.size() < WORST || Double.compare(error, worst.get(WORST - 1).error()) > 0) {
                    insert(worst, new Entry(i, j, a, b, error));
                }
            }
        }
        return new JacobianComparison(firstName, secondName, entries, worst);
    }

    /**
     * Returns the largest error.
     *
     * @return the error of the worst entry, 0 if there were no entries, NaN if an entry's error is NaN
     */
    public double worstError() {
        return worst.isEmpty() ? 0 : worst.get(0).error();
    }

    /**
     * Tells whether every entry agrees within a tolerance.
     *
     * @param tolerance the largest acceptable error
     * @return {@code true} if the worst error is at most {@code tolerance} (never for a NaN error)
     */
    public boolean passes(double tolerance) {
        return worstError() <= tolerance;
    }

    /**
     * Names the worst entry, then lists the worst few.
     *
     * @return for example
     *         <pre>
     *         worst relative error 0.5 at ∂y[2]/∂x[0]: analytic 1.0806046117362795, numeric 0.5403023058681398
     *           6 entries compared, the worst 5:
     *           ∂y[2]/∂x[0]: analytic 1.0806046117362795, numeric 0.5403023058681398, error 0.5
     *           ...</pre>
     */
    @Override
    public String toString() {
        if (worst.isEmpty()) {
            return "no entries to compare (empty Jacobian)";
        }
        Entry top = worst.get(0);
        StringBuilder text = new StringBuilder("worst relative error ").append(top.error()).append(" at ");
        describe(text, top);
        text.append("\n  ").append(entries).append(entries == 1 ? " entry" : " entries").append(" compared, the worst ")
                .append(worst.size()).append(':');
        for (Entry entry : worst) {
            describe(text.append("\n  "), entry);
            text.append(", error ").append(entry.error());
        }
        return text.toString();
    }

    private void describe(StringBuilder text, Entry entry) {
        text.append("∂y[").append(entry.output()).append("]/∂x[").append(entry.input()).append("]: ")
                .append(firstName).append(' ').append(entry.first()).append(", ")
                .append(secondName).append(' ').append(entry.second());
    }

    private static void insert(List<Entry> worst, Entry entry) {
        int at = worst.size();
        while (at > 0 && Double.compare(entry.error(), worst.get(at - 1).error()) > 0) {
            at--;
        }
        worst.add(at, entry);
        if (worst.size() > WORST) {
            worst.remove(WORST);
        }
    }
}
