package dev.chainrule.samples.e2e;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;

/**
 * Issue 3's realistic programs ({@link Programs}), each with an independent oracle: closed-form derivatives
 * (Rosenbrock, the seed's network) or the same mathematics in Commons Math {@link DerivativeStructure}.
 */
final class ProgramCatalog {

    private ProgramCatalog() {
    }

    /** Random points per program. */
    static final int POINTS = 8;

    private static final double GAP = 1e-3;

    /** Camera layout of {@link Programs#reprojection}: rotation, centre, focal length, principal point, radial. */
    static final int CAMERA = 11;

    static List<Fixture> all() {
        List<Fixture> all = new ArrayList<>();
        for (int n : new int[] {2, 3, 10, 50}) {
            all.add(rosenbrock(n));
        }
        all.add(gmm(3, 2, 6));
        all.add(gmm(2, 3, 5));
        all.add(reprojection());
        all.add(rk4(40));
        all.add(mlp(3, 4, 2));
        all.add(mlp(5, 3, 1));
        all.add(mlpBatch());
        all.add(firstPassage());
        all.add(descent());
        all.forEach(f -> f.sampled(f.pointCount(POINTS)));
        return all;
    }

    // ---- Rosenbrock ----------------------------------------------------------------------------------------------

    /** Extended Rosenbrock in n dimensions against its closed-form gradient. */
    static Fixture rosenbrock(int n) {
        return Fixture.closedForm(Programs.class, "rosenbrock", p -> {
            double[] row = new double[n + 1];
            for (int i = 0; i < n - 1; i++) {
                double a = 1 - p[i];
                double b = p[i + 1] - p[i] * p[i];
                row[0] += a * a + 100 * b * b;
                row[1 + i] += -2 * a - 400 * p[i] * b;
                row[2 + i] += 200 * b;
            }
            return new double[][] {row};
        }).shape(0, n).all(-2, 2);
    }

    // ---- GMM -----------------------------------------------------------------------------------------------------

    /** The GMM log-likelihood with k components in d dimensions over n data points. */
    static Fixture gmm(int k, int d, int n) {
        return Fixture.scalar(Programs.class, "gmmLogLikelihood", a -> {
            DerivativeStructure[] alphas = a.vector(0);
            DerivativeStructure[][] means = a.matrix(1);
            DerivativeStructure[][] icf = a.matrix(2);
            DerivativeStructure[][] data = a.matrix(3);
            double gamma = a.scalar(4).getValue();
            int m = a.integer(5);
            DerivativeStructure slse = a.constant(0);
            for (int i = 0; i < n; i++) {
                DerivativeStructure[] main = new DerivativeStructure[k];
                for (int c = 0; c < k; c++) {
                    DerivativeStructure norm = a.constant(0);
                    DerivativeStructure sumQ = a.constant(0);
                    for (int j = 0; j < d; j++) {
                        DerivativeStructure z = icf[c][j].exp().multiply(data[i][j].subtract(means[c][j]));
                        norm = norm.add(z.multiply(z));
                        sumQ = sumQ.add(icf[c][j]);
                    }
                    main[c] = alphas[c].add(sumQ).subtract(norm.multiply(0.5));
                }
                slse = slse.add(logSumExp(main));
            }
            DerivativeStructure prior = a.constant(0);
            for (int c = 0; c < k; c++) {
                DerivativeStructure frobenius = a.constant(0);
                DerivativeStructure sumQ = a.constant(0);
                for (int j = 0; j < d; j++) {
                    frobenius = frobenius.add(icf[c][j].multiply(2).exp());
                    sumQ = sumQ.add(icf[c][j]);
                }
                prior = prior.add(frobenius.multiply(0.5 * gamma * gamma)).subtract(sumQ.multiply(m));
            }
            double constant = -n * d * 0.5 * Math.log(2 * Math.PI);
            return slse.subtract(logSumExp(alphas).multiply(n)).subtract(prior).add(constant);
        }).shape(0, k).shape(1, k, d).shape(2, k, d).shape(3, n, d).constant(3).constant(4)
                .range(0, -1, 1).range(1, -2, 2).range(2, -0.5, 0.5).range(3, -2, 2).range(4, 0.5, 1.5)
                .range(5, 0, 3);
    }

