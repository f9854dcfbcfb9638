package dev.chainrule.processor.ir;

/**
 * A variable of the IR. Identity matters, not the name: two variables may share a hint, and the emitter gives every
 * variable a unique Java name. Variables are mutable: a loop assigns its locals once per iteration.
 */
public final class Var {
    private final String hint;
    private final Role role;
    private final Var base;
    private final Type type;
    private final boolean derivative;

    /** What a variable stands for, which decides who may keep the exact name the user wrote. */
    public enum Role {
        /** A parameter of the generated method: its name is part of the API. */
        PARAMETER,
        /** The first version of a local the user declared: keeps the user's name. */
        USER_LOCAL,
        /** Anything the compiler made up: later versions of a local, temporaries, tangents, adjoints. */
        SYNTHETIC
    }

    /** A variable of the user's own computation, or one holding such a value. */
    public Var(String hint, Role role, Type type) {
        this(null, hint, role, type, false);
    }

    private Var(Var base, String hint, Role role, Type type, boolean derivative) {
        this.base = base;
        this.hint = hint;
        this.role = role;
        this.type = type;
        this.derivative = derivative;
    }

    /** A variable holding a derivative value the transforms compute: a seed, a partial, an adjoint cell. */
    public static Var derivative(String hint, Role role, Type type) {
        return new Var(null, hint, role, type, true);
    }

    /**
     * A companion of {@code base}: its tangent ({@code "Dot"}) or adjoint ({@code "Bar"}). Its Java name is the base's
     * Java name with the suffix, so {@code s2}'s adjoint reads {@code s2Bar}.
     */
    public static Var companion(Var base, String suffix, Role role) {
        return companion(base, suffix, role, base.type);
    }

    /** A companion of another type than its base: a tangent holding one value per direction in vector mode. */
    public static Var companion(Var base, String suffix, Role role, Type type) {
        boolean derivative = base.derivative || suffix.startsWith("Dot") || suffix.startsWith("Bar");
        return new Var(base, suffix, role, type, derivative);
    }

    /** A variable like this one (primal or derivative), named {@code suffix} after it, of {@code type}. */
    public Var sibling(String suffix, Type type) {
        return new Var(base, hint + suffix, role, type, derivative);
    }

    /**
     * True for a derivative value (a tangent, an adjoint, a seed, a partial), which the optimisation passes may
     * compute in any order the floating-point policy allows; false for a value of the user's own computation, kept
     * bit for bit.
     */
    public boolean isDerivative() {
        return derivative;
    }

    /** The name this variable would like, or, for a companion, the suffix to put after its base's name. */
    public String hint() {
        return hint;
    }

    /**
     * The name this variable would have if nothing clashed: its hint, after its base's for a companion ({@code xBar},
     * {@code xBarDot}). The checks generated code makes name arguments by it.
     */
    public String plainName() {
        return base == null ? hint : base.plainName() + hint;
    }

    /** The variable this one is a companion of, or null. */
    public Var base() {
        return base;
    }

    public Type type() {
        return type;
    }

    public Role role() {
        return role;
    }

    @Override
    public String toString() {
        return hint + "@" + Integer.toHexString(System.identityHashCode(this));
    }
}
