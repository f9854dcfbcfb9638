package dev.chainrule.corpus;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/**
 * Energies and forces of small mechanical systems. Positions of {@code n} particles in 3-D are flat arrays
 * {@code (x0, y0, z0, x1, ...)}, as simulation codes keep them.
 */
public final class Physics {

    /** Gravitational constant in SI units. */
    public static final double G = 6.674e-11;

    /** Standard gravity, m/s². */
    public static final double STANDARD_GRAVITY = 9.80665;

    private Physics() {
    }

    @Differentiable
    public static double kineticEnergy(double mass, double[] velocity) {
        double v2 = 0;
        for (double v : velocity) {
            v2 += v * v;
        }
        return 0.5 * mass * v2;
    }

    /** A chain of springs between neighbouring masses, each with rest length {@code restLength}. */
    @Differentiable
    public static double springChainEnergy(double[] positions, double stiffness, @NoDerivative double restLength) {
        double energy = 0;
        for (int i = 0; i + 1 < positions.length; i++) {
            double stretch = positions[i + 1] - positions[i] - restLength;
            energy += 0.5 * stiffness * stretch * stretch;
        }
        return energy;
    }

    @Differentiable
    public static double pendulumEnergy(double theta, double omega, double length, double mass) {
        double kinetic = 0.5 * mass * length * length * omega * omega;
        double potential = mass * STANDARD_GRAVITY * length * (1 - Math.cos(theta));
        return kinetic + potential;
    }

    private static double distance(double[] p, int i, int j) {
        double dx = p[3 * i] - p[3 * j];
        double dy = p[3 * i + 1] - p[3 * j + 1];
        double dz = p[3 * i + 2] - p[3 * j + 2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** Newtonian potential energy of point masses. */
    @Differentiable
    public static double gravitationalEnergy(double[] positions, @NoDerivative double[] masses) {
        int n = masses.length;
        double energy = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                energy -= G * masses[i] * masses[j] / distance(positions, i, j);
            }
        }
        return energy;
    }

