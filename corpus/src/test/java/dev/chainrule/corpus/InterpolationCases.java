package dev.chainrule.corpus;

import static dev.chainrule.corpus.Args.increasing;
import static dev.chainrule.corpus.Args.integer;
import static dev.chainrule.corpus.Args.matrix;
import static dev.chainrule.corpus.Args.scalar;
import static dev.chainrule.corpus.Args.vector;

import java.util.List;

final class InterpolationCases {

    private InterpolationCases() {
    }

    static List<Case> cases() {
        Class<?> c = Interpolation.class;
        // Six knots from 0 with gaps of at least 0.5: [0.1, 2.4] lies inside every grid drawn.
        Arg grid = increasing(6, 0, 0.5, 1.5);
        Arg values = vector(6, -2, 2);
        Arg inside = scalar(0.1, 2.4);
        Arg nodes = increasing(5, -1, 0.3, 0.6);
        return List.of(
                Case.of(c, "linear", grid, values, inside),
                Case.of(c, "linearOnTable", vector(8, -2, 2), scalar(0.1, 6.9)),
                Case.of(c, "cubicHermite", grid, values, vector(6), inside),
                Case.of(c, "catmullRom", grid, values, inside),
                Case.of(c, "bilinear", matrix(4, 5), scalar(0.1, 2.9), scalar(0.1, 3.9)),
                Case.of(c, "lagrange", nodes, vector(5), scalar(-1, 1)),
                Case.of(c, "newtonForm", nodes, vector(5), scalar(-1, 1)),
                Case.of(c, "horner", vector(6), scalar(-1.5, 1.5)),
                Case.of(c, "clenshaw", vector(6), scalar(-1, 1)),
                Case.of(c, "smoothstep", scalar(-1, -0.5), scalar(0.5, 1), scalar(-0.45, 0.45)),
                Case.of(c, "bezier", vector(4), vector(4), scalar(0, 1)),
                Case.of(c, "cubicBSpline", vector(8), scalar(0.05, 4.95)),
                Case.of(c, "trapezoid", grid, values),
                Case.of(c, "simpsonGaussian", scalar(0.5, 2), scalar(1, 2), integer(10)),
                Case.of(c, "inverseDistance", vector(6, -1, 0), vector(6, -1, 0), vector(6), scalar(0.1, 1),
                        scalar(0.1, 1)),
                Case.of(c, "monotoneCubic", grid, values, inside),
                Case.of(c, "gaussLegendre", scalar(-1, 0), scalar(0.5, 1.5), scalar(0.5, 3), integer(3)));
    }
}