    /** log Σ exp(v), the oracle's own way (no maximum subtracted: the values here are moderate). */
    static DerivativeStructure logSumExp(DerivativeStructure[] v) {
        DerivativeStructure sum = v[0].exp();
        for (int i = 1; i < v.length; i++) {
            sum = sum.add(v[i].exp());
        }
        return sum.log();
    }

    // ---- bundle adjustment ---------------------------------------------------------------------------------------

    /**
     * The reprojection residual, at random cameras (rotation angles up to ~0.5), at θ = 0 exactly, and near it
     * (θ ≈ 1.7e-9 and 1.7e-5, and a rotation about one axis).
     */
    static Fixture reprojection() {
        Fixture f = Fixture.vector(Programs.class, "reprojection", a -> {
            DerivativeStructure[] cam = a.vector(0);
            DerivativeStructure[] point = a.vector(1);
            DerivativeStructure[] obs = a.vector(2);
            DerivativeStructure[] x = new DerivativeStructure[3];
            for (int j = 0; j < 3; j++) {
                x[j] = point[j].subtract(cam[3 + j]);
            }
            DerivativeStructure[] r = {cam[0], cam[1], cam[2]};
            DerivativeStructure sqTheta = r[0].multiply(r[0]).add(r[1].multiply(r[1])).add(r[2].multiply(r[2]));
            DerivativeStructure[] y = new DerivativeStructure[3];
            if (sqTheta.getValue() != 0) {
                DerivativeStructure theta = sqTheta.sqrt();
                DerivativeStructure cos = theta.cos();
                DerivativeStructure sin = theta.sin();
                DerivativeStructure[] w = new DerivativeStructure[3];
                for (int j = 0; j < 3; j++) {
                    w[j] = r[j].multiply(theta.reciprocal());
                }
                DerivativeStructure[] cross = cross(w, x);
                DerivativeStructure tmp = dot(w, x).multiply(cos.negate().add(1));
                for (int j = 0; j < 3; j++) {
                    y[j] = x[j].multiply(cos).add(cross[j].multiply(sin)).add(w[j].multiply(tmp));
                }
            } else {
                DerivativeStructure[] cross = cross(r, x);
                for (int j = 0; j < 3; j++) {
                    y[j] = x[j].add(cross[j]);
                }
            }
            DerivativeStructure p0 = y[0].divide(y[2]);
            DerivativeStructure p1 = y[1].divide(y[2]);
            DerivativeStructure rsq = p0.multiply(p0).add(p1.multiply(p1));
            DerivativeStructure distortion = cam[9].multiply(rsq).add(cam[10].multiply(rsq).multiply(rsq)).add(1);
            return new DerivativeStructure[] {
                    cam[6].multiply(distortion).multiply(p0).add(cam[7]).subtract(obs[0]),
                    cam[6].multiply(distortion).multiply(p1).add(cam[8]).subtract(obs[1])};
        }).shape(0, CAMERA).shape(1, 3).shape(2, 2).constant(2);
        double[] lo = {-0.3, -0.3, -0.3, -0.5, -0.5, -0.5, 0.8, -0.1, -0.1, -0.1, -0.05};
        double[] hi = {0.3, 0.3, 0.3, 0.5, 0.5, 0.5, 2.0, 0.1, 0.1, 0.1, 0.05};
        for (int j = 0; j < CAMERA; j++) {
            f.range(0, j, lo[j], hi[j]);
        }
        f.range(1, -1, 1).range(1, 2, 4, 7).range(2, -0.5, 0.5);
        // θ = 0 is the branch point: the first-order model there has the true gradient but not the true curvature.
        f.atKink(camera(0, 0, 0));
        // At θ ≈ 1.7e-9, cos θ rounds to 1: the program computes no curvature there, which central differences
        // (stepping to θ ≈ 1e-5) do see. A numerical branch point for second derivatives.
        f.atKink(camera(1e-9, -1e-9, 1e-9));
        f.at(camera(1e-5, 1e-5, -1e-5));
        f.at(camera(0, 0, 1e-3));
        return f;
    }

    /** A point of the reprojection fixture with rotation r: a fixed camera, point and observation. */
    static double[] camera(double r0, double r1, double r2) {
        return new double[] {r0, r1, r2, 0.1, -0.2, 0.3, 1.3, 0.02, -0.03, 0.05, -0.01, 0.4, -0.7, 5.5, 0.1, -0.2};
    }

