package dev.chainrule.runtime.support;


/**
 * What each sweep of a function costs, as operation counts of its generated code, counted at build time: every
 * arithmetic operation, library call, array element access and tape operation once where it appears in the source (a
 * loop body counts once, however often it runs). The counts are not times; their ratios to {@link #valueOps} are the
 * prior a driver starts from before it has timed anything.
 *
 * @param valueOps            operations of the plain function
 * @param jvpOps              operations of one forward (tangent) sweep, primal included
 * @param vjpOps              operations of one reverse (adjoint) sweep, forward and backward parts included
 * @param jvpsSharedOps       operations of a vector forward sweep that are shared by all its directions (the primal
 *                            and the partial derivatives)
 * @param jvpsPerDirectionOps operations of a vector forward sweep repeated for every direction
 * @param vjpsSharedOps       operations of a vector reverse sweep shared by all its seeds (the forward sweep, the
 *                            tape, the partial derivatives); 0 where the build generated no vector reverse mode
 * @param vjpsPerSeedOps      operations of a vector reverse sweep repeated for every seed
 */
public record Costs(int valueOps, int jvpOps, int vjpOps, int jvpsSharedOps, int jvpsPerDirectionOps,
                    int vjpsSharedOps, int vjpsPerSeedOps) {

    /** No counts: a function written by hand, whose sweeps the build never saw. */
    public static final Costs UNKNOWN = new Costs(0, 0, 0, 0, 0, 0, 0);

    /**
     * Checks that no count is negative.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public Costs {
        // Generated views make one per call of costs(): the check allocates nothing unless it fails.
        if ((valueOps | jvpOps | vjpOps | jvpsSharedOps | jvpsPerDirectionOps | vjpsSharedOps | vjpsPerSeedOps) < 0) {
            throw new IllegalArgumentException("operation counts must not be negative: " + java.util.Arrays.toString(
                    new int[] {valueOps, jvpOps, vjpOps, jvpsSharedOps, jvpsPerDirectionOps, vjpsSharedOps,
                        vjpsPerSeedOps}));
        }
    }

    /**
     * Tells whether the build counted the sweeps.
     *
     * @return {@code false} for {@link #UNKNOWN}
     */
    public boolean isKnown() {
        return valueOps > 0;
    }
}
