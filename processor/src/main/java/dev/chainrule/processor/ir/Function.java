package dev.chainrule.processor.ir;

import java.util.List;

/** A straight-line function of the IR: parameters, statements, and what it returns. */
public record Function(String name, List<Param> params, List<Stmt> body, Result result) {

    /** What the function returns. */
    public enum Result {
        /** The primal value. */
        DOUBLE,
        /** Value and tangent, as {@code Dual}. */
        DUAL
    }

    public Function {
        params = List.copyOf(params);
        body = List.copyOf(body);
    }
}
