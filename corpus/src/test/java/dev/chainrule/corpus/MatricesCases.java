package dev.chainrule.corpus;

import static dev.chainrule.corpus.Args.lowerTriangular;
import static dev.chainrule.corpus.Args.matrix;
import static dev.chainrule.corpus.Args.scalar;
import static dev.chainrule.corpus.Args.spd;
import static dev.chainrule.corpus.Args.symmetric;
import static dev.chainrule.corpus.Args.upperTriangular;
import static dev.chainrule.corpus.Args.vector;

import java.util.List;

final class MatricesCases {

    private MatricesCases() {
    }

    static List<Case> cases() {
        Class<?> c = Matrices.class;
        return List.of(
                Case.of(c, "matVec", matrix(3, 4), vector(4)),
                Case.of(c, "transposeMatVec", matrix(3, 4), vector(3)),
                Case.of(c, "quadraticForm", matrix(4, 4), vector(4)),
                Case.of(c, "bilinearForm", vector(3), matrix(3, 4), vector(4)),
                Case.of(c, "frobeniusNorm", matrix(3, 3)),
                Case.of(c, "traceOfProduct", matrix(3, 4), matrix(4, 3)),
                Case.of(c, "determinant3", matrix(3, 3)),
                Case.of(c, "choleskyFactor", spd(4)),
                Case.of(c, "logDeterminant", spd(4)),
                Case.of(c, "forwardSubstitution", lowerTriangular(4), vector(4)),
                Case.of(c, "backSubstitution", upperTriangular(4), vector(4)),
                Case.of(c, "solveSpd", spd(4), vector(4)),
                Case.of(c, "mahalanobis", vector(3), vector(3), spd(3)),
                Case.of(c, "gaussianLogDensity", vector(3), vector(3), spd(3)),
                Case.of(c, "rayleighQuotient", symmetric(4), vector(4)),
                Case.of(c, "inverse2Entry", scalar(2, 3), scalar(-1, 1), scalar(-1, 1), scalar(2, 3)),
                Case.of(c, "matMul", matrix(2, 3), matrix(3, 2)),
                Case.of(c, "determinant", matrix(4, 4)),
                Case.of(c, "weightedQuadraticSum", vector(5), matrix(5, 3), matrix(3, 3)));
    }
}
