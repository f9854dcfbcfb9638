package dev.chainrule.corpus;

import dev.chainrule.Differentiable;

/**
 * Fixed-step integrators of small ODE systems, the way a model's parameters are fitted to a trajectory: the state is
 * an array, the right-hand side a helper, and the result the final state or the whole trajectory.
 */
public final class OdeSteppers {

    private OdeSteppers() {
    }

    /** Exponential decay {@code y' = -k y} by explicit Euler. */
    @Differentiable
    public static double eulerDecay(double y0, double k, double t, int steps) {
        double h = t / steps;
        double y = y0;
        for (int i = 0; i < steps; i++) {
            y = y + h * (-k * y);
        }
        return y;
    }

    /** The logistic equation {@code y' = r y (1 - y / K)} by the classical Runge–Kutta method. */
    @Differentiable
    public static double rk4Logistic(double y0, double r, double capacity, double t, int steps) {
        double h = t / steps;
        double y = y0;
        for (int i = 0; i < steps; i++) {
            double k1 = logistic(y, r, capacity);
            double k2 = logistic(y + 0.5 * h * k1, r, capacity);
            double k3 = logistic(y + 0.5 * h * k2, r, capacity);
            double k4 = logistic(y + h * k3, r, capacity);
            y += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
        }
        return y;
    }

    private static double logistic(double y, double r, double capacity) {
        return r * y * (1 - y / capacity);
    }

    /** A damped oscillator {@code x'' = -ω² x - 2ζω x'} by explicit Euler; returns {@code (x, v)} at {@code t}. */
    @Differentiable
    public static double[] eulerOscillator(double[] state, double omega, double zeta, double t, int steps) {
        double h = t / steps;
        double x = state[0];
        double v = state[1];
        for (int i = 0; i < steps; i++) {
            double a = -omega * omega * x - 2 * zeta * omega * v;
            x += h * v;
            v += h * a;
        }
        return new double[] {x, v};
    }

    /** The same oscillator by semi-implicit (symplectic) Euler: the velocity first. */
    @Differentiable
    public static double[] symplecticEuler(double[] state, double omega, double t, int steps) {
        double h = t / steps;
        double x = state[0];
        double v = state[1];
        for (int i = 0; i < steps; i++) {
            v -= h * omega * omega * x;
            x += h * v;
        }
        return new double[] {x, v};
    }

    /** Heun's method (explicit trapezoid) for {@code y' = -y + sin(a t)}. */
    @Differentiable
    public static double heunForced(double y0, double a, double t, int steps) {
        double h = t / steps;
        double y = y0;
        double time = 0;
        for (int i = 0; i < steps; i++) {
            double f0 = -y + Math.sin(a * time);
            double predictor = y + h * f0;
            double f1 = -predictor + Math.sin(a * (time + h));
            y += 0.5 * h * (f0 + f1);
            time += h;
        }
        return y;
    }

    /** The explicit midpoint method for {@code y' = y²} (blows up at {@code 1/y0}). */
    @Differentiable
    public static double midpointQuadratic(double y0, double t, int steps) {
        double h = t / steps;
        double y = y0;
        for (int i = 0; i < steps; i++) {
            double half = y + 0.5 * h * y * y;
            y += h * half * half;
        }
        return y;
    }

    private static double[] lotkaVolterra(double[] s, double[] p) {
        double[] rates = new double[2];
        rates[0] = p[0] * s[0] - p[1] * s[0] * s[1];
        rates[1] = p[2] * s[0] * s[1] - p[3] * s[1];
        return rates;
    }

    /** Predator and prey after RK4 steps; {@code p = (α, β, δ, γ)}. */
    @Differentiable
    public static double[] rk4LotkaVolterra(double[] initial, double[] p, double t, int steps) {
        double h = t / steps;
        double[] s = initial.clone();
        double[] tmp = new double[2];
        for (int i = 0; i < steps; i++) {
            double[] k1 = lotkaVolterra(s, p);
            for (int d = 0; d < 2; d++) {
                tmp[d] = s[d] + 0.5 * h * k1[d];
            }
            double[] k2 = lotkaVolterra(tmp, p);
            for (int d = 0; d < 2; d++) {
                tmp[d] = s[d] + 0.5 * h * k2[d];
            }
            double[] k3 = lotkaVolterra(tmp, p);
            for (int d = 0; d < 2; d++) {
                tmp[d] = s[d] + h * k3[d];
            }
            double[] k4 = lotkaVolterra(tmp, p);
            for (int d = 0; d < 2; d++) {
                s[d] += h / 6 * (k1[d] + 2 * k2[d] + 2 * k3[d] + k4[d]);
            }
        }
        return s;
    }

    private static double pendulumAcceleration(double theta, double length) {
        return -9.81 / length * Math.sin(theta);
    }

    /** The angle of a nonlinear pendulum after RK4 steps, from rest at {@code theta0}. */
    @Differentiable
    public static double rk4Pendulum(double theta0, double length, double t, int steps) {
        double h = t / steps;
        double theta = theta0;
        double omega = 0;
        for (int i = 0; i < steps; i++) {
            double k1t = omega;
            double k1w = pendulumAcceleration(theta, length);
            double k2t = omega + 0.5 * h * k1w;
            double k2w = pendulumAcceleration(theta + 0.5 * h * k1t, length);
            double k3t = omega + 0.5 * h * k2w;
            double k3w = pendulumAcceleration(theta + 0.5 * h * k2t, length);
            double k4t = omega + h * k3w;
            double k4w = pendulumAcceleration(theta + h * k3t, length);
            theta += h / 6 * (k1t + 2 * k2t + 2 * k3t + k4t);
            omega += h / 6 * (k1w + 2 * k2w + 2 * k3w + k4w);
        }
        return theta;
    }