    private static DerivativeStructure[] cross(DerivativeStructure[] a, DerivativeStructure[] b) {
        return new DerivativeStructure[] {
                a[1].multiply(b[2]).subtract(a[2].multiply(b[1])),
                a[2].multiply(b[0]).subtract(a[0].multiply(b[2])),
                a[0].multiply(b[1]).subtract(a[1].multiply(b[0]))};
    }

    private static DerivativeStructure dot(DerivativeStructure[] a, DerivativeStructure[] b) {
        return a[0].multiply(b[0]).add(a[1].multiply(b[1])).add(a[2].multiply(b[2]));
    }

    // ---- RK4 -----------------------------------------------------------------------------------------------------

    /** A Lotka–Volterra trajectory of {@code steps} steps: 6 inputs, 2·steps outputs. */
    static Fixture rk4(int steps) {
        return Fixture.vector(Programs.class, "rk4", a -> {
            DerivativeStructure[] p = a.vector(0);
            DerivativeStructure[] y0 = a.vector(1);
            double dt = a.scalar(3).getValue();
            DerivativeStructure[] out = new DerivativeStructure[2 * steps];
            DerivativeStructure u = y0[0];
            DerivativeStructure v = y0[1];
            for (int s = 0; s < steps; s++) {
                DerivativeStructure[] k1 = lotkaVolterra(p, u, v);
                DerivativeStructure[] k2 = lotkaVolterra(p, u.add(k1[0].multiply(0.5 * dt)),
                        v.add(k1[1].multiply(0.5 * dt)));
                DerivativeStructure[] k3 = lotkaVolterra(p, u.add(k2[0].multiply(0.5 * dt)),
                        v.add(k2[1].multiply(0.5 * dt)));
                DerivativeStructure[] k4 = lotkaVolterra(p, u.add(k3[0].multiply(dt)), v.add(k3[1].multiply(dt)));
                u = u.add(k1[0].add(k2[0].multiply(2)).add(k3[0].multiply(2)).add(k4[0]).multiply(dt / 6));
                v = v.add(k1[1].add(k2[1].multiply(2)).add(k3[1].multiply(2)).add(k4[1]).multiply(dt / 6));
                out[2 * s] = u;
                out[2 * s + 1] = v;
            }
            return out;
        }).shape(0, 4).shape(1, 2).set(2, steps).constant(3).range(0, 0.5, 1.5).range(1, 0.5, 2)
                .range(3, 0.05, 0.1);
    }

    private static DerivativeStructure[] lotkaVolterra(DerivativeStructure[] p, DerivativeStructure u,
            DerivativeStructure v) {
        return new DerivativeStructure[] {
                p[0].multiply(u).subtract(p[1].multiply(u).multiply(v)),
                p[2].negate().multiply(v).add(p[3].multiply(u).multiply(v))};
    }

    // ---- the seed's network --------------------------------------------------------------------------------------

