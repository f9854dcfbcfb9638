package dev.chainrule.corpus;

import static dev.chainrule.corpus.Args.scalar;
import static dev.chainrule.corpus.Args.vector;

import java.util.List;
import java.util.Random;

final class GeometryCases {

    private GeometryCases() {
    }

    static List<Case> cases() {
        Class<?> c = Geometry.class;
        Arg coordinate = scalar(-3, 3);
        return List.of(
                Case.of(c, "distance2d", coordinate, coordinate, coordinate, coordinate),
                Case.of(c, "distance", vector(3), vector(3)),
                Case.of(c, "manhattanDistance", vector(4), vector(4)),
                Case.of(c, "dot", vector(5), vector(5)),
                Case.of(c, "angleBetween", vector(3), vector(3)),
                Case.of(c, "signedAngle", coordinate, coordinate, coordinate, coordinate),
                Case.of(c, "triangleArea", scalar(2, 3), scalar(2, 3), scalar(2, 3)),
                new Case(c, "polygonArea", random -> polygon(random, 6)),
                new Case(c, "polygonPerimeter", random -> polygon(random, 6)),
                Case.of(c, "rotate2d", vector(2), scalar(-3, 3)),
                Case.of(c, "cross", vector(3), vector(3)),
                Case.of(c, "rotateAboutAxis", vector(3), vector(3, 0.5, 1.5), scalar(-3, 3)),
                Case.of(c, "rotateEuler", vector(3), scalar(-3, 3), scalar(-1.5, 1.5), scalar(-3, 3)),
                Case.of(c, "normalize", vector(4, 0.5, 2)),
                Case.of(c, "pointSegmentDistance", coordinate, coordinate, coordinate, coordinate, coordinate,
                        coordinate),
                Case.of(c, "haversine", scalar(-60, 60), scalar(-180, 180), scalar(-60, 60), scalar(-180, 180)),
                new Case(c, "barycentric", random -> {
                    Object[] corners = triangle(random);
                    return new Object[] {Args.uniform(random, 0.1, 0.4), Args.uniform(random, 0.1, 0.4), corners[0],
                        corners[1]};
                }),
                Case.of(c, "sphericalToCartesian", scalar(1, 2), scalar(0.3, 2.8), scalar(-3, 3)),
                Case.of(c, "centroid", vector(5), vector(5)),
                new Case(c, "circumradius", random -> {
                    Object[] corners = triangle(random);
                    double[] xs = (double[]) corners[0];
                    double[] ys = (double[]) corners[1];
                    return new Object[] {new double[] {xs[0], ys[0]}, new double[] {xs[1], ys[1]},
                        new double[] {xs[2], ys[2]}};
                }),
                new Case(c, "tetrahedronVolume", random -> new Object[] {
                    jittered(random, 0, 0, 0), jittered(random, 1, 0, 0), jittered(random, 0, 1, 0),
                    jittered(random, 0, 0, 1)}));
    }

    /** A convex polygon: a regular one with its radii and angles jittered, counter-clockwise. */
    private static Object[] polygon(Random random, int n) {
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * (i + Args.uniform(random, -0.1, 0.1)) / n;
            double radius = Args.uniform(random, 0.9, 1.1);
            xs[i] = radius * Math.cos(angle);
            ys[i] = radius * Math.sin(angle);
        }
        return new Object[] {xs, ys};
    }

    /** The corners of a right triangle, jittered: {@code (xs, ys)}. */
    private static Object[] triangle(Random random) {
        double[] xs = {Args.uniform(random, -0.1, 0.1), 1 + Args.uniform(random, -0.1, 0.1),
            Args.uniform(random, -0.1, 0.1)};
        double[] ys = {Args.uniform(random, -0.1, 0.1), Args.uniform(random, -0.1, 0.1),
            1 + Args.uniform(random, -0.1, 0.1)};
        return new Object[] {xs, ys};
    }

    private static double[] jittered(Random random, double x, double y, double z) {
        return new double[] {x + Args.uniform(random, -0.1, 0.1), y + Args.uniform(random, -0.1, 0.1),
            z + Args.uniform(random, -0.1, 0.1)};
    }
}
