package dev.chainrule.processor.ir;

/**
 * A method of the runtime that generated code calls. Typed, so a pass recognises a runtime call by what it is, never
 * by its name; the emitter alone knows how each is written.
 */
public enum RuntimeOp {
    /** {@code Flat.rows(tangents, i)}: row {@code i} of every direction's matrix tangent, sharing storage. */
    ROWS(Owner.FLAT, "rows", true),
    /** {@code Flat.zerosLike(m)} or {@code Flat.zerosLike(count, m)}: zero matrices shaped like {@code m}. */
    ZEROS_LIKE(Owner.FLAT, "zerosLike", true),
    /** {@code Flat.emptyRows(count)}: an array of {@code count} rows to be filled. */
    EMPTY_ROWS(Owner.FLAT, "emptyRows", true),
    /** {@code Flat.direction(tangents, dir, ...)}: one direction's tangent, zeros past the last direction. */
    DIRECTION(Owner.FLAT, "direction", true),
    /** {@code Flat.setDirection(tangents, dir, value)}: stores one direction's tangent of the result. */
    SET_DIRECTION(Owner.FLAT, "setDirection"),
    /**
     * {@code Flat.addOut(from, into, offset)}: adds one array into another. Linear in {@code from}, so forward mode
     * applies it to the tangents too.
     */
    ADD_OUT(Owner.FLAT, "addOut"),
    /** {@code Checks.sameShape(name, array, like, likeName)}: an adjoint or tangent array has its primal's shape. */
    SAME_SHAPE(Owner.CHECKS, "sameShape"),
    /** {@code Checks.directionCount(name, tangents, count)}: every tangent argument holds as many directions. */
    DIRECTION_COUNT(Owner.CHECKS, "directionCount"),
    /** {@code tape.mark()}: where a failed seed check rewinds the tape to. */
    MARK(Owner.TAPE, "mark"),
    /** {@code tape.checkSeed(seed, result)}: the seed has the result's length, else the tape rewinds and it throws. */
    CHECK_SEED(Owner.TAPE, "checkSeed"),
    /** {@code tape.checkSeeds(seeds, result)}: {@link #CHECK_SEED} for every seed of vector reverse mode. */
    CHECK_SEEDS(Owner.TAPE, "checkSeeds");

    /** Who a runtime method belongs to. */
    public enum Owner {
        /** The static helpers of {@code Flat}. */
        FLAT("Flat"),
        /** The static argument checks of {@code Checks}. */
        CHECKS("Checks"),
        /** The calling thread's tape, held in the local {@code tape}. */
        TAPE("Tape");

        private final String className;

        Owner(String className) {
            this.className = className;
        }

        /** The simple name of the runtime class. */
        public String className() {
            return className;
        }
    }

    private final Owner owner;
    private final String method;
    private final boolean function;

    RuntimeOp(Owner owner, String method) {
        this(owner, method, false);
    }

    RuntimeOp(Owner owner, String method, boolean function) {
        this.owner = owner;
        this.method = method;
        this.function = function;
    }

    /**
     * True for a call that only computes a new value from its arguments (a fresh array, a view of one), with no
     * effect on anything else: unused, it can go.
     */
    public boolean isFunction() {
        return function;
    }

    public Owner owner() {
        return owner;
    }

    /** The Java method's name. */
    public String method() {
        return method;
    }
}