    /** The SIR epidemic by explicit Euler: the fraction infected at the end. */
    @Differentiable
    public static double sirInfected(double beta, double gamma, double initialInfected, int days) {
        double s = 1 - initialInfected;
        double i = initialInfected;
        double r = 0;
        double h = 0.1;
        int steps = days * 10;
        for (int k = 0; k < steps; k++) {
            double infections = beta * s * i;
            double recoveries = gamma * i;
            s -= h * infections;
            i += h * (infections - recoveries);
            r += h * recoveries;
        }
        return i;
    }

    /** The peak of the SIR infected fraction over the run. */
    @Differentiable
    public static double sirPeak(double beta, double gamma, double initialInfected, int days) {
        double s = 1 - initialInfected;
        double i = initialInfected;
        double peak = i;
        double h = 0.1;
        for (int k = 0; k < days * 10; k++) {
            double ds = -beta * s * i;
            double di = beta * s * i - gamma * i;
            s += h * ds;
            i += h * di;
            peak = Math.max(peak, i);
        }
        return peak;
    }

    /** The van der Pol oscillator by RK4; returns the state after {@code steps} steps. */
    @Differentiable
    public static double[] rk4VanDerPol(double x0, double v0, double mu, double t, int steps) {
        double h = t / steps;
        double x = x0, v = v0;
        for (int i = 0; i < steps; i++) {
            double k1x = v;
            double k1v = mu * (1 - x * x) * v - x;
            double x2 = x + 0.5 * h * k1x, v2 = v + 0.5 * h * k1v;
            double k2x = v2;
            double k2v = mu * (1 - x2 * x2) * v2 - x2;
            double x3 = x + 0.5 * h * k2x, v3 = v + 0.5 * h * k2v;
            double k3x = v3;
            double k3v = mu * (1 - x3 * x3) * v3 - x3;
            double x4 = x + h * k3x, v4 = v + h * k3v;
            double k4x = v4;
            double k4v = mu * (1 - x4 * x4) * v4 - x4;
            x += h / 6 * (k1x + 2 * k2x + 2 * k3x + k4x);
            v += h / 6 * (k1v + 2 * k2v + 2 * k3v + k4v);
        }
        return new double[] {x, v};
    }

    /** Velocity Verlet for a particle in the quartic well {@code V = x⁴/4 - x²/2}; returns the final position. */
    @Differentiable
    public static double velocityVerlet(double x0, double v0, double dt, int steps) {
        double x = x0;
        double v = v0;
        double a = x - x * x * x;
        for (int i = 0; i < steps; i++) {
            x += v * dt + 0.5 * a * dt * dt;
            double aNext = x - x * x * x;
            v += 0.5 * (a + aNext) * dt;
            a = aNext;
        }
        return x;
    }

    /** The whole Euler trajectory of {@code y' = -k y + u}, one entry per step. */
    @Differentiable
    public static double[] eulerTrajectory(double y0, double k, double u, int steps) {
        double[] ys = new double[steps + 1];
        ys[0] = y0;
        double h = 0.05;
        for (int i = 1; i <= steps; i++) {
            ys[i] = ys[i - 1] + h * (-k * ys[i - 1] + u);
        }
        return ys;
    }

    /** Leapfrog on the harmonic oscillator; returns the energy drift at the end. */
    @Differentiable
    public static double leapfrogEnergyDrift(double x0, double v0, double omega, double dt, int steps) {
        double e0 = 0.5 * v0 * v0 + 0.5 * omega * omega * x0 * x0;
        double x = x0;
        double vHalf = v0 - 0.5 * dt * omega * omega * x0;
        for (int i = 0; i < steps; i++) {
            x += dt * vHalf;
            vHalf -= dt * omega * omega * x;
        }
        double v = vHalf + 0.5 * dt * omega * omega * x;
        double e = 0.5 * v * v + 0.5 * omega * omega * x * x;
        return e - e0;
    }

    /** A linear system {@code y' = A y} of any size by RK4; returns the final state. */
    @Differentiable
    public static double[] rk4Linear(double[][] a, double[] y0, double t, int steps) {
        int n = y0.length;
        double h = t / steps;
        double[] y = y0.clone();
        double[] stage = new double[n];
        double[] k = new double[n];
        double[] acc = new double[n];
        for (int s = 0; s < steps; s++) {
            for (int i = 0; i < n; i++) {
                acc[i] = 0;
            }
            for (int stageIndex = 0; stageIndex < 4; stageIndex++) {
                double scale = stageIndex == 0 ? 0 : stageIndex == 3 ? h : 0.5 * h;
                double weight = stageIndex == 0 || stageIndex == 3 ? 1 : 2;
                for (int i = 0; i < n; i++) {
                    stage[i] = y[i] + scale * k[i];
                }
                for (int i = 0; i < n; i++) {
                    double sum = 0;
                    for (int j = 0; j < n; j++) {
                        sum += a[i][j] * stage[j];
                    }
                    k[i] = sum;
                }
                for (int i = 0; i < n; i++) {
                    acc[i] += weight * k[i];
                }
            }
            for (int i = 0; i < n; i++) {
                y[i] += h / 6 * acc[i];
            }
        }
        return y;
    }
}