    /** The 12-6 Lennard-Jones energy of a cluster, in reduced units. */
    @Differentiable
    public static double lennardJones(double[] positions, double epsilon, double sigma) {
        int n = positions.length / 3;
        double energy = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double r = distance(positions, i, j);
                double sr6 = Math.pow(sigma / r, 6);
                energy += 4 * epsilon * (sr6 * sr6 - sr6);
            }
        }
        return energy;
    }

    /** Lennard-Jones with a cutoff: pairs further apart than {@code cutoff} do not interact. */
    @Differentiable
    public static double lennardJonesCutoff(double[] positions, @NoDerivative double cutoff) {
        int n = positions.length / 3;
        double energy = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double r = distance(positions, i, j);
                if (r > cutoff) {
                    continue;
                }
                double inv6 = 1 / (r * r * r * r * r * r);
                energy += 4 * (inv6 * inv6 - inv6);
            }
        }
        return energy;
    }

    /** The forces of the Lennard-Jones cluster, {@code -∇E}, written out by hand the way MD codes do. */
    @Differentiable
    public static double[] lennardJonesForces(double[] positions) {
        int n = positions.length / 3;
        double[] forces = new double[positions.length];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dx = positions[3 * i] - positions[3 * j];
                double dy = positions[3 * i + 1] - positions[3 * j + 1];
                double dz = positions[3 * i + 2] - positions[3 * j + 2];
                double r2 = dx * dx + dy * dy + dz * dz;
                double inv2 = 1 / r2;
                double inv6 = inv2 * inv2 * inv2;
                double scale = 24 * inv2 * inv6 * (2 * inv6 - 1);
                forces[3 * i] += scale * dx;
                forces[3 * i + 1] += scale * dy;
                forces[3 * i + 2] += scale * dz;
                forces[3 * j] -= scale * dx;
                forces[3 * j + 1] -= scale * dy;
                forces[3 * j + 2] -= scale * dz;
            }
        }
        return forces;
    }

    @Differentiable
    public static double coulombEnergy(double[] positions, @NoDerivative double[] charges) {
        final double k = 8.9875517923e9;
        double energy = 0;
        for (int i = 0; i < charges.length; i++) {
            for (int j = 0; j < i; j++) {
                energy += k * charges[i] * charges[j] / distance(positions, i, j);
            }
        }
        return energy;
    }

    /** The Morse potential of a diatomic bond. */
    @Differentiable
    public static double morse(double r, double depth, double width, double equilibrium) {
        double e = 1 - Math.exp(-width * (r - equilibrium));
        return depth * e * e;
    }

    /** Range of a projectile over flat ground, launched from height {@code h}. */
    @Differentiable
    public static double projectileRange(double speed, double angle, double h) {
        double vx = speed * Math.cos(angle);
        double vy = speed * Math.sin(angle);
        double g = STANDARD_GRAVITY;
        double flightTime = (vy + Math.sqrt(vy * vy + 2 * g * h)) / g;
        return vx * flightTime;
    }

    /** Horizontal distance of a projectile with quadratic drag after {@code steps} explicit Euler steps. */
    @Differentiable
    public static double dragDistance(double speed, double angle, double dragCoefficient, int steps) {
        double dt = 0.01;
        double x = 0, y = 0;
        double vx = speed * Math.cos(angle);
        double vy = speed * Math.sin(angle);
        for (int k = 0; k < steps; k++) {
            double v = Math.hypot(vx, vy);
            double ax = -dragCoefficient * v * vx;
            double ay = -STANDARD_GRAVITY - dragCoefficient * v * vy;
            x += vx * dt;
            y += vy * dt;
            vx += ax * dt;
            vy += ay * dt;
            if (y < 0) {
                break;
            }
        }
        return x;
    }

    /** Position of an underdamped harmonic oscillator released from {@code x0} at rest. */
    @Differentiable
    public static double dampedOscillator(double t, double x0, double omega, double zeta) {
        double omegaD = omega * Math.sqrt(1 - zeta * zeta);
        double envelope = x0 * Math.exp(-zeta * omega * t);
        return envelope * (Math.cos(omegaD * t) + zeta * omega / omegaD * Math.sin(omegaD * t));
    }

    @Differentiable
    public static double relativisticEnergy(double mass, double velocity) {
        final double c = 299_792_458.0;
        double beta = velocity / c;
        double gamma = 1 / Math.sqrt(1 - beta * beta);
        return gamma * mass * c * c;
    }

    /** Van der Waals pressure of a real gas. */
    @Differentiable
    public static double vanDerWaalsPressure(double volume, double temperature, double a, double b) {
        final double r = 8.314462618;
        return r * temperature / (volume - b) - a / (volume * volume);
    }

    @Differentiable
    public static double[] centreOfMass(double[] positions, double[] masses) {
        double[] centre = new double[3];
        double total = 0;
        for (int i = 0; i < masses.length; i++) {
            for (int d = 0; d < 3; d++) {
                centre[d] += masses[i] * positions[3 * i + d];
            }
            total += masses[i];
        }
        for (int d = 0; d < 3; d++) {
            centre[d] /= total;
        }
        return centre;
    }

    /** Moment of inertia about the z axis through the origin. */
    @Differentiable
    public static double momentOfInertiaZ(double[] positions, double[] masses) {
        double inertia = 0;
        for (int i = 0; i < masses.length; i++) {
            double x = positions[3 * i];
            double y = positions[3 * i + 1];
            inertia += masses[i] * (x * x + y * y);
        }
        return inertia;
    }

    /** Energy of a charged particle in the field of a finite line of charge (closed form). */
    @Differentiable
    public static double lineChargePotential(double x, double y, double halfLength) {
        double upper = x + halfLength;
        double lower = x - halfLength;
        double top = upper + Math.sqrt(upper * upper + y * y);
        double bottom = lower + Math.sqrt(lower * lower + y * y);
        return Math.log(top / bottom);
    }

    /** Total energy of a 1-D harmonic lattice with fixed ends: springs between sites and to the walls. */
    @Differentiable
    public static double harmonicLatticeEnergy(double[] displacements, double[] velocities, double stiffness) {
        int n = displacements.length;
        double kinetic = 0;
        double potential = 0;
        for (int i = 0; i < n; i++) {
            kinetic += 0.5 * velocities[i] * velocities[i];
            double left = i == 0 ? 0 : displacements[i - 1];
            double d = displacements[i] - left;
            potential += 0.5 * stiffness * d * d;
        }
        double last = displacements[n - 1];
        potential += 0.5 * stiffness * last * last;
        return kinetic + potential;
    }

    /** Where a projectile without drag lands, stepping until it passes the ground and interpolating that step. */
    @Differentiable
    public static double landingDistance(double speed, double angle, int maxSteps) {
        double dt = 0.01;
        double x = 0, y = 0;
        double vx = speed * Math.cos(angle);
        double vy = speed * Math.sin(angle);
        for (int k = 0; k < maxSteps; k++) {
            double nextX = x + vx * dt;
            double nextY = y + vy * dt;
            vy -= STANDARD_GRAVITY * dt;
            if (nextY < 0) {
                double fraction = y / (y - nextY);
                return x + fraction * (nextX - x);
            }
            x = nextX;
            y = nextY;
        }
        return x;
    }
}
