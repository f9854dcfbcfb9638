package dev.chainrule.processor.ir;

import java.util.List;

/** A function of the IR: parameters, a body, and the Java type it returns. */
public record Function(String name, List<Param> params, List<Stmt> body, Result result) {

    /** What the function returns. */
    public enum Result {
        DOUBLE("double"), DOUBLE_ARRAY("double[]"), DUAL("Dual"), DUAL_VECTOR("DualVector"),
        DUALS("Duals"), DUAL_VECTORS("DualVectors");

        private final String javaName;

        Result(String javaName) {
            this.javaName = javaName;
        }

        public String javaName() {
            return javaName;
        }
    }

    /** True for the results of forward modes, which return value and tangents together. */
    public boolean returnsTangents() {
        return result != Result.DOUBLE && result != Result.DOUBLE_ARRAY;
    }

    public Function {
        params = List.copyOf(params);
        body = List.copyOf(body);
    }
}
