package dev.chainrule.corpus;

import static dev.chainrule.corpus.Args.integer;
import static dev.chainrule.corpus.Args.matrix;
import static dev.chainrule.corpus.Args.scalar;
import static dev.chainrule.corpus.Args.vector;

import java.util.List;

final class OdeSteppersCases {

    private OdeSteppersCases() {
    }

    static List<Case> cases() {
        Class<?> c = OdeSteppers.class;
        Arg horizon = scalar(1, 3);
        return List.of(
                Case.of(c, "eulerDecay", scalar(0.5, 2), scalar(0.5, 2), horizon, integer(50)),
                Case.of(c, "rk4Logistic", scalar(0.1, 0.5), scalar(0.5, 1.5), scalar(1, 2), scalar(1, 5),
                        integer(40)),
                Case.of(c, "eulerOscillator", vector(2), scalar(1, 2), scalar(0.05, 0.3), horizon, integer(100)),
                Case.of(c, "symplecticEuler", vector(2), scalar(1, 2), horizon, integer(100)),
                Case.of(c, "heunForced", scalar(-1, 1), scalar(0.5, 2), horizon, integer(50)),
                Case.of(c, "midpointQuadratic", scalar(0.1, 0.3), scalar(0.5, 1), integer(40)),
                Case.of(c, "rk4LotkaVolterra", vector(2, 0.5, 1.5), vector(4, 0.4, 1.2), horizon, integer(30)),
                Case.of(c, "rk4Pendulum", scalar(0.1, 1), scalar(0.5, 2), horizon, integer(50)),
                Case.of(c, "sirInfected", scalar(0.2, 0.5), scalar(0.05, 0.15), scalar(0.001, 0.01), integer(30)),
                Case.of(c, "sirPeak", scalar(0.2, 0.5), scalar(0.05, 0.15), scalar(0.001, 0.01), integer(30)),
                Case.of(c, "rk4VanDerPol", scalar(-2, 2), scalar(-2, 2), scalar(0.5, 2), horizon, integer(60)),
                Case.of(c, "velocityVerlet", scalar(-1, 1), scalar(-1, 1), scalar(0.01, 0.05), integer(60)),
                Case.of(c, "eulerTrajectory", scalar(-1, 1), scalar(0.5, 2), scalar(-1, 1), integer(20)),
                Case.of(c, "leapfrogEnergyDrift", scalar(-1, 1), scalar(-1, 1), scalar(1, 2), scalar(0.01, 0.1),
                        integer(50)),
                Case.of(c, "rk4Linear", matrix(3, 3), vector(3), scalar(0.5, 1.5), integer(20)));
    }
}
