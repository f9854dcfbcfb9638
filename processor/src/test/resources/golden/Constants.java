package golden;

import static java.lang.Math.*;

import dev.chainrule.Differentiable;
import dev.chainrule.NoDerivative;

/** Constant inputs, wrt, named constants, StrictMath, static imports and reassignment. */
final class Constants {
    private Constants() {
    }

    @Differentiable
    static double spring(double x, @NoDerivative double k, double v) {
        double energy = 0.5 * k * x * x;
        energy += 0.5 * v * v;
        energy *= 1 + 1 / 2;
        return energy - PI * StrictMath.atan2(v, x) + hypot(x, v) / E;
    }

    @Differentiable(wrt = {"y"})
    static double onlyY(double x, double y) {
        double s = pow(x, y);
        s = max(s, -s);
        s++;
        return -s / min(x, y);
    }
}
