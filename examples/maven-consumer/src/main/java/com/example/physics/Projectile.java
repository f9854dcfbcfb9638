package com.example.physics;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/** Ballistics without air resistance, on flat ground. */
public final class Projectile {

    private Projectile() {
    }

    /**
     * How far a projectile flies: {@code R = v² sin(2θ) / g}.
     *
     * <p>chainrule generates {@code ProjectileDerivatives} with {@code rangeJvp}, {@code rangeVjp},
     * {@code rangeGradient} and the view {@code range(gravity)}, differentiating with respect to {@code speed} and
     * {@code angle}; {@code gravity} is a constant of the problem.
     *
     * @param speed   launch speed, in m/s
     * @param angle   launch angle above the horizontal, in radians
     * @param gravity gravitational acceleration, in m/s²
     * @return the horizontal distance travelled, in m
     */
    @Differentiable
    public static double range(double speed, double angle, @NoDerivative double gravity) {
        double lift = Math.sin(2 * angle);
        return speed * speed * lift / gravity;
    }
}
