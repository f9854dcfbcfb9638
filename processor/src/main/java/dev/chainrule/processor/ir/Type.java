package dev.chainrule.processor.ir;

/** The Java types the IR handles. Only {@code double} values and {@code double} arrays carry derivatives. */
public enum Type {
    DOUBLE("double"), INT("int"), LONG("long"), BOOLEAN("boolean"),
    DOUBLE_ARRAY("double[]"), DOUBLE_MATRIX("double[][]"),
    /** Only in vector forward mode: the tangents of a matrix, one matrix per direction. */
    DOUBLE_TENSOR("double[][][]"),
    /** Only for messages the generated code passes to runtime checks. */
    STRING("String"),
    /** The result of a called method's forward mode. */
    DUAL("Dual"), DUAL_VECTOR("DualVector"),
    /** The result of a called method's vector forward mode. */
    DUALS("Duals"), DUAL_VECTORS("DualVectors"),
    /** The object an instance method is called on; the emitter prints its class. */
    RECEIVER("Object");

    private final String javaName;

    Type(String javaName) {
        this.javaName = javaName;
    }

    public String javaName() {
        return javaName;
    }

    /** True for the types whose values can be differentiable: {@code double} and arrays of it. */
    public boolean isDifferentiable() {
        return this == DOUBLE || isArray();
    }

    public boolean isArray() {
        return this == DOUBLE_ARRAY || this == DOUBLE_MATRIX;
    }

    public boolean isIntegral() {
        return this == INT || this == LONG;
    }

    /** The type of an element: {@code double} of {@code double[]}, {@code double[]} of {@code double[][]}. */
    public Type element() {
        if (this == DOUBLE_ARRAY) {
            return DOUBLE;
        }
        if (this == DOUBLE_MATRIX) {
            return DOUBLE_ARRAY;
        }
        if (this == DOUBLE_TENSOR) {
            return DOUBLE_MATRIX;
        }
        throw new IllegalStateException(this + " has no elements");
    }

    /** The type of an array of this one: what holds one value of this type per direction in vector mode. */
    public Type lifted() {
        return switch (this) {
            case DOUBLE -> DOUBLE_ARRAY;
            case DOUBLE_ARRAY -> DOUBLE_MATRIX;
            case DOUBLE_MATRIX -> DOUBLE_TENSOR;
            default -> throw new IllegalStateException(this + " has no tangents");
        };
    }

    /** The value a hoisted declaration starts with. */
    public String zero() {
        return switch (this) {
            case DOUBLE -> "0.0";
            case INT, LONG -> "0";
            case BOOLEAN -> "false";
            default -> "null";
        };
    }
}
