package dev.chainrule.processor.opt;

import dev.chainrule.processor.ir.Function;
import java.util.List;

/**
 * The general passes every generated function goes through, whatever mode wrote it, in this order: simplify the
 * plain chain rule the transforms wrote, read copies through, compute repeated expressions once (reading the copies
 * that leaves through again), turn first accumulations into assignments, then remove what no one reads. Each pass leaves the user's own values bit for bit as they are ({@link Pass}).
 */
public final class Cleanup {
    private static final List<Pass> PASSES = List.of(new Simplify(), new CopyPropagation(),
            new CommonSubexpressions(), new CopyPropagation(), new FirstWriteAssigns(), new DeadCode());

    private Cleanup() {
    }

    /** {@code function} through every pass. */
    public static Function apply(Function function) {
        Function out = function;
        for (Pass pass : PASSES) {
            out = pass.apply(out);
        }
        return out;
    }
}
