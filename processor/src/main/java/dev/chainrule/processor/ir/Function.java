package dev.chainrule.processor.ir;

import java.util.List;

/** A function of the IR: parameters, a body, and the Java type it returns. */
public record Function(String name, List<Param> params, List<Stmt> body, Result result) {

    /** What the function returns. */
    public enum Result {
        DOUBLE("double"), DOUBLE_ARRAY("double[]"), DUAL("Dual"), DUAL_VECTOR("DualVector");

        private final String javaName;

        Result(String javaName) {
            this.javaName = javaName;
        }

        public String javaName() {
            return javaName;
        }
    }

    public Function {
        params = List.copyOf(params);
        body = List.copyOf(body);
    }
}
