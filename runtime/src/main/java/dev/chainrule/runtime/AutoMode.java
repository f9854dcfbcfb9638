package dev.chainrule.runtime;

import java.util.concurrent.ThreadLocalRandom;

/**
 * How {@link Mode#AUTO} assembles a Jacobian: the mode whose estimated cost is lower, where the estimate is the
 * function's {@link SweepPrior} (in evaluations of {@code f}) scaled by the times measured for its earlier Jacobians.
 *
 * <p>The first {@value #TIME_EVERY_CALL} Jacobians of a function are timed, and after that one in
 * {@value #TIME_ONE_IN}, so that the estimates come to reflect JIT-compiled code at a cost of two
 * {@link System#nanoTime()} calls now and then. When the prior puts the two modes within a factor of
 * {@value #EXPLORE_WITHIN} of each other, a timed call runs the mode with fewer timings, so both keep being measured
 * and a wrong prior is corrected; when they are further apart the prior decides alone. Every call still returns the
 * Jacobian, in one mode or the other; the two agree up to rounding.
 *
 * <p>Deciding takes a class lookup, a few volatile reads and a dozen arithmetic operations, and allocates nothing.
 */
final class AutoMode {

    /** The number of Jacobians of a function that are all timed. */
    static final int TIME_EVERY_CALL = 16;

    /** After the first few, one Jacobian in this many is timed. */
    static final int TIME_ONE_IN = 64;

    /** Modes whose priors are closer than this factor are both timed; the prior may be off by about as much. */
    static final double EXPLORE_WITHIN = 3;

    private static final String TEXTBOOK = "; costs are textbook ratios, the build did not count this function's sweeps";

    private static final String EXPLORING =
            "; the priors are within " + (int) EXPLORE_WITHIN + "x, so AUTO times both modes now and then";

    private AutoMode() {
    }

    /**
     * Assembles the Jacobian in the mode estimated to be cheaper, timing the call if it is one of those sampled.
     *
     * @param f          the function
     * @param x          the point, already checked
     * @param n          the number of inputs
     * @param m          the number of outputs
     * @param directions the most directions per forward call
     * @return the {@code m × n} Jacobian
     */
    static double[][] jacobian(DifferentiableFunction f, double[] x, int n, int m, int directions) {
        FunctionProfile profile = Profiles.of(f);
        SweepPrior prior = profile.prior();
        FunctionProfile.Timings timings = profile.timings();
        double forwardUnits = prior.forward(n, directions);
        double reverseUnits = prior.reverse(m, directions);
        Mode best = cheaper(forwardUnits * timings.scale(Mode.FORWARD), reverseUnits * timings.scale(Mode.REVERSE));
        if (!timesThisCall(timings)) {
            return Jacobians.assemble(f, x, n, m, best, directions);
        }
        Mode other = best == Mode.FORWARD ? Mode.REVERSE : Mode.FORWARD;
        Mode run = close(forwardUnits, reverseUnits) && timings.samples(other) < timings.samples(best) ? other : best;
        double units = run == Mode.FORWARD ? forwardUnits : reverseUnits;
        long start = System.nanoTime();
        double[][] jacobian = Jacobians.assemble(f, x, n, m, run, directions);
        long nanos = System.nanoTime() - start;
        if (units > 0) {
            profile.record(run, nanos, units);
        }
        return jacobian;
    }

    /**
     * Says which mode {@link #jacobian} would pick now, with the estimates and the reason.
     *
     * @param f          the function
     * @param directions the most directions per forward call
     * @return the choice
     */
    static ModeChoice explain(DifferentiableFunction f, int directions) {
        int n = f.inputDimension();
        int m = f.outputDimension();
        FunctionProfile profile = Profiles.of(f);
        SweepPrior prior = profile.prior();
        FunctionProfile.Timings timings = profile.timings();
        double forwardUnits = prior.forward(n, directions);
        double reverseUnits = prior.reverse(m, directions);
        int forwardSweeps = prior.forwardSweeps(n, directions);
        int reverseSweeps = prior.reverseSweeps(m, directions);
        ModeChoice.Estimate forward = estimate(forwardSweeps, forwardUnits, timings, Mode.FORWARD);
        ModeChoice.Estimate reverse = estimate(reverseSweeps, reverseUnits, timings, Mode.REVERSE);
        double forwardCost = forwardUnits * timings.scale(Mode.FORWARD);
        double reverseCost = reverseUnits * timings.scale(Mode.REVERSE);
        Mode mode = cheaper(forwardCost, reverseCost);
        boolean tie = forwardCost == reverseCost;
        String forwardWords = (prior.vectorized() ? "ceil(n/" + directions + ") = " + forwardSweeps + " vector-forward"
                : "n = " + n + " tangent") + sweeps(forwardSweeps) + " (" + forward + ")";
        String reverseWords = (prior.vectorReverse(m) ? "ceil(m/" + directions + ") = " + reverseSweeps
                + " vector-reverse" : "m = " + m + " adjoint") + sweeps(reverseSweeps) + " (" + reverse + ")";
        String comparison = mode == Mode.FORWARD
                ? forwardWords + verb(tie, forwardSweeps) + reverseWords + (tie ? ", and forward wins ties" : "")
                : reverseWords + verb(tie, reverseSweeps) + forwardWords;
        String reason = mode + ": " + comparison
                + (prior.counted() ? "; costs from the build's operation counts" : TEXTBOOK)
                + (close(forwardUnits, reverseUnits) ? EXPLORING : "");
        return new ModeChoice(mode, n, m, directions, forward, reverse, reason);
    }

    private static Mode cheaper(double forward, double reverse) {
        // A tangent sweep needs no tape, so forward wins a tie.
        return forward <= reverse ? Mode.FORWARD : Mode.REVERSE;
    }

    private static boolean close(double forwardUnits, double reverseUnits) {
        return Math.max(forwardUnits, reverseUnits) < EXPLORE_WITHIN * Math.min(forwardUnits, reverseUnits);
    }

    private static boolean timesThisCall(FunctionProfile.Timings timings) {
        return timings.forwardSamples() + timings.reverseSamples() < TIME_EVERY_CALL
                || ThreadLocalRandom.current().nextInt(TIME_ONE_IN) == 0;
    }

    private static ModeChoice.Estimate estimate(int sweeps, double units, FunctionProfile.Timings timings,
            Mode mode) {
        double nanos = timings.measured() ? units * timings.scale(mode) : Double.NaN;
        return new ModeChoice.Estimate(sweeps, units, nanos, timings.samples(mode));
    }

    private static String verb(boolean tie, int winnerSweeps) {
        return tie ? " ties with " : winnerSweeps == 1 ? " beats " : " beat ";
    }

    private static String sweeps(int count) {
        return count == 1 ? " sweep" : " sweeps";
    }
}
