package dev.chainrule.runtime;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What AUTO knows about one function: the {@link SweepPrior} it starts from and how long the Jacobians it timed took.
 *
 * <p>The profile refers to its function weakly, so keeping it does not keep the function alive. Timings are kept as an
 * immutable {@link Timings} replaced by compare-and-set: readers see a consistent pair of figures without a lock, and
 * only a timed call writes.
 */
final class FunctionProfile extends WeakReference<DifferentiableFunction> {

    /** Sample counts stop growing here, so that they never overflow. */
    private static final int MAX_SAMPLES = 1 << 30;

    private final SweepPrior prior;
    private final AtomicReference<Timings> timings = new AtomicReference<>(Timings.NONE);

    /**
     * Creates the profile of a function.
     *
     * @param function the function, referred to weakly
     * @param prior    what its sweeps are assumed to cost
     */
    FunctionProfile(DifferentiableFunction function, SweepPrior prior) {
        super(function);
        this.prior = prior;
    }

    /**
     * Returns what the function's sweeps are assumed to cost before timing.
     *
     * @return the prior
     */
    SweepPrior prior() {
        return prior;
    }

    /**
     * Returns the current timings.
     *
     * @return a snapshot; later samples replace it, never change it
     */
    Timings timings() {
        return timings.get();
    }

    /**
     * Adds the time one Jacobian took.
     *
     * @param mode  the mode it was assembled in
     * @param nanos how long it took
     * @param units what the prior says it costs, in {@code f}; positive
     */
    void record(Mode mode, long nanos, double units) {
        double scale = Math.max(0, nanos) / units;
        timings.updateAndGet(t -> t.with(mode, scale));
    }

    /**
     * A function's measured Jacobian times in each mode, as nanoseconds per {@code f} of the prior: the prior's
     * estimate of a Jacobian times the scale is the estimated time of that Jacobian.
     *
     * @param forwardScale   the fastest forward Jacobian time per {@code f} measured; meaningless without samples
     * @param forwardSamples how many forward Jacobians were timed
     * @param reverseScale   the same for reverse Jacobians
     * @param reverseSamples how many reverse Jacobians were timed
     */
    record Timings(double forwardScale, int forwardSamples, double reverseScale, int reverseSamples) {

        /** Nothing timed yet. */
        static final Timings NONE = new Timings(0, 0, 0, 0);

        /**
         * Returns the nanoseconds per {@code f} of a mode: its own fastest if it was timed, otherwise the other
         * mode's, so that one measured mode does not tilt the comparison by itself; with nothing timed, 1, which
         * leaves estimates in units of {@code f}.
         *
         * @param mode {@link Mode#FORWARD} or {@link Mode#REVERSE}
         * @return the scale to multiply the prior by
         */
        double scale(Mode mode) {
            boolean forward = mode == Mode.FORWARD;
            if ((forward ? forwardSamples : reverseSamples) > 0) {
                return forward ? forwardScale : reverseScale;
            }
            if ((forward ? reverseSamples : forwardSamples) > 0) {
                return forward ? reverseScale : forwardScale;
            }
            return 1;
        }

        /**
         * Returns how many Jacobians were timed in a mode.
         *
         * @param mode {@link Mode#FORWARD} or {@link Mode#REVERSE}
         * @return the count
         */
        int samples(Mode mode) {
            return mode == Mode.FORWARD ? forwardSamples : reverseSamples;
        }

        /**
         * Tells whether anything was timed.
         *
         * @return {@code true} once one Jacobian of either mode was
         */
        boolean measured() {
            return forwardSamples + reverseSamples > 0;
        }

        private Timings with(Mode mode, double scale) {
            return mode == Mode.FORWARD
                    ? new Timings(fastest(forwardScale, forwardSamples, scale), more(forwardSamples), reverseScale,
                    reverseSamples)
                    : new Timings(forwardScale, forwardSamples, fastest(reverseScale, reverseSamples, scale),
                    more(reverseSamples));
        }

        private static double fastest(double fastest, int samples, double sample) {
            // The fastest, not the mean: the first calls run before the JIT has compiled the sweeps, and a shared
            // machine only ever makes a call slower, so the fastest sample is the steady-state cost.
            return samples == 0 ? sample : Math.min(fastest, sample);
        }

        private static int more(int samples) {
            return Math.min(samples + 1, MAX_SAMPLES);
        }
    }
}