    /**
     * The seed's network with {@code inputs → hidden → outputs} against the seed's backward formulas, computed
     * independently in {@link SeedNetwork}; points keep every hidden pre-activation away from the ReLU's kink.
     */
    static Fixture mlp(int inputs, int hidden, int outputs) {
        int w1 = hidden * inputs;
        int w2 = outputs * hidden;
        return Fixture.closedForm(Programs.class, "mlpLoss", p -> {
            double[][] weights1 = matrix(p, 0, hidden, inputs);
            double[][] weights2 = matrix(p, w1, outputs, hidden);
            double[] x = java.util.Arrays.copyOfRange(p, w1 + w2, w1 + w2 + inputs);
            double[] y = java.util.Arrays.copyOfRange(p, w1 + w2 + inputs, w1 + w2 + inputs + outputs);
            SeedNetwork net = SeedNetwork.backward(weights1, weights2, x, y);
            double[] row = new double[1 + w1 + w2];
            row[0] = net.loss();
            int k = 1;
            for (double[] r : net.dW1()) {
                for (double v : r) {
                    row[k++] = v;
                }
            }
            for (double[] r : net.dW2()) {
                for (double v : r) {
                    row[k++] = v;
                }
            }
            return new double[][] {row};
        }).shape(0, hidden, inputs).shape(1, outputs, hidden).shape(2, inputs).shape(3, outputs)
                .constant(2).constant(3).all(-1.5, 1.5).accept(p -> {
                    double[][] weights1 = matrix(p, 0, hidden, inputs);
                    double[] x = java.util.Arrays.copyOfRange(p, w1 + w2, w1 + w2 + inputs);
                    for (double h : SeedNetwork.times(weights1, x)) {
                        if (Math.abs(h) < 0.05) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    /** The batch network with biases and a mean, against DerivativeStructure. */
    static Fixture mlpBatch() {
        int inputs = 3;
        int hidden = 4;
        int outputs = 2;
        int batch = 5;
        return Fixture.scalar(Programs.class, "mlpBatchLoss", a -> {
            DerivativeStructure[][] w1 = a.matrix(0);
            DerivativeStructure[] b1 = a.vector(1);
            DerivativeStructure[][] w2 = a.matrix(2);
            DerivativeStructure[] b2 = a.vector(3);
            DerivativeStructure[][] xs = a.matrix(4);
            DerivativeStructure[][] ys = a.matrix(5);
            DerivativeStructure total = a.constant(0);
            for (int s = 0; s < batch; s++) {
                DerivativeStructure[] act = new DerivativeStructure[hidden];
                for (int i = 0; i < hidden; i++) {
                    DerivativeStructure h = b1[i];
                    for (int j = 0; j < inputs; j++) {
                        h = h.add(w1[i][j].multiply(xs[s][j]));
                    }
                    act[i] = h.getValue() > 0 ? h : a.constant(0);
                }
                for (int o = 0; o < outputs; o++) {
                    DerivativeStructure yHat = b2[o];
                    for (int i = 0; i < hidden; i++) {
                        yHat = yHat.add(w2[o][i].multiply(act[i]));
                    }
                    DerivativeStructure r = yHat.subtract(ys[s][o]);
                    total = total.add(r.multiply(r));
                }
            }
            return total.divide(batch * outputs);
        }).shape(0, hidden, inputs).shape(1, hidden).shape(2, outputs, hidden).shape(3, outputs)
                .shape(4, batch, inputs).shape(5, batch, outputs).constant(4).constant(5).all(-1.5, 1.5)
                .accept(p -> {
                    int o = hidden * inputs + hidden + outputs * hidden + outputs;
                    for (int s = 0; s < batch; s++) {
                        for (int i = 0; i < hidden; i++) {
                            double h = p[hidden * inputs + i];
                            for (int j = 0; j < inputs; j++) {
                                h += p[i * inputs + j] * p[o + s * inputs + j];
                            }
                            if (Math.abs(h) < 0.02) {
                                return false;
                            }
                        }
                    }
                    return true;
                });
    }

    static double[][] matrix(double[] p, int from, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(p, from + i * cols, m[i], 0, cols);
        }
        return m;
    }

    // ---- loops with data-dependent exits -------------------------------------------------------------------------

    static Fixture firstPassage() {
        return Fixture.scalar(Programs.class, "firstPassage", a -> {
            DerivativeStructure[] inc = a.vector(0);
            DerivativeStructure threshold = a.scalar(1);
            DerivativeStructure position = a.constant(0);
            for (int i = 0; i < inc.length; i++) {
                DerivativeStructure next = position.add(inc[i]);
                if (next.getValue() >= threshold.getValue()) {
                    return threshold.subtract(position).divide(inc[i]).add(i);
                }
                position = next;
            }
            return position.subtract(threshold).exp().add(inc.length);
        }).shape(0, 8).range(0, 0.1, 1).range(1, 0.5, 6).accept(p -> {
            double s = 0;
            for (int i = 0; i < 8; i++) {
                s += p[i];
                if (Math.abs(s - p[8]) < 0.01) {
                    return false;
                }
            }
            return true;
        });
    }

    static Fixture descent() {
        return Fixture.scalar(Programs.class, "descent", a -> {
            DerivativeStructure target = a.scalar(0);
            DerivativeStructure curvature = a.scalar(1);
            DerivativeStructure t = a.constant(0);
            DerivativeStructure step = a.constant(1);
            int n = 0;
            while (Math.abs(step.getValue()) > 1e-13 && n < 10000) {
                step = curvature.multiply(0.2 * 2).multiply(t.subtract(target)).divide(curvature.add(1));
                t = t.subtract(step);
                n++;
            }
            return t.multiply(t).add(target);
        }).range(0, -2, 2).range(1, 0.5, 3);
    }
}
