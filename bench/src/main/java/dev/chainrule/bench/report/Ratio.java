package dev.chainrule.bench.report;

import java.util.Locale;

/**
 * A quotient of two measured times with its error: JMH's errors of numerator and denominator, taken as independent,
 * propagated to first order, {@code σ(a/b) = (a/b) · √((σa/a)² + (σb/b)²)}.
 *
 * @param value the quotient
 * @param error its error, NaN when either time has none
 */
public record Ratio(double value, double error) {

    /**
     * Divides one measurement's time by another's, by one clock.
     *
     * @param numerator   the time on top
     * @param denominator the time below
     * @param clock       which time
     * @return the quotient and its propagated error
     */
    public static Ratio of(Measurement numerator, Measurement denominator, Clock clock) {
        double top = numerator.nanos(clock);
        double bottom = denominator.nanos(clock);
        double value = top / bottom;
        double a = numerator.error(clock) / top;
        double b = denominator.error(clock) / bottom;
        return new Ratio(value, value * Math.sqrt(a * a + b * b));
    }

    /**
     * Scales the quotient and its error.
     *
     * @param factor the factor, for example {@code 1/n} for a cost per direction
     * @return the scaled ratio
     */
    public Ratio times(double factor) {
        return new Ratio(value * factor, error * Math.abs(factor));
    }

    /**
     * Formats with three significant digits and the error, for example {@code 2.96 ± 0.12}.
     *
     * @return the formatted ratio
     */
    @Override
    public String toString() {
        return Numbers.significant(value) + (Double.isNaN(error) ? "" : " ± " + Numbers.significant(error));
    }

    /** Number formatting shared by the report's tables. */
    static final class Numbers {

        private Numbers() {
        }

        /**
         * Three significant digits, without exponent for the magnitudes a report shows.
         *
         * @param x the number
         * @return for example {@code 2.96}, {@code 29.6}, {@code 2960}, {@code 0.0123}
         */
        static String significant(double x) {
            if (Double.isNaN(x)) {
                return "?";
            }
            double magnitude = Math.abs(x);
            if (magnitude >= 100) {
                return String.format(Locale.ROOT, "%,.0f", x);
            }
            if (magnitude >= 10) {
                return String.format(Locale.ROOT, "%.1f", x);
            }
            if (magnitude >= 1 || magnitude == 0) {
                return String.format(Locale.ROOT, "%.2f", x);
            }
            return String.format(Locale.ROOT, "%.3g", x);
        }
    }
}
