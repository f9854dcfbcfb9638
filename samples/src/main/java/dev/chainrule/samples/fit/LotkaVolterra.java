package dev.chainrule.samples.fit;

import dev.chainrule.Differentiable;

/**
 * The Lotka–Volterra predator–prey equations, {@code du/dt = α·u - β·u·v}, {@code dv/dt = δ·u·v - γ·v}, as the
 * right-hand side of an ODE over the state {@code y = (u, v)} and the parameters {@code p = (α, β, δ, γ)}.
 */
public final class LotkaVolterra {

    /** The parameters' names, in the order of {@code p}. */
    static final String[] NAMES = {"alpha", "beta", "delta", "gamma"};

    private LotkaVolterra() {
    }

    /**
     * The right-hand side.
     *
     * @param y the state {@code (u, v)}: prey and predators
     * @param p the parameters {@code (α, β, δ, γ)}
     * @return {@code (du/dt, dv/dt)}
     */
    @Differentiable
    public static double[] rhs(double[] y, double[] p) {
        double[] yDot = new double[2];
        yDot[0] = p[0] * y[0] - p[1] * y[0] * y[1];
        yDot[1] = p[2] * y[0] * y[1] - p[3] * y[1];
        return yDot;
    }
}
