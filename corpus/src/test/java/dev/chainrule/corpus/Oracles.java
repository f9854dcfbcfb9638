package dev.chainrule.corpus;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;

/**
 * A share of the corpus written again over Commons Math's {@link DerivativeStructure} (operator-overloading forward
 * mode to second order): an oracle that shares no code with chainrule. Each takes the flat differentiable
 * coordinates as variables, in the order the view flattens them, and the original arguments for the constants.
 */
final class Oracles {

    /** An oracle: the method's scalar result over derivative structures. */
    @FunctionalInterface
    interface Oracle {
        DerivativeStructure apply(DerivativeStructure[] v, Object[] args);
    }

    private Oracles() {
    }

    /** The oracles by case label. */
    static Map<String, Oracle> all() {
        Map<String, Oracle> all = new LinkedHashMap<>();
        all.put("Statistics.variance", Oracles::variance);
        all.put("Statistics.logSumExp", Oracles::logSumExp);
        all.put("Statistics.correlation", Oracles::correlation);
        all.put("Physics.lennardJones", Oracles::lennardJones);
        all.put("Physics.morse", (v, a) -> {
            DerivativeStructure e = v[2].negate().multiply(v[0].subtract(v[3])).exp().negate().add(1);
            return v[1].multiply(e).multiply(e);
        });
        all.put("Physics.dampedOscillator", Oracles::dampedOscillator);
        all.put("Finance.blackScholesCall", Oracles::blackScholesCall);
        all.put("Finance.bondYield", Oracles::bondYield);
        all.put("Geometry.haversine", Oracles::haversine);
        all.put("Geometry.triangleArea", (v, a) -> {
            DerivativeStructure s = v[0].add(v[1]).add(v[2]).divide(2);
            return s.multiply(s.subtract(v[0])).multiply(s.subtract(v[1])).multiply(s.subtract(v[2])).sqrt();
        });
        all.put("OdeSteppers.rk4Pendulum", Oracles::rk4Pendulum);
        all.put("Regression.logisticLoss", Oracles::logisticLoss);
        all.put("NeuralLayers.gelu", (v, a) -> {
            double c = Math.sqrt(2 / Math.PI);
            DerivativeStructure x = v[0];
            return x.multiply(0.5).multiply(x.add(x.pow(3).multiply(0.044715)).multiply(c).tanh().add(1));
        });
        all.put("NeuralLayers.mlp", Oracles::mlp);
        all.put("Interpolation.clenshaw", Oracles::clenshaw);
        all.put("SpecialFunctions.gamma", (v, a) -> gamma(v[0]));
        all.put("Solvers.keplerEccentricAnomaly", Oracles::kepler);
        all.put("Solvers.lambertW", Oracles::lambertW);
        all.put("Matrices.logDeterminant", Oracles::logDeterminant);
        all.put("Recurrences.kalmanNegLogLikelihood", Oracles::kalman);
        return all;
    }

    private static DerivativeStructure sum(DerivativeStructure[] v, int from, int to) {
        DerivativeStructure s = v[from].createConstant(0);
        for (int i = from; i < to; i++) {
            s = s.add(v[i]);
        }
        return s;
    }

    private static DerivativeStructure variance(DerivativeStructure[] x, Object[] args) {
        DerivativeStructure mean = sum(x, 0, x.length).divide(x.length);
        DerivativeStructure ss = mean.createConstant(0);
        for (DerivativeStructure xi : x) {
            DerivativeStructure d = xi.subtract(mean);
            ss = ss.add(d.multiply(d));
        }
        return ss.divide(x.length - 1);
    }

    private static DerivativeStructure logSumExp(DerivativeStructure[] x, Object[] args) {
        DerivativeStructure max = x[0];
        for (DerivativeStructure xi : x) {
            if (xi.getValue() > max.getValue()) {
                max = xi;
            }
        }
        DerivativeStructure s = max.createConstant(0);
        for (DerivativeStructure xi : x) {
            s = s.add(xi.subtract(max).exp());
        }
        return max.add(s.log());
    }

