package dev.chainrule.runtime;

import java.util.Locale;

/**
 * The mode {@link Mode#AUTO} picks for a function's Jacobian, what each mode was estimated to cost, and why, in words:
 * what {@link Jacobians#explain(DifferentiableFunction)} returns.
 *
 * @param mode               {@link Mode#FORWARD} or {@link Mode#REVERSE}: the cheaper estimate, forward on a tie
 * @param n                  the number of inputs
 * @param m                  the number of outputs
 * @param directionsPerSweep the most directions one forward call takes
 * @param forward            what a forward Jacobian is estimated to cost
 * @param reverse            what a reverse Jacobian is estimated to cost
 * @param reason             the choice in words, for example {@code REVERSE: m = 1 adjoint sweep (est. 4.0 f) beats
 *                           ceil(n/8) = 125 vector-forward sweeps (est. 1187.5 f); ...}
 */
public record ModeChoice(Mode mode, int n, int m, int directionsPerSweep, Estimate forward, Estimate reverse,
                         String reason) {

    /**
     * What a Jacobian in one mode is estimated to cost.
     *
     * @param sweeps         the calls it takes: {@code ceil(n / directionsPerSweep)} of {@code jvps} (or {@code n}
     *                       of {@code jvp} when the function has no vector forward sweep), or {@code m} of
     *                       {@code vjp}
     * @param evaluations    the prior estimate, in evaluations of the function ({@code f}), from the build's
     *                       operation counts or from textbook ratios
     * @param nanos          the estimated time in nanoseconds: the prior scaled by the times measured for this
     *                       mode, or for the other mode if this one was never timed; {@code NaN} until a Jacobian of
     *                       the function was timed
     * @param timedJacobians how many Jacobians of the function were timed in this mode
     */
    public record Estimate(int sweeps, double evaluations, double nanos, int timedJacobians) {

        /**
         * The estimate in words.
         *
         * @return for example {@code est. 4.0 f} or {@code est. 4.0 f, measured 310 ns over 9 Jacobians}
         */
        @Override
        public String toString() {
            String prior = String.format(Locale.ROOT, "est. %.1f f", evaluations);
            if (Double.isNaN(nanos)) {
                return prior;
            }
            if (timedJacobians == 0) {
                return prior + ", about " + duration(nanos);
            }
            return prior + ", measured " + duration(nanos) + " over " + timedJacobians
                    + (timedJacobians == 1 ? " Jacobian" : " Jacobians");
        }

        private static String duration(double nanos) {
            if (nanos < 1e3) {
                return String.format(Locale.ROOT, "%.0f ns", nanos);
            }
            if (nanos < 1e6) {
                return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
            }
            if (nanos < 1e9) {
                return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
            }
            return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
        }
    }

    /**
     * Returns the {@link #reason}.
     *
     * @return the choice in words
     */
    @Override
    public String toString() {
        return reason;
    }
}
