package dev.chainrule.corpus;

import dev.chainrule.runtime.DifferentiableFunction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A point at which a corpus method is checked: its arguments, the flat vector of its differentiable ones, the
 * generated view with its constants bound, and the Richardson reference Jacobian of the plain method there.
 *
 * @param args      the arguments, in declaration order
 * @param x         the differentiable arguments, flat
 * @param value     the plain method's result there
 * @param view      the generated view
 * @param reference the difference estimate of the Jacobian
 */
record Point(Object[] args, double[] x, double[] value, DifferentiableFunction view, Differences.Estimate reference) {

    /** Points per method. */
    static final int PER_METHOD = 4;

    /** Candidates drawn before giving up on finding smooth points. */
    private static final int ATTEMPTS = 60;

    /**
     * How far the two Richardson estimates may disagree, relative to the entry's scale, for the method to count as
     * smooth around the point. A kink or jump within the step makes them disagree by order one.
     */
    static final double SMOOTH = 1e-5;

    /**
     * Draws the points of a method: candidates from the case's own generator, keeping those around which the plain
     * method is smooth (a finite-difference reference means nothing across a kink).
     *
     * @param method the method
     * @param spec   its case
     * @return {@link #PER_METHOD} points
     * @throws IllegalStateException if too few candidates were smooth, which means the case's domain is wrong
     */
    static List<Point> of(CorpusMethod method, Case spec) {
        Random random = spec.random();
        List<Point> points = new ArrayList<>();
        for (int attempt = 0; attempt < ATTEMPTS && points.size() < PER_METHOD; attempt++) {
            Object[] args = spec.draw().apply(random);
            double[] x = method.flatten(args);
            double[] value = method.evaluate(args);
            Differences.Estimate reference = Differences.jacobian(y -> method.evaluateAt(args, y), x);
            if (smooth(reference, value, x)) {
                points.add(new Point(args, x, value, method.view(args), reference));
            }
        }
        if (points.size() < PER_METHOD) {
            throw new IllegalStateException(method.label() + ": only " + points.size() + " of " + ATTEMPTS
                    + " points were smooth enough for differences; the case's domain needs fixing");
        }
        return points;
    }

    private static boolean smooth(Differences.Estimate reference, double[] value, double[] x) {
        for (int i = 0; i < value.length; i++) {
            if (!Double.isFinite(value[i])) {
                return false;
            }
            double rowMax = Tolerance.rowMax(reference.value()[i]);
            for (int k = 0; k < x.length; k++) {
                double allowed = SMOOTH * Tolerance.scale(reference.value()[i][k], rowMax)
                        + Tolerance.noise(value[i], x[k]);
                if (!(reference.error()[i][k] <= allowed)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The arguments, printed for a failure message. */
    String describe() {
        return Arrays.deepToString(args);
    }
}
