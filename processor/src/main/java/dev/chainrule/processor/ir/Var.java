package dev.chainrule.processor.ir;

/**
 * A variable of the IR. Identity matters, not the name: two variables may share a hint, and the emitter gives every
 * variable a unique Java name. A variable is assigned once (the front end renames reassignments into new versions).
 */
public final class Var {
    private final String hint;
    private final Role role;
    private final Var base;

    /** What a variable stands for, which decides who may keep the exact name the user wrote. */
    public enum Role {
        /** A parameter of the generated method: its name is part of the API. */
        PARAMETER,
        /** The first version of a local the user declared: keeps the user's name. */
        USER_LOCAL,
        /** Anything the compiler made up: later versions of a local, temporaries, tangents, adjoints. */
        SYNTHETIC
    }

    public Var(String hint, Role role) {
        this(null, hint, role);
    }

    private Var(Var base, String hint, Role role) {
        this.base = base;
        this.hint = hint;
        this.role = role;
    }

    /**
     * A companion of {@code base}: its tangent ({@code "Dot"}) or adjoint ({@code "Bar"}). Its Java name is the base's
     * Java name with the suffix, so {@code s2}'s adjoint reads {@code s2Bar}.
     */
    public static Var companion(Var base, String suffix, Role role) {
        return new Var(base, suffix, role);
    }

    /** The name this variable would like, or, for a companion, the suffix to put after its base's name. */
    public String hint() {
        return hint;
    }

    /** The variable this one is a companion of, or null. */
    public Var base() {
        return base;
    }

    public Role role() {
        return role;
    }

    @Override
    public String toString() {
        return hint + "@" + Integer.toHexString(System.identityHashCode(this));
    }
}
