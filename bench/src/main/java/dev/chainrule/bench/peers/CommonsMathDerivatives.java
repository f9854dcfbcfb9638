package dev.chainrule.bench.peers;

import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;

/**
 * Derivatives by Commons Math 3's {@link DerivativeStructure} (first order), the older operator-overloading peer, on
 * the functions small enough for it: Rosenbrock and the Lotka–Volterra trajectory. Commons Math's field interface
 * differs from Hipparchus's, so these mirror {@link FieldFunctions} in its types.
 */
public final class CommonsMathDerivatives {

    private CommonsMathDerivatives() {
    }

    /**
     * The gradient of {@code Σ (1 − x_i)² + 100 (x_{i+1} − x_i²)²}.
     *
     * @param x the point, length at least 1
     * @return the gradient, a new array
     */
    public static double[] rosenbrock(double[] x) {
        DerivativeStructure[] v = variables(x);
        DerivativeStructure s = v[0].getField().getZero();
        for (int i = 0; i < v.length - 1; i++) {
            DerivativeStructure a = v[i].negate().add(1);
            DerivativeStructure b = v[i + 1].subtract(v[i].multiply(v[i]));
            s = s.add(a.multiply(a)).add(b.multiply(b).multiply(100));
        }
        return gradient(s);
    }

    /**
     * The Jacobian of the Lotka–Volterra trajectory with respect to its rates {@code (α, β, δ, γ)}.
     *
     * @param p     the rates
     * @param u0    the initial prey population
     * @param v0    the initial predator population
     * @param h     the step
     * @param steps the number of steps
     * @return the {@code 2 · steps × 4} Jacobian, a new array
     */
    public static double[][] trajectory(double[] p, double u0, double v0, double h, int steps) {
        DerivativeStructure[] rates = variables(p);
        DerivativeStructure u = rates[0].getField().getZero().add(u0);
        DerivativeStructure v = rates[0].getField().getZero().add(v0);
        double[][] jacobian = new double[2 * steps][];
        for (int s = 0; s < steps; s++) {
            DerivativeStructure k1u = prey(rates, u, v);
            DerivativeStructure k1v = predator(rates, u, v);
            DerivativeStructure k2u = prey(rates, u.add(k1u.multiply(0.5 * h)), v.add(k1v.multiply(0.5 * h)));
            DerivativeStructure k2v = predator(rates, u.add(k1u.multiply(0.5 * h)), v.add(k1v.multiply(0.5 * h)));
            DerivativeStructure k3u = prey(rates, u.add(k2u.multiply(0.5 * h)), v.add(k2v.multiply(0.5 * h)));
            DerivativeStructure k3v = predator(rates, u.add(k2u.multiply(0.5 * h)), v.add(k2v.multiply(0.5 * h)));
            DerivativeStructure k4u = prey(rates, u.add(k3u.multiply(h)), v.add(k3v.multiply(h)));
            DerivativeStructure k4v = predator(rates, u.add(k3u.multiply(h)), v.add(k3v.multiply(h)));
            u = u.add(k1u.add(k2u.multiply(2)).add(k3u.multiply(2)).add(k4u).multiply(h / 6));
            v = v.add(k1v.add(k2v.multiply(2)).add(k3v.multiply(2)).add(k4v).multiply(h / 6));
            jacobian[2 * s] = gradient(u);
            jacobian[2 * s + 1] = gradient(v);
        }
        return jacobian;
    }

    private static DerivativeStructure prey(DerivativeStructure[] p, DerivativeStructure u, DerivativeStructure v) {
        return p[0].multiply(u).subtract(p[1].multiply(u).multiply(v));
    }

    private static DerivativeStructure predator(DerivativeStructure[] p, DerivativeStructure u,
            DerivativeStructure v) {
        return p[2].multiply(u).multiply(v).subtract(p[3].multiply(v));
    }

    private static DerivativeStructure[] variables(double[] x) {
        DerivativeStructure[] variables = new DerivativeStructure[x.length];
        for (int i = 0; i < x.length; i++) {
            variables[i] = new DerivativeStructure(x.length, 1, i, x[i]);
        }
        return variables;
    }

    /** The first-order partial derivatives of {@code y}, in variable order. */
    private static double[] gradient(DerivativeStructure y) {
        int n = y.getFreeParameters();
        double[] g = new double[n];
        int[] orders = new int[n];
        for (int j = 0; j < n; j++) {
            orders[j] = 1;
            g[j] = y.getPartialDerivative(orders);
            orders[j] = 0;
        }
        return g;
    }
}
