package dev.chainrule.bench.report;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import dev.chainrule.runtime.support.Costs;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which mode the runtime's AUTO chose for each benchmark, found by asking it: the function is wrapped in a probe that
 * counts the products the driver requests (and passes the build's sweep costs through, so a cost model sees what it
 * would see), and {@code Jacobians.jacobian(probe, x, AUTO)} runs once outside the measurements.
 */
public final class AutoChoices {

    private final Map<String, String> choices = new HashMap<>();

    /**
     * Asks AUTO for one benchmark's Jacobian and records the mode it used.
     *
     * @param benchmark the benchmark class's simple name
     * @param params    the parameters as {@link Measurement#paramsLabel()} prints them
     * @param f         the function the benchmark's {@code auto} method differentiates
     * @param x         the point
     */
    public void record(String benchmark, String params, DifferentiableFunction f, double[] x) {
        Probe probe = new Probe(f);
        Jacobians.jacobian(probe, x, Mode.AUTO);
        choices.put(benchmark + '|' + params, probe.mode());
    }

    /**
     * Returns the mode AUTO chose.
     *
     * @param benchmark the benchmark class's simple name
     * @param params    the parameters as {@link Measurement#paramsLabel()} prints them
     * @return {@code forward}, {@code vector forward}, {@code reverse} or a combination, if recorded
     */
    public Optional<String> of(String benchmark, String params) {
        return Optional.ofNullable(choices.get(benchmark + '|' + params));
    }

    /** Counts the products a driver asks for, and otherwise is the function it wraps. */
    private static final class Probe implements DifferentiableFunction {

        private final DifferentiableFunction f;
        private int jvps;
        private int vectorJvps;
        private int vjps;

        Probe(DifferentiableFunction f) {
            this.f = f;
        }

        String mode() {
            String forward = vectorJvps > 0 ? "vector forward" : jvps > 0 ? "forward" : "";
            String reverse = vjps > 0 ? "reverse" : "";
            return forward.isEmpty() ? reverse.isEmpty() ? "none" : reverse
                    : reverse.isEmpty() ? forward : forward + " and " + reverse;
        }

        @Override
        public int inputDimension() {
            return f.inputDimension();
        }

        @Override
        public int outputDimension() {
            return f.outputDimension();
        }

        @Override
        public void value(double[] x, double[] y) {
            f.value(x, y);
        }

        @Override
        public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
            jvps++;
            f.jvp(x, v, y, yDot);
        }

        @Override
        public void vjp(double[] x, double[] w, double[] y, double[] xBar) {
            vjps++;
            f.vjp(x, w, y, xBar);
        }

        @Override
        public void jvps(double[] x, double[][] v, double[] y, double[][] yDot) {
            vectorJvps++;
            f.jvps(x, v, y, yDot);
        }

        @Override
        public Costs costs() {
            return f.costs();
        }
    }
}
