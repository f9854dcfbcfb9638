package dev.chainrule.samples.classic;

import java.util.Arrays;
import java.util.List;

/**
 * The Moré–Garbow–Hillstrom problems with their standard starting points (the paper's x0), hand-derived derivatives,
 * and known values: f(x0) where it follows from the formulas by hand, zero-residual minimizers, and the minima the
 * paper reports.
 */
final class ClassicCatalog {
    private ClassicCatalog() {
    }

    static List<Problem> all() {
        return List.of(
                Problem.of("rosenbrock", MghDerivatives.class, "rosenbrock", vector(-1.2, 1), MghJacobians::rosenbrock)
                        .curvature(MghCurvatures::rosenbrock).startValue(24.2).minimum(0, 1, 1),
                Problem.of("freudensteinRoth", MghDerivatives.class, "freudensteinRoth", vector(0.5, -2),
                        MghJacobians::freudensteinRoth).curvature(MghCurvatures::freudensteinRoth)
                        .startValue(400.5).minimum(0, 5, 4),
                Problem.of("powellBadlyScaled", MghDerivatives.class, "powellBadlyScaled", vector(0, 1),
                        MghJacobians::powellBadlyScaled).curvature(MghCurvatures::powellBadlyScaled)
                        .startValue(1 + Math.pow(Math.exp(-1) - 1e-4, 2)),
                Problem.of("brownBadlyScaled", MghDerivatives.class, "brownBadlyScaled", vector(1, 1),
                        MghJacobians::brownBadlyScaled).curvature(MghCurvatures::brownBadlyScaled).differencesOfResidualsOnly()
                        .startValue(Math.pow(1 - 1e6, 2) + Math.pow(1 - 2e-6, 2) + 1).minimum(0, 1e6, 2e-6),
                Problem.of("beale", MghDerivatives.class, "beale", vector(1, 1), MghJacobians::beale)
                        .curvature(MghCurvatures::beale).startValue(14.203125).minimum(0, 3, 0.5),
                Problem.of("jennrichSampson", MghDerivatives.class, "jennrichSampson", vector(0.3, 0.4),
                        MghJacobians::jennrichSampson).curvature(MghCurvatures::jennrichSampson)
                        .publishedMinimum(124.362),
                Problem.of("helicalValley", MghDerivatives.class, "helicalValley", vector(-1, 0, 0),
                        MghJacobians::helicalValley).curvature(MghCurvatures::helicalValley)
                        .alsoAt(0.7, -0.4, 0.3).alsoAt(0.5, 1.2, -0.8).alsoAt(-0.3, -2, 1)
                        .startValue(2500).minimum(0, 1, 0, 0),
                Problem.of("bard", MghDerivatives.class, "bard", vector(1, 1, 1), MghJacobians::bard, Mgh.BARD_Y)
                        .curvature(MghCurvatures::bard).publishedMinimum(8.21487e-3),
                Problem.of("gaussian", MghDerivatives.class, "gaussian", vector(0.4, 1, 0), MghJacobians::gaussian,
                        Mgh.GAUSSIAN_Y).publishedMinimum(1.12793e-8),
                Problem.of("meyer", MghDerivatives.class, "meyer", vector(0.02, 4000, 250), MghJacobians::meyer,
                        Mgh.MEYER_Y).curvature(MghCurvatures::meyer).publishedMinimum(87.9458),
                Problem.of("gulf", MghDerivatives.class, "gulf", vector(5, 2.5, 0.15), MghJacobians::gulf)
                        .curvature(MghCurvatures::gulf).minimum(0, 50, 25, 1.5),
                Problem.of("box3d", MghDerivatives.class, "box3d", vector(0, 10, 20), MghJacobians::box3d)
                        .curvature(MghCurvatures::box3d).minimum(0, 1, 10, 1),
                Problem.of("powellSingular", MghDerivatives.class, "powellSingular", vector(3, -1, 0, 1),
                        MghJacobians::powellSingular).curvature(MghCurvatures::powellSingular)
                        .startValue(215).minimum(0, 0, 0, 0, 0),
                Problem.of("wood", MghDerivatives.class, "wood", vector(-3, -1, -3, -1), MghJacobians::wood)
                        .curvature(MghCurvatures::wood).startValue(19192).minimum(0, 1, 1, 1, 1),
                Problem.of("kowalikOsborne", MghDerivatives.class, "kowalikOsborne", vector(0.25, 0.39, 0.415, 0.39),
                        MghJacobians::kowalikOsborne, Mgh.KOWALIK_OSBORNE_Y, Mgh.KOWALIK_OSBORNE_U).spread(0.1)
                        .publishedMinimum(3.07505e-4),
                Problem.of("brownDennis", MghDerivatives.class, "brownDennis", vector(25, 5, -5, -1),
                        MghJacobians::brownDennis).curvature(MghCurvatures::brownDennis).spread(0.2)
                        .publishedMinimum(85822.2),
                Problem.of("osborne1", MghDerivatives.class, "osborne1", vector(0.5, 1.5, -1, 0.01, 0.02),
                        MghJacobians::osborne1, Mgh.OSBORNE1_Y).curvature(MghCurvatures::osborne1).spread(0.01)
                        .publishedMinimum(5.46489e-5),
                Problem.of("biggsExp6", MghDerivatives.class, "biggsExp6", vector(1, 2, 1, 1, 1, 1),
                        MghJacobians::biggsExp6).curvature(MghCurvatures::biggsExp6)
                        .minimum(0, 1, 10, 1, 5, 4, 3),
                Problem.of("osborne2", MghDerivatives.class, "osborne2",
                        vector(1.3, 0.65, 0.65, 0.7, 0.6, 3, 5, 7, 2, 4.5, 5.5), MghJacobians::osborne2,
                        Mgh.OSBORNE2_Y).spread(0.2).publishedMinimum(4.01377e-2),
                Problem.of("watson6", MghScalableDerivatives.class, "watson", new double[6],
                        MghScalableJacobians::watson).curvature(MghCurvatures::watson).startValue(30)
                        .publishedMinimum(2.28767e-3),
                Problem.of("watson9", MghScalableDerivatives.class, "watson", new double[9],
                        MghScalableJacobians::watson).curvature(MghCurvatures::watson).startValue(30),
                Problem.of("extendedRosenbrock10", MghScalableDerivatives.class, "extendedRosenbrock",
                        repeat(10, -1.2, 1), MghScalableJacobians::extendedRosenbrock)
                        .curvature(MghCurvatures::extendedRosenbrock).startValue(5 * 24.2).minimum(0, filled(10, 1)),
                Problem.of("extendedPowell8", MghScalableDerivatives.class, "extendedPowell", repeat(8, 3, -1, 0, 1),
                        MghScalableJacobians::extendedPowell).curvature(MghCurvatures::extendedPowell)
                        .startValue(2 * 215).minimum(0, filled(8, 0)),
                Problem.of("penalty1_4", MghScalableDerivatives.class, "penalty1", vector(1, 2, 3, 4),
                        MghScalableJacobians::penalty1).curvature(MghCurvatures::penalty1)
                        .startValue(1e-5 * 14 + 29.75 * 29.75).publishedMinimum(2.24997e-5),
                Problem.of("penalty1_10", MghScalableDerivatives.class, "penalty1", vector(1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
                        MghScalableJacobians::penalty1).curvature(MghCurvatures::penalty1),
                Problem.of("penalty2_4", MghScalableDerivatives.class, "penalty2", filled(4, 0.5),
                        MghScalableJacobians::penalty2).curvature(MghCurvatures::penalty2)
                        .publishedMinimum(9.37629e-6),
                Problem.of("penalty2_10", MghScalableDerivatives.class, "penalty2", filled(10, 0.5),
                        MghScalableJacobians::penalty2).curvature(MghCurvatures::penalty2)
                        .publishedMinimum(2.93660e-4),
                Problem.of("variablyDimensioned10", MghScalableDerivatives.class, "variablyDimensioned",
                        variablyDimensionedStart(10), MghScalableJacobians::variablyDimensioned)
                        .curvature(MghCurvatures::variablyDimensioned)
                        .startValue(3.85 + Math.pow(38.5, 2) + Math.pow(38.5, 4)).minimum(0, filled(10, 1)),
                Problem.of("trigonometric10", MghScalableDerivatives.class, "trigonometric", filled(10, 0.1),
                        MghScalableJacobians::trigonometric).curvature(MghCurvatures::trigonometric)
                        .minimum(0, filled(10, 0)),
                Problem.of("brownAlmostLinear10", MghScalableDerivatives.class, "brownAlmostLinear", filled(10, 0.5),
                        MghScalableJacobians::brownAlmostLinear).curvature(MghCurvatures::brownAlmostLinear)
                        .startValue(9 * 5.5 * 5.5 + Math.pow(1 - Math.pow(2, -10), 2)).minimum(0, filled(10, 1)),
                Problem.of("discreteBoundaryValue10", MghScalableDerivatives.class, "discreteBoundaryValue",
                        boundaryStart(10), MghScalableJacobians::discreteBoundaryValue)
                        .curvature(MghCurvatures::discreteBoundaryValue).publishedMinimum(0),
                Problem.of("discreteIntegral10", MghScalableDerivatives.class, "discreteIntegral", boundaryStart(10),
                        MghScalableJacobians::discreteIntegral).curvature(MghCurvatures::discreteIntegral)
                        .publishedMinimum(0),
                Problem.of("broydenTridiagonal10", MghScalableDerivatives.class, "broydenTridiagonal",
                        filled(10, -1), MghScalableJacobians::broydenTridiagonal)
                        .curvature(MghCurvatures::broydenTridiagonal).publishedMinimum(0),
                Problem.of("broydenBanded10", MghScalableDerivatives.class, "broydenBanded", filled(10, -1),
                        MghScalableJacobians::broydenBanded).curvature(MghCurvatures::broydenBanded)
                        .publishedMinimum(0),
                Problem.of("linearFullRank10", MghScalableDerivatives.class, "linearFullRank", filled(10, 1),
                        MghScalableJacobians::linearFullRank).curvature(MghCurvatures::linear)
                        .startValue(10 * 1 + 10 * 4).minimum(10, filled(10, -1)),
                Problem.of("linearRank1_10", MghScalableDerivatives.class, "linearRank1", filled(10, 1),
                        MghScalableJacobians::linearRank1).curvature(MghCurvatures::linear)
                        .minimum(20.0 * 19 / (2 * 41), unit(10, 0, 3.0 / 41)),
                Problem.of("linearRank1Zero10", MghScalableDerivatives.class, "linearRank1Zero", filled(10, 1),
                        MghScalableJacobians::linearRank1Zero).curvature(MghCurvatures::linear)
                        .minimum((400.0 + 60 - 6) / (2 * 37), unit(10, 1, 3.0 / 74)),
                Problem.of("chebyquad8", MghScalableDerivatives.class, "chebyquad", chebyquadStart(8),
                        MghScalableJacobians::chebyquad).curvature(MghCurvatures::chebyquad)
                        .publishedMinimum(3.51687e-3));
    }

    private static double[] vector(double... x) {
        return x;
    }

    private static double[] filled(int n, double value) {
        double[] x = new double[n];
        Arrays.fill(x, value);
        return x;
    }

    private static double[] repeat(int n, double... block) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = block[j % block.length];
        }
        return x;
    }

    private static double[] unit(int n, int j, double value) {
        double[] x = new double[n];
        x[j] = value;
        return x;
    }

    /** x0_j = 1 - j/n. */
    private static double[] variablyDimensionedStart(int n) {
        double[] x = new double[n];
        for (int j = 1; j <= n; j++) {
            x[j - 1] = 1 - (double) j / n;
        }
        return x;
    }

    /** x0_j = t_j (t_j - 1), t_j = j h, h = 1/(n+1). */
    private static double[] boundaryStart(int n) {
        double[] x = new double[n];
        for (int j = 1; j <= n; j++) {
            double t = j / (n + 1.0);
            x[j - 1] = t * (t - 1);
        }
        return x;
    }

    /** x0_j = j/(n+1). */
    private static double[] chebyquadStart(int n) {
        double[] x = new double[n];
        for (int j = 1; j <= n; j++) {
            x[j - 1] = j / (n + 1.0);
        }
        return x;
    }
}
