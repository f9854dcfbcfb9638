package dev.chainrule.bench.functions;

import java.util.Arrays;

/**
 * The hand-written Jacobian of {@link LotkaVolterra#trajectory}, the manual anchor: forward sensitivities, the
 * four directions {@code ∂/∂p_k} carried together through every Runge–Kutta stage. With {@code f = αu − βuv} and
 * {@code g = δuv − γv}, a stage's tangent is
 * <pre>
 *   ḟ_k = (α − βv) u̇_k − βu v̇_k + (u, −uv, 0, 0)_k,   ġ_k = δv u̇_k + (δu − γ) v̇_k + (0, 0, uv, −v)_k
 * </pre>
 * Holds its scratch arrays, so one instance serves one thread.
 */
public final class LotkaVolterraTangent {

    private static final int RATES = 4;

    /** The classical Runge–Kutta weights of the four stages (over 6). */
    private static final double[] WEIGHTS = {1, 2, 2, 1};

    private final double[] uDot = new double[RATES];
    private final double[] vDot = new double[RATES];
    private final double[][] kuDot = new double[4][RATES];
    private final double[][] kvDot = new double[4][RATES];
    private final double[] stageUDot = new double[RATES];
    private final double[] stageVDot = new double[RATES];
    private final double[] ku = new double[4];
    private final double[] kv = new double[4];

    /**
     * Integrates and fills the Jacobian.
     *
     * @param p        the rates {@code (α, β, δ, γ)}
     * @param u0       the initial prey population
     * @param v0       the initial predator population
     * @param h        the step
     * @param steps    the number of steps
     * @param jacobian receives {@code ∂states/∂p}, {@code 2 · steps × 4}; overwritten
     * @return the final prey population, so a benchmark has a result to return
     */
    public double jacobian(double[] p, double u0, double v0, double h, int steps, double[][] jacobian) {
        double u = u0;
        double v = v0;
        Arrays.fill(uDot, 0);
        Arrays.fill(vDot, 0);
        for (int s = 0; s < steps; s++) {
            for (int stage = 0; stage < 4; stage++) {
                double along = stage == 0 ? 0 : stage == 3 ? h : 0.5 * h;
                double su = stage == 0 ? u : u + along * ku[stage - 1];
                double sv = stage == 0 ? v : v + along * kv[stage - 1];
                for (int k = 0; k < RATES; k++) {
                    stageUDot[k] = stage == 0 ? uDot[k] : uDot[k] + along * kuDot[stage - 1][k];
                    stageVDot[k] = stage == 0 ? vDot[k] : vDot[k] + along * kvDot[stage - 1][k];
                }
                ku[stage] = LotkaVolterra.prey(p, su, sv);
                kv[stage] = LotkaVolterra.predator(p, su, sv);
                for (int k = 0; k < RATES; k++) {
                    kuDot[stage][k] = (p[0] - p[1] * sv) * stageUDot[k] - p[1] * su * stageVDot[k];
                    kvDot[stage][k] = p[2] * sv * stageUDot[k] + (p[2] * su - p[3]) * stageVDot[k];
                }
                kuDot[stage][0] += su;
                kuDot[stage][1] -= su * sv;
                kvDot[stage][2] += su * sv;
                kvDot[stage][3] -= sv;
            }
            double du = 0;
            double dv = 0;
            for (int stage = 0; stage < 4; stage++) {
                du += WEIGHTS[stage] * ku[stage];
                dv += WEIGHTS[stage] * kv[stage];
            }
            u += h / 6 * du;
            v += h / 6 * dv;
            for (int k = 0; k < RATES; k++) {
                double duDot = 0;
                double dvDot = 0;
                for (int stage = 0; stage < 4; stage++) {
                    duDot += WEIGHTS[stage] * kuDot[stage][k];
                    dvDot += WEIGHTS[stage] * kvDot[stage][k];
                }
                uDot[k] += h / 6 * duDot;
                vDot[k] += h / 6 * dvDot;
                jacobian[2 * s][k] = uDot[k];
                jacobian[2 * s + 1][k] = vDot[k];
            }
        }
        return u;
    }
}
