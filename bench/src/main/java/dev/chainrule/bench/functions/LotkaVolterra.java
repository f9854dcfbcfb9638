package dev.chainrule.bench.functions;

import dev.chainrule.Differentiable;

/**
 * A tall Jacobian: the trajectory of the Lotka–Volterra predator–prey system {@code u' = αu − βuv},
 * {@code v' = δuv − γv}, integrated by the classical fourth-order Runge–Kutta method with a fixed step, as a function
 * of its four rates {@code p = (α, β, δ, γ)}. Few inputs, many outputs: forward mode's case.
 */
public final class LotkaVolterra {

    private LotkaVolterra() {
    }

    /**
     * Integrates from {@code (u0, v0)} and returns every state after each step.
     *
     * @param p     the rates {@code (α, β, δ, γ)}
     * @param u0    the initial prey population
     * @param v0    the initial predator population
     * @param h     the step
     * @param steps the number of steps
     * @return {@code (u_1, v_1, u_2, v_2, ...)}, length {@code 2 · steps}
     */
    @Differentiable(wrt = "p")
    public static double[] trajectory(double[] p, double u0, double v0, double h, int steps) {
        double u = u0;
        double v = v0;
        double[] states = new double[2 * steps];
        for (int s = 0; s < steps; s++) {
            double k1u = prey(p, u, v);
            double k1v = predator(p, u, v);
            double k2u = prey(p, u + 0.5 * h * k1u, v + 0.5 * h * k1v);
            double k2v = predator(p, u + 0.5 * h * k1u, v + 0.5 * h * k1v);
            double k3u = prey(p, u + 0.5 * h * k2u, v + 0.5 * h * k2v);
            double k3v = predator(p, u + 0.5 * h * k2u, v + 0.5 * h * k2v);
            double k4u = prey(p, u + h * k3u, v + h * k3v);
            double k4v = predator(p, u + h * k3u, v + h * k3v);
            u = u + h / 6 * (k1u + 2 * k2u + 2 * k3u + k4u);
            v = v + h / 6 * (k1v + 2 * k2v + 2 * k3v + k4v);
            states[2 * s] = u;
            states[2 * s + 1] = v;
        }
        return states;
    }

    /**
     * The prey's rate of change.
     *
     * @param p the rates {@code (α, β, δ, γ)}
     * @param u the prey
     * @param v the predators
     * @return {@code αu − βuv}
     */
    public static double prey(double[] p, double u, double v) {
        return p[0] * u - p[1] * u * v;
    }

    /**
     * The predators' rate of change.
     *
     * @param p the rates {@code (α, β, δ, γ)}
     * @param u the prey
     * @param v the predators
     * @return {@code δuv − γv}
     */
    public static double predator(double[] p, double u, double v) {
        return p[2] * u * v - p[3] * v;
    }
}
