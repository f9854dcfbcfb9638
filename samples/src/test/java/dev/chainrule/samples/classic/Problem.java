package dev.chainrule.samples.classic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One classical least-squares test problem: where its generated code lives, its standard starting point, the
 * derivatives derived by hand, and the values the literature gives. Built fluently by {@link ClassicCatalog}.
 */
final class Problem {
    /** The hand-derived Jacobian J[i][j] = ∂F_i/∂x_j. */
    interface Jacobian {
        double[][] at(double[] x);
    }

    /** The hand-derived rows ∇²F_i · v. */
    interface Curvature {
        double[][] along(double[] x, double[] v);
    }

    private final String name;
    private final GeneratedProblem generated;
    private final double[] start;
    private final Jacobian jacobian;
    private Curvature curvature;
    private double spread = 0.5;
    private boolean objectiveDifferences = true;
    private final List<double[]> extraPoints = new ArrayList<>();
    private double startValue = Double.NaN;
    private double[] minimizer;
    private double minimum;
    private double publishedMinimum = Double.NaN;

    private Problem(String name, GeneratedProblem generated, double[] start, Jacobian jacobian) {
        this.name = name;
        this.generated = generated;
        this.start = start;
        this.jacobian = jacobian;
    }

    /** {@code method} names the sum of squares; its residuals are {@code method + "F"}; {@code data} is bound. */
    static Problem of(String name, Class<?> derivatives, String method, double[] start, Jacobian jacobian,
            Object... data) {
        return new Problem(name, new GeneratedProblem(derivatives, method, data), start, jacobian);
    }

    Problem curvature(Curvature c) {
        this.curvature = c;
        return this;
    }

    /** Random points are {@code start + spread · u · max(1, |start|)}, u uniform in [-1, 1]. */
    Problem spread(double s) {
        this.spread = s;
        return this;
    }

    /**
     * Central differences of f are noise here (f is about 1e12 where some partials are about 1): compare them with
     * the residuals only.
     */
    Problem differencesOfResidualsOnly() {
        this.objectiveDifferences = false;
        return this;
    }

    boolean objectiveDifferences() {
        return objectiveDifferences;
    }

    Problem alsoAt(double... point) {
        extraPoints.add(point);
        return this;
    }

    /** f at the standard starting point, as derived from the formulas or published. */
    Problem startValue(double f) {
        this.startValue = f;
        return this;
    }

    /** A known minimizer and f there (0 for a zero-residual problem). */
    Problem minimum(double f, double... x) {
        this.minimizer = x;
        this.minimum = f;
        return this;
    }

    /** The minimum value of f the paper reports (5 or 6 significant digits) for a least-squares solver to reach. */
    Problem publishedMinimum(double f) {
        this.publishedMinimum = f;
        return this;
    }

    String name() {
        return name;
    }

    GeneratedProblem generated() {
        return generated;
    }

    double[] start() {
        return start.clone();
    }

    int n() {
        return start.length;
    }

    double[][] handJacobian(double[] x) {
        return jacobian.at(x);
    }

    boolean hasCurvature() {
        return curvature != null;
    }

    double[][] handCurvature(double[] x, double[] v) {
        return curvature.along(x, v);
    }

    double startValue() {
        return startValue;
    }

    double[] minimizer() {
        return minimizer;
    }

    double minimum() {
        return minimum;
    }

    double publishedMinimum() {
        return publishedMinimum;
    }

    /**
     * {@link #points} and the known minimizer, where the residuals (and so the gradient of f) vanish up to rounding:
     * only for checks whose values do not cancel there (Jacobians, curvature).
     */
    List<double[]> pointsAndMinimizer(int random) {
        List<double[]> points = points(random);
        if (minimizer != null) {
            points.add(minimizer.clone());
        }
        return points;
    }

    /** The standard start, the extra points, and {@code random} seeded points around the start. */
    List<double[]> points(int random) {
        List<double[]> points = new ArrayList<>();
        points.add(start());
        points.addAll(extraPoints);
        Random rng = new Random(name.hashCode());
        for (int p = 0; p < random; p++) {
            double[] x = start();
            for (int j = 0; j < x.length; j++) {
                x[j] += spread * (2 * rng.nextDouble() - 1) * Math.max(1, Math.abs(x[j]));
            }
            points.add(x);
        }
        return points;
    }

    @Override
    public String toString() {
        return name;
    }
}
