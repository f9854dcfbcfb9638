package dev.chainrule.runtime.trace;

/** A traced function of either shape, as the tracer runs it: inputs and data in, outputs out. */
@FunctionalInterface
interface ActiveBody {

    Active[] apply(Active[] x, Active[] data);
}
