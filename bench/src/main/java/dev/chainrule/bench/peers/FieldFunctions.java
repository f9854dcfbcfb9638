package dev.chainrule.bench.peers;

import org.hipparchus.CalculusFieldElement;
import org.hipparchus.Field;
import org.hipparchus.util.MathArrays;

/**
 * The benchmark functions once more, over Hipparchus's {@link CalculusFieldElement}, so that its operator-overloading
 * forward mode ({@code Gradient}: value and all first derivatives; {@code DerivativeStructure}: any order) runs the
 * same arithmetic as the plain Java in {@code dev.chainrule.bench}. Each mirrors its plain twin line by line.
 */
public final class FieldFunctions {

    private FieldFunctions() {
    }

    /**
     * {@code Σ (1 − x_i)² + 100 (x_{i+1} − x_i²)²}, as {@code BenchFunctions.rosenbrock}.
     *
     * @param x   the point, length at least 1
     * @param <T> the field
     * @return the value
     */
    public static <T extends CalculusFieldElement<T>> T rosenbrock(T[] x) {
        T s = x[0].getField().getZero();
        for (int i = 0; i < x.length - 1; i++) {
            T a = x[i].negate().add(1);
            T b = x[i + 1].subtract(x[i].multiply(x[i]));
            s = s.add(a.multiply(a)).add(b.multiply(b).multiply(100));
        }
        return s;
    }

    /**
     * The Gaussian mixture objective, as {@code GaussianMixture.objective}.
     *
     * @param alphas   the component logits, length {@code K}
     * @param means    the means, {@code K × d}
     * @param icf      the inverse-covariance factors, {@code K × d(d+1)/2}
     * @param x        the points, {@code N × d}
     * @param gamma    the Wishart prior's scale
     * @param m        the Wishart prior's extra degrees of freedom
     * @param constant the parameter-free terms
     * @param <T>      the field
     * @return the objective
     */
    public static <T extends CalculusFieldElement<T>> T gaussianMixture(T[] alphas, T[][] means, T[][] icf,
            double[][] x, double gamma, int m, double constant) {
        Field<T> field = alphas[0].getField();
        int k = alphas.length;
        int d = means[0].length;
        T[][] qDiagonal = MathArrays.buildArray(field, k, d);
        T[] sumQs = MathArrays.buildArray(field, k);
        for (int c = 0; c < k; c++) {
            T s = field.getZero();
            for (int j = 0; j < d; j++) {
                qDiagonal[c][j] = icf[c][j].exp();
                s = s.add(icf[c][j]);
            }
            sumQs[c] = s;
        }
        T[] mainTerm = MathArrays.buildArray(field, k);
        T slse = field.getZero();
        for (double[] point : x) {
            for (int c = 0; c < k; c++) {
                T squaredNorm = field.getZero();
                for (int r = 0; r < d; r++) {
                    T q = qDiagonal[c][r].multiply(means[c][r].negate().add(point[r]));
                    for (int j = 0; j < r; j++) {
                        q = q.add(icf[c][d + j * (2 * d - j - 1) / 2 + r - j - 1]
                                .multiply(means[c][j].negate().add(point[j])));
                    }
                    squaredNorm = squaredNorm.add(q.multiply(q));
                }
                mainTerm[c] = alphas[c].add(sumQs[c]).subtract(squaredNorm.multiply(0.5));
            }
            slse = slse.add(logSumExp(mainTerm));
        }
        T prior = field.getZero();
        for (int c = 0; c < k; c++) {
            T frobenius = field.getZero();
            for (int j = 0; j < d; j++) {
                frobenius = frobenius.add(qDiagonal[c][j].multiply(qDiagonal[c][j]));
            }
            for (int j = d; j < icf[c].length; j++) {
                frobenius = frobenius.add(icf[c][j].multiply(icf[c][j]));
            }
            prior = prior.add(frobenius.multiply(0.5 * gamma * gamma)).subtract(sumQs[c].multiply(m));
        }
        return slse.subtract(logSumExp(alphas).multiply(x.length)).add(prior).add(constant);
    }

