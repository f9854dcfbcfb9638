package golden;

import dev.chainrule.Differentiable;

/** Parameters and locals named like the generated ones: the user's names win, the generated ones move aside. */
final class NameClashes {
    private NameClashes() {
    }

    static final class Inner {
        private Inner() {
        }

        @Differentiable
        static double value(double x, double xDot, double seed) {
            double t = x * xDot;
            double tBar = t * seed;
            double xBar = tBar - x;
            return xBar * xBar;
        }
    }
}
