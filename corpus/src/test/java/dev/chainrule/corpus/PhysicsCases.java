package dev.chainrule.corpus;

import static dev.chainrule.corpus.Args.cluster;
import static dev.chainrule.corpus.Args.fixed;
import static dev.chainrule.corpus.Args.integer;
import static dev.chainrule.corpus.Args.scalar;
import static dev.chainrule.corpus.Args.vector;

import java.util.List;

final class PhysicsCases {

    private PhysicsCases() {
    }

    static List<Case> cases() {
        Class<?> c = Physics.class;
        return List.of(
                Case.of(c, "kineticEnergy", scalar(1, 3), vector(3)),
                Case.of(c, "springChainEnergy", vector(6, 0, 5), scalar(1, 3), scalar(0.5, 1)),
                Case.of(c, "pendulumEnergy", scalar(-1, 1), scalar(-1, 1), scalar(0.5, 2), scalar(1, 2)),
                Case.of(c, "gravitationalEnergy", cluster(4), vector(4, 1e10, 3e10)),
                Case.of(c, "lennardJones", cluster(4), scalar(0.5, 2), scalar(0.9, 1.1)),
                Case.of(c, "lennardJonesCutoff", cluster(5), fixed(1.6)),
                Case.of(c, "lennardJonesForces", cluster(4)),
                Case.of(c, "coulombEnergy", cluster(4), vector(4, -1e-6, 1e-6)),
                Case.of(c, "morse", scalar(0.8, 2), scalar(1, 5), scalar(0.5, 2), scalar(0.9, 1.2)),
                Case.of(c, "projectileRange", scalar(5, 20), scalar(0.2, 1.2), scalar(0, 10)),
                Case.of(c, "dragDistance", scalar(10, 20), scalar(0.4, 1), scalar(0.01, 0.05), integer(50)),
                Case.of(c, "dampedOscillator", scalar(0, 5), scalar(-1, 1), scalar(1, 3), scalar(0.05, 0.5)),
                Case.of(c, "relativisticEnergy", scalar(1, 2), scalar(1e7, 2e8)),
                Case.of(c, "vanDerWaalsPressure", scalar(1, 2), scalar(250, 350), scalar(0.1, 0.5),
                        scalar(0.01, 0.05)),
                Case.of(c, "centreOfMass", vector(12), vector(4, 1, 3)),
                Case.of(c, "momentOfInertiaZ", vector(12), vector(4, 1, 3)),
                Case.of(c, "lineChargePotential", scalar(-2, 2), scalar(0.5, 2), scalar(0.5, 2)),
                Case.of(c, "harmonicLatticeEnergy", vector(6), vector(6), scalar(1, 3)),
                Case.of(c, "landingDistance", scalar(5, 10), scalar(0.3, 1.2), integer(1000)));
    }
}
