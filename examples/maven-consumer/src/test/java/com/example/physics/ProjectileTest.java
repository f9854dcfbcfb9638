package com.example.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Dual;
import dev.chainrule.runtime.GradientCheck;
import dev.chainrule.runtime.Gradients;
import org.junit.jupiter.api.Test;

/** The generated derivatives of {@link Projectile#range} against the ones derived by hand. */
class ProjectileTest {

    private static final double G = 9.81;
    private static final double SPEED = 20;
    private static final double ANGLE = 0.6;

    /** ∂R/∂v = 2 v sin(2θ) / g. */
    private static double bySpeed(double v, double theta, double g) {
        return 2 * v * Math.sin(2 * theta) / g;
    }

    /** ∂R/∂θ = 2 v² cos(2θ) / g. */
    private static double byAngle(double v, double theta, double g) {
        return 2 * v * v * Math.cos(2 * theta) / g;
    }

    @Test
    void gradientMatchesTheHandDerivedOne() {
        ProjectileDerivatives.RangeGradient gradient = ProjectileDerivatives.rangeGradient(SPEED, ANGLE, G);
        assertEquals(Projectile.range(SPEED, ANGLE, G), gradient.value());
        assertEquals(bySpeed(SPEED, ANGLE, G), gradient.speed(), 1e-12 * Math.abs(bySpeed(SPEED, ANGLE, G)));
        assertEquals(byAngle(SPEED, ANGLE, G), gradient.angle(), 1e-12 * Math.abs(byAngle(SPEED, ANGLE, G)));
    }

    @Test
    void forwardAndReverseModeAgree() {
        // A tangent along (1, 0) gives ∂R/∂v; reverse mode accumulates seed · ∂R/∂v into the caller's array.
        Dual alongSpeed = ProjectileDerivatives.rangeJvp(SPEED, 1, ANGLE, 0, G);
        double[] speedBar = {0};
        double[] angleBar = {0};
        double value = ProjectileDerivatives.rangeVjp(SPEED, ANGLE, G, 1, speedBar, angleBar);
        assertEquals(value, alongSpeed.value());
        assertEquals(speedBar[0], alongSpeed.tangent(), 1e-12 * Math.abs(speedBar[0]));
        assertEquals(angleBar[0], ProjectileDerivatives.rangeJvp(SPEED, 0, ANGLE, 1, G).tangent(),
                1e-12 * Math.abs(angleBar[0]));
    }

    @Test
    void theRangeIsLongestAtFortyFiveDegrees() {
        // ∂R/∂θ = 0 at θ = π/4: what an optimiser would look for.
        assertEquals(0, ProjectileDerivatives.rangeGradient(SPEED, Math.PI / 4, G).angle(), 1e-12);
    }

    @Test
    void viewPassesTheGradientCheck() {
        DifferentiableFunction range = ProjectileDerivatives.range(G);
        double[] x = {SPEED, ANGLE};
        assertEquals(2, range.inputDimension());
        double[] gradient = Gradients.gradient(range, x);
        assertEquals(bySpeed(SPEED, ANGLE, G), gradient[0], 1e-12 * Math.abs(gradient[0]));
        assertEquals(byAngle(SPEED, ANGLE, G), gradient[1], 1e-12 * Math.abs(gradient[1]));
        GradientCheck.Report report = GradientCheck.check(range, x);
        assertTrue(report.passes(1e-6), report.toString());
    }
}