    /**
     * The weighted reprojection error of one observation, as {@code BundleAdjustment.reprojectionError}.
     *
     * @param camera  the camera's 11 parameters
     * @param point   the point, length 3
     * @param weight  the weight
     * @param feature the observed image point, length 2
     * @param <T>     the field
     * @return the two residual entries
     */
    public static <T extends CalculusFieldElement<T>> T[] reprojectionError(T[] camera, T[] point, T weight,
            double[] feature) {
        T x0 = point[0].subtract(camera[3]);
        T x1 = point[1].subtract(camera[4]);
        T x2 = point[2].subtract(camera[5]);
        T r0 = camera[0];
        T r1 = camera[1];
        T r2 = camera[2];
        T sqTheta = r0.multiply(r0).add(r1.multiply(r1)).add(r2.multiply(r2));
        T p0;
        T p1;
        T p2;
        if (sqTheta.getReal() != 0) {
            T theta = sqTheta.sqrt();
            T cos = theta.cos();
            T sin = theta.sin();
            T w0 = r0.divide(theta);
            T w1 = r1.divide(theta);
            T w2 = r2.divide(theta);
            T tmp = w0.multiply(x0).add(w1.multiply(x1)).add(w2.multiply(x2)).multiply(cos.negate().add(1));
            p0 = x0.multiply(cos).add(w1.multiply(x2).subtract(w2.multiply(x1)).multiply(sin)).add(w0.multiply(tmp));
            p1 = x1.multiply(cos).add(w2.multiply(x0).subtract(w0.multiply(x2)).multiply(sin)).add(w1.multiply(tmp));
            p2 = x2.multiply(cos).add(w0.multiply(x1).subtract(w1.multiply(x0)).multiply(sin)).add(w2.multiply(tmp));
        } else {
            p0 = x0.add(r1.multiply(x2).subtract(r2.multiply(x1)));
            p1 = x1.add(r2.multiply(x0).subtract(r0.multiply(x2)));
            p2 = x2.add(r0.multiply(x1).subtract(r1.multiply(x0)));
        }
        T u = p0.divide(p2);
        T v = p1.divide(p2);
        T rsq = u.multiply(u).add(v.multiply(v));
        T distortion = camera[9].multiply(rsq).add(camera[10].multiply(rsq).multiply(rsq)).add(1);
        T[] error = MathArrays.buildArray(weight.getField(), 2);
        error[0] = weight.multiply(camera[6].multiply(u).multiply(distortion).add(camera[7]).subtract(feature[0]));
        error[1] = weight.multiply(camera[6].multiply(v).multiply(distortion).add(camera[8]).subtract(feature[1]));
        return error;
    }

    /**
     * The Lotka–Volterra trajectory by RK4, as {@code LotkaVolterra.trajectory}.
     *
     * @param p     the rates {@code (α, β, δ, γ)}
     * @param u0    the initial prey population
     * @param v0    the initial predator population
     * @param h     the step
     * @param steps the number of steps
     * @param <T>   the field
     * @return {@code (u_1, v_1, u_2, v_2, ...)}
     */
    public static <T extends CalculusFieldElement<T>> T[] trajectory(T[] p, double u0, double v0, double h,
            int steps) {
        Field<T> field = p[0].getField();
        T u = field.getZero().add(u0);
        T v = field.getZero().add(v0);
        T[] states = MathArrays.buildArray(field, 2 * steps);
        for (int s = 0; s < steps; s++) {
            T k1u = prey(p, u, v);
            T k1v = predator(p, u, v);
            T k2u = prey(p, u.add(k1u.multiply(0.5 * h)), v.add(k1v.multiply(0.5 * h)));
            T k2v = predator(p, u.add(k1u.multiply(0.5 * h)), v.add(k1v.multiply(0.5 * h)));
            T k3u = prey(p, u.add(k2u.multiply(0.5 * h)), v.add(k2v.multiply(0.5 * h)));
            T k3v = predator(p, u.add(k2u.multiply(0.5 * h)), v.add(k2v.multiply(0.5 * h)));
            T k4u = prey(p, u.add(k3u.multiply(h)), v.add(k3v.multiply(h)));
            T k4v = predator(p, u.add(k3u.multiply(h)), v.add(k3v.multiply(h)));
            u = u.add(k1u.add(k2u.multiply(2)).add(k3u.multiply(2)).add(k4u).multiply(h / 6));
            v = v.add(k1v.add(k2v.multiply(2)).add(k3v.multiply(2)).add(k4v).multiply(h / 6));
            states[2 * s] = u;
            states[2 * s + 1] = v;
        }
        return states;
    }

    private static <T extends CalculusFieldElement<T>> T prey(T[] p, T u, T v) {
        return p[0].multiply(u).subtract(p[1].multiply(u).multiply(v));
    }

    private static <T extends CalculusFieldElement<T>> T predator(T[] p, T u, T v) {
        return p[2].multiply(u).multiply(v).subtract(p[3].multiply(v));
    }

    private static <T extends CalculusFieldElement<T>> T logSumExp(T[] v) {
        T max = v[0];
        for (int i = 1; i < v.length; i++) {
            if (v[i].getReal() > max.getReal()) {
                max = v[i];
            }
        }
        T sum = max.getField().getZero();
        for (T vi : v) {
            sum = sum.add(vi.subtract(max).exp());
        }
        return sum.log().add(max);
    }
}