    private static DerivativeStructure correlation(DerivativeStructure[] v, Object[] args) {
        int n = v.length / 2;
        DerivativeStructure mx = sum(v, 0, n).divide(n);
        DerivativeStructure my = sum(v, n, 2 * n).divide(n);
        DerivativeStructure sxy = mx.createConstant(0);
        DerivativeStructure sxx = sxy;
        DerivativeStructure syy = sxy;
        for (int i = 0; i < n; i++) {
            DerivativeStructure dx = v[i].subtract(mx);
            DerivativeStructure dy = v[n + i].subtract(my);
            sxy = sxy.add(dx.multiply(dy));
            sxx = sxx.add(dx.multiply(dx));
            syy = syy.add(dy.multiply(dy));
        }
        return sxy.divide(sxx.multiply(syy).sqrt());
    }

    private static DerivativeStructure lennardJones(DerivativeStructure[] v, Object[] args) {
        int n = (v.length - 2) / 3;
        DerivativeStructure epsilon = v[v.length - 2];
        DerivativeStructure sigma = v[v.length - 1];
        DerivativeStructure energy = epsilon.createConstant(0);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                DerivativeStructure r2 = epsilon.createConstant(0);
                for (int d = 0; d < 3; d++) {
                    DerivativeStructure delta = v[3 * i + d].subtract(v[3 * j + d]);
                    r2 = r2.add(delta.multiply(delta));
                }
                DerivativeStructure sr6 = sigma.divide(r2.sqrt()).pow(6);
                energy = energy.add(epsilon.multiply(4).multiply(sr6.multiply(sr6).subtract(sr6)));
            }
        }
        return energy;
    }

    private static DerivativeStructure dampedOscillator(DerivativeStructure[] v, Object[] args) {
        DerivativeStructure t = v[0];
        DerivativeStructure omega = v[2];
        DerivativeStructure zeta = v[3];
        DerivativeStructure omegaD = omega.multiply(zeta.multiply(zeta).negate().add(1).sqrt());
        DerivativeStructure envelope = v[1].multiply(zeta.multiply(omega).multiply(t).negate().exp());
        DerivativeStructure phase = omegaD.multiply(t);
        return envelope.multiply(phase.cos().add(zeta.multiply(omega).divide(omegaD).multiply(phase.sin())));
    }

    /** Zelen and Severo's normal distribution function, as {@code Finance.normalCdf} computes it. */
    private static DerivativeStructure normalCdf(DerivativeStructure x) {
        DerivativeStructure z = x.abs();
        DerivativeStructure t = z.multiply(0.2316419).add(1).reciprocal();
        DerivativeStructure poly = t.multiply(1.330274429).add(-1.821255978).multiply(t).add(1.781477937).multiply(t)
                .add(-0.356563782).multiply(t).add(0.319381530).multiply(t);
        DerivativeStructure tail = z.multiply(z).multiply(-0.5).exp().divide(Math.sqrt(2 * Math.PI)).multiply(poly);
        return x.getValue() >= 0 ? tail.negate().add(1) : tail;
    }

    private static DerivativeStructure blackScholesCall(DerivativeStructure[] v, Object[] args) {
        DerivativeStructure spot = v[0];
        DerivativeStructure strike = v[1];
        DerivativeStructure rate = v[2];
        DerivativeStructure volatility = v[3];
        DerivativeStructure time = v[4];
        DerivativeStructure sqrtT = time.sqrt();
        DerivativeStructure d1 = spot.divide(strike).log()
                .add(rate.add(volatility.multiply(volatility).multiply(0.5)).multiply(time))
                .divide(volatility.multiply(sqrtT));
        DerivativeStructure d2 = d1.subtract(volatility.multiply(sqrtT));
        return spot.multiply(normalCdf(d1))
                .subtract(strike.multiply(rate.multiply(time).negate().exp()).multiply(normalCdf(d2)));
    }

    private static DerivativeStructure bondYield(DerivativeStructure[] v, Object[] args) {
        DerivativeStructure price = v[0];
        DerivativeStructure coupon = v[1];
        int periods = (Integer) args[2];
        DerivativeStructure y = price.createConstant(0.05);
        for (int iteration = 0; iteration < 50; iteration++) {
            DerivativeStructure value = price.createConstant(0);
            DerivativeStructure slope = value;
            for (int k = 1; k <= periods; k++) {
                DerivativeStructure discount = y.add(1).pow(-k);
                value = value.add(coupon.multiply(discount));
                slope = slope.subtract(coupon.multiply(discount).multiply(k).divide(y.add(1)));
            }
            DerivativeStructure redemption = y.add(1).pow(-periods).multiply(100);
            value = value.add(redemption);
            slope = slope.subtract(redemption.multiply(periods).divide(y.add(1)));
            DerivativeStructure step = value.subtract(price).divide(slope);
            y = y.subtract(step);
            if (Math.abs(step.getValue()) < 1e-15) {
                break;
            }
        }
        return y;
    }

    private static DerivativeStructure haversine(DerivativeStructure[] v, Object[] args) {
        DerivativeStructure phi1 = v[0].toRadians();
        DerivativeStructure phi2 = v[2].toRadians();
        DerivativeStructure dPhi = v[2].subtract(v[0]).toRadians();
        DerivativeStructure dLambda = v[3].subtract(v[1]).toRadians();
        DerivativeStructure a = dPhi.divide(2).sin().pow(2)
                .add(phi1.cos().multiply(phi2.cos()).multiply(dLambda.divide(2).sin().pow(2)));
        return DerivativeStructure.atan2(a.sqrt(), a.negate().add(1).sqrt()).multiply(2 * Geometry.EARTH_RADIUS_KM);
    }

    private static DerivativeStructure rk4Pendulum(DerivativeStructure[] v, Object[] args) {
        DerivativeStructure length = v[1];
        DerivativeStructure t = v[2];
        int steps = (Integer) args[3];
        DerivativeStructure h = t.divide(steps);
        DerivativeStructure theta = v[0];
        DerivativeStructure omega = theta.createConstant(0);
        for (int i = 0; i < steps; i++) {
            DerivativeStructure k1t = omega;
            DerivativeStructure k1w = acceleration(theta, length);
            DerivativeStructure k2t = omega.add(h.multiply(0.5).multiply(k1w));
            DerivativeStructure k2w = acceleration(theta.add(h.multiply(0.5).multiply(k1t)), length);
            DerivativeStructure k3t = omega.add(h.multiply(0.5).multiply(k2w));
            DerivativeStructure k3w = acceleration(theta.add(h.multiply(0.5).multiply(k2t)), length);
            DerivativeStructure k4t = omega.add(h.multiply(k3w));
            DerivativeStructure k4w = acceleration(theta.add(h.multiply(k3t)), length);
            theta = theta.add(h.divide(6).multiply(k1t.add(k2t.multiply(2)).add(k3t.multiply(2)).add(k4t)));
            omega = omega.add(h.divide(6).multiply(k1w.add(k2w.multiply(2)).add(k3w.multiply(2)).add(k4w)));
        }
        return theta;
    }

    private static DerivativeStructure acceleration(DerivativeStructure theta, DerivativeStructure length) {
        return theta.sin().multiply(-9.81).divide(length);
    }

    private static DerivativeStructure predict(DerivativeStructure[] beta, double[] features) {
        DerivativeStructure y = beta[0];
        for (int j = 0; j < features.length; j++) {
            y = y.add(beta[j + 1].multiply(features[j]));
        }
        return y;
    }

    private static DerivativeStructure logisticLoss(DerivativeStructure[] beta, Object[] args) {
        double[][] xs = (double[][]) args[1];
        double[] labels = (double[]) args[2];
        DerivativeStructure loss = beta[0].createConstant(0);
        for (int i = 0; i < labels.length; i++) {
            DerivativeStructure z = predict(beta, xs[i]);
            DerivativeStructure positive = z.getValue() > 0 ? z : z.createConstant(0);
            DerivativeStructure softplus = positive.add(z.abs().negate().exp().log1p());
            loss = loss.add(softplus.subtract(z.multiply(labels[i])));
        }
        return loss;
    }

    private static DerivativeStructure mlp(DerivativeStructure[] v, Object[] args) {
        double[][] w1 = (double[][]) args[0];
        int hidden = w1.length;
        int inputs = w1[0].length;
        double[] x = (double[]) args[4];
        int b1 = hidden * inputs;
        int w2 = b1 + hidden;
        DerivativeStructure out = v[w2 + hidden];
        for (int i = 0; i < hidden; i++) {
            DerivativeStructure s = v[b1 + i];
            for (int j = 0; j < inputs; j++) {
                s = s.add(v[i * inputs + j].multiply(x[j]));
            }
            out = out.add(v[w2 + i].multiply(s.tanh()));
        }
        return out;
    }

    private static DerivativeStructure clenshaw(DerivativeStructure[] v, Object[] args) {
        int n = v.length - 1;
        DerivativeStructure x = v[n];
        DerivativeStructure b1 = x.createConstant(0);
        DerivativeStructure b2 = b1;
        for (int k = n - 1; k >= 1; k--) {
            DerivativeStructure b = x.multiply(2).multiply(b1).subtract(b2).add(v[k]);
            b2 = b1;
            b1 = b;
        }
        return x.multiply(b1).subtract(b2).add(v[0]);
    }

    private static DerivativeStructure gamma(DerivativeStructure x) {
        if (x.getValue() < 0.5) {
            return x.multiply(Math.PI).sin().multiply(gamma(x.negate().add(1))).reciprocal().multiply(Math.PI);
        }
        DerivativeStructure z = x.subtract(1);
        DerivativeStructure a = x.createConstant(SpecialFunctions.LANCZOS[0]);
        DerivativeStructure t = z.add(7.5);
        for (int i = 1; i < SpecialFunctions.LANCZOS.length; i++) {
            a = a.add(z.add(i).reciprocal().multiply(SpecialFunctions.LANCZOS[i]));
        }
        return t.pow(z.add(0.5)).multiply(t.negate().exp()).multiply(a).multiply(Math.sqrt(2 * Math.PI));
    }

    private static DerivativeStructure kepler(DerivativeStructure[] v, Object[] args) {
        DerivativeStructure meanAnomaly = v[0];
        DerivativeStructure eccentricity = v[1];
        DerivativeStructure e = meanAnomaly;
        for (int i = 0; i < 30; i++) {
            DerivativeStructure f = e.subtract(eccentricity.multiply(e.sin())).subtract(meanAnomaly);
            DerivativeStructure df = eccentricity.multiply(e.cos()).negate().add(1);
            e = e.subtract(f.divide(df));
        }
        return e;
    }

    private static DerivativeStructure lambertW(DerivativeStructure[] v, Object[] args) {
        DerivativeStructure x = v[0];
        DerivativeStructure w = x.log1p();
        for (int i = 0; i < 20; i++) {
            DerivativeStructure ew = w.exp();
            DerivativeStructure f = w.multiply(ew).subtract(x);
            DerivativeStructure wp1 = w.add(1);
            w = w.subtract(f.divide(ew.multiply(wp1).subtract(w.add(2).multiply(f).divide(wp1.multiply(2)))));
        }
        return w;
    }

    private static DerivativeStructure logDeterminant(DerivativeStructure[] v, Object[] args) {
        int n = (int) Math.round(Math.sqrt(v.length));
        DerivativeStructure[][] l = new DerivativeStructure[n][n];
        DerivativeStructure logDet = v[0].createConstant(0);
        for (int j = 0; j < n; j++) {
            DerivativeStructure d = v[j * n + j];
            for (int k = 0; k < j; k++) {
                d = d.subtract(l[j][k].multiply(l[j][k]));
            }
            l[j][j] = d.sqrt();
            logDet = logDet.add(l[j][j].log().multiply(2));
            for (int i = j + 1; i < n; i++) {
                DerivativeStructure s = v[i * n + j];
                for (int k = 0; k < j; k++) {
                    s = s.subtract(l[i][k].multiply(l[j][k]));
                }
                l[i][j] = s.divide(l[j][j]);
            }
        }
        return logDet;
    }

    private static DerivativeStructure kalman(DerivativeStructure[] v, Object[] args) {
        DerivativeStructure processNoise = v[0];
        DerivativeStructure measurementNoise = v[1];
        double[] observations = (double[]) args[2];
        DerivativeStructure x = processNoise.createConstant(0);
        DerivativeStructure p = processNoise.createConstant(1);
        DerivativeStructure nll = x;
        for (double z : observations) {
            p = p.add(processNoise);
            DerivativeStructure s = p.add(measurementNoise);
            DerivativeStructure innovation = x.negate().add(z);
            nll = nll.add(s.multiply(2 * Math.PI).log().add(innovation.multiply(innovation).divide(s)).multiply(0.5));
            DerivativeStructure gain = p.divide(s);
            x = x.add(gain.multiply(innovation));
            p = p.multiply(gain.negate().add(1));
        }
        return nll;
    }
}
