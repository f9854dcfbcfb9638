package dev.chainrule.bench.functions;

/**
 * One integration of {@link LotkaVolterra#trajectory}: its rates, initial state, step and number of steps.
 *
 * @param rates the rates {@code (α, β, δ, γ)}, the differentiable inputs
 * @param u0    the initial prey population
 * @param v0    the initial predator population
 * @param h     the step
 * @param steps the number of steps; the trajectory has {@code 2 · steps} outputs
 */
public record LotkaVolterraProblem(double[] rates, double u0, double v0, double h, int steps) {

    /**
     * The classic predator–prey example ({@code α = 1.5, β = 1, δ = 1, γ = 3} from {@code (10, 5)}) over
     * {@code t ∈ [0, 15]} in 1500 steps: 4 inputs, 3000 outputs, a few oscillations.
     *
     * @return the problem the benchmarks and tests use
     */
    public static LotkaVolterraProblem standard() {
        return new LotkaVolterraProblem(new double[] {1.5, 1, 1, 3}, 10, 5, 0.01, 1500);
    }

    /**
     * Integrates with the plain method.
     *
     * @return {@link LotkaVolterra#trajectory} of this problem
     */
    public double[] trajectory() {
        return LotkaVolterra.trajectory(rates, u0, v0, h, steps);
    }
}
