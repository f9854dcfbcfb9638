package dev.chainrule.samples.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;

/**
 * Issue 3's fixtures per construct ({@link Loops}, {@link Branches}, {@link ArrayCode}), each with its Commons Math
 * {@link DerivativeStructure} oracle: the same program written over {@code DerivativeStructure}, taking the same
 * branches (decided on the values) and the same trip counts.
 */
final class ConstructCatalog {

    private ConstructCatalog() {
    }

    /** Random points per construct fixture. */
    static final int POINTS = 12;

    /** Distance kept from kinks and branch boundaries so central differences stay on one side. */
    private static final double GAP = 1e-3;

    /** A margin for branch decisions on accumulated values, whose sensitivity is larger than one coordinate's. */
    private static final double MARGIN = 0.02;

    static List<Fixture> all() {
        List<Fixture> all = new ArrayList<>();
        all.addAll(loops());
        all.addAll(branches());
        all.addAll(arrays());
        all.addAll(sums());
        all.addAll(javaForms());
        all.forEach(f -> f.sampled(f.pointCount(POINTS)));
        return all;
    }

    // ---- loops ---------------------------------------------------------------------------------------------------

    static List<Fixture> loops() {
        Class<?> c = Loops.class;
        return List.of(
                Fixture.scalar(c, "forLoop", a -> {
                    DerivativeStructure s = a.constant(0);
                    for (DerivativeStructure x : a.vector(0)) {
                        s = s.add(x.multiply(x)).add(x.sin());
                    }
                    return s;
                }).shape(0, 6),
                Fixture.scalar(c, "forLoop", a -> a.constant(0)).shape(0, 0).label("[empty]"),
                Fixture.scalar(c, "product", a -> {
                    DerivativeStructure p = a.constant(1);
                    for (DerivativeStructure x : a.vector(0)) {
                        p = p.multiply(x);
                    }
                    return p;
                }).shape(0, 7).all(-2, 2),
                Fixture.scalar(c, "continuedUpdate", a -> {
                    DerivativeStructure s = a.constant(4);
                    for (DerivativeStructure x : a.vector(0)) {
                        s = s.subtract(x.divide(s));
                    }
                    return s;
                }).shape(0, 6).all(-1, 1),
                Fixture.scalar(c, "enhancedFor", a -> {
                    DerivativeStructure s = a.constant(0);
                    DerivativeStructure t = a.constant(1);
                    for (DerivativeStructure v : a.vector(0)) {
                        s = s.add(v.multiply(v.multiply(v).negate().exp()));
                        t = t.multiply(0.5).add(v);
                    }
                    return s.multiply(t);
                }).shape(0, 5).all(-2, 2),
                Fixture.scalar(c, "whileLoop", a -> {
                    DerivativeStructure s = a.constant(0);
                    for (DerivativeStructure x : a.vector(0)) {
                        s = s.multiply(0.5).add(x.multiply(x));
                    }
                    return s;
                }).shape(0, 5),
                Fixture.scalar(c, "countDown", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure s = a.constant(1);
                    for (int i = x.length - 1; i >= 0; i -= 2) {
                        s = s.multiply(x[i].cos()).add(x[i]);
                    }
                    return s;
                }).shape(0, 7),
                Fixture.scalar(c, "nestedLoops", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure[][] w = a.matrix(1);
                    DerivativeStructure s = a.constant(0);
                    for (DerivativeStructure[] row : w) {
                        DerivativeStructure r = a.constant(0);
                        for (int j = 0; j < x.length; j++) {
                            r = r.add(row[j].multiply(x[j]));
                        }
                        s = s.add(r.tanh());
                    }
                    return s;
                }).shape(0, 3).shape(1, 4, 3).all(-1, 1),
                Fixture.scalar(c, "triangular", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure s = a.constant(0);
                    for (int i = 0; i < x.length; i++) {
                        for (int j = 0; j <= i; j++) {
                            s = s.add(x[i].multiply(x[j]).divide(1 + j));
                        }
                    }
                    return s;
                }).shape(0, 5),
                Fixture.scalar(c, "breakOnSum", a -> {
                    DerivativeStructure s = a.constant(0);
                    for (DerivativeStructure x : a.vector(0)) {
                        if (s.getValue() > 3) {
                            break;
                        }
                        s = s.add(x.multiply(x));
                    }
                    return s;
                }).shape(0, 6).all(-1.5, 1.5).accept(p -> {
                    double s = 0;
                    for (double x : p) {
                        if (Math.abs(s - 3) < MARGIN) {
                            return false;
                        }
                        s += x * x;
                    }
                    return true;
                }),
                Fixture.scalar(c, "continueOnNegative", a -> {
                    DerivativeStructure s = a.constant(0);
                    DerivativeStructure p = a.constant(1);
                    for (DerivativeStructure x : a.vector(0)) {
                        if (x.getValue() < 0) {
                            continue;
                        }
                        s = s.add(x.multiply(p));
                        p = p.multiply(0.9).add(x.multiply(0.1));
                    }
                    return s.add(p);
                }).shape(0, 6).all(-2, 2).accept(away(GAP, 0.0))
                        .atKink(0, -1, 0, 1, -0, 2),
                Fixture.scalar(c, "breakAndContinue", a -> {
                    DerivativeStructure s = a.constant(0);
                    for (DerivativeStructure x : a.vector(0)) {
                        if (x.getValue() < -1) {
                            continue;
                        }
                        if (x.getValue() > 4) {
                            break;
                        }
                        s = s.multiply(x).add(1);
                    }
                    return s;
                }).shape(0, 6).all(-2, 5).accept(away(GAP, -1.0, 4.0)),
                Fixture.scalar(c, "earlyReturnNested", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure[][] w = a.matrix(1);
                    DerivativeStructure acc = a.constant(0);
                    for (int i = 0; i < w.length; i++) {
                        for (int j = 0; j < x.length; j++) {
                            acc = acc.add(w[i][j].multiply(x[j]).multiply(x[j]));
                            if (acc.getValue() > 6) {
                                return acc.multiply(x[j]).add(i);
                            }
                        }
                        acc = acc.multiply(0.5);
                    }
                    return acc.negate();
                }).shape(0, 3).shape(1, 4, 3).range(1, 0, 2).range(0, -2, 2).accept(p -> {
                    double acc = 0;
                    for (int i = 0; i < 4; i++) {
                        for (int j = 0; j < 3; j++) {
                            acc += p[3 + 3 * i + j] * p[j] * p[j];
                            if (Math.abs(acc - 6) < MARGIN) {
                                return false;
                            }
                            if (acc > 6) {
                                return true;
                            }
                        }
                        acc *= 0.5;
                    }
                    return true;
                }),
                Fixture.scalar(c, "earlyReturnWhile", a -> {
                    DerivativeStructure s = a.constant(0);
                    for (DerivativeStructure x : a.vector(0)) {
                        s = s.add(x.multiply(0.3).exp());
                        if (s.getValue() > 5) {
                            return s.multiply(s);
                        }
                    }
                    return s;
                }).shape(0, 6).all(-3, 3).accept(p -> {
                    double s = 0;
                    for (double x : p) {
                        s += Math.exp(x * 0.3);
                        if (Math.abs(s - 5) < MARGIN) {
                            return false;
                        }
                    }
                    return true;
                }),
                Fixture.scalar(c, "newtonSqrt", a -> {
                    DerivativeStructure x = a.scalar(0);
                    DerivativeStructure s = x.getValue() > 1 ? x : a.constant(1);
                    while (Math.abs(s.getValue() * s.getValue() - x.getValue()) > 1e-15 * x.getValue()) {
                        s = s.add(x.divide(s)).multiply(0.5);
                    }
                    return s;
                }).all(0.05, 50),
                Fixture.scalar(c, "halving", a -> {
                    DerivativeStructure y = a.scalar(0);
                    int k = 0;
                    while (y.getValue() > 1) {
                        y = y.divide(2);
                        k++;
                    }
                    return y.multiply(y).add(k);
                }).all(0.2, 40).accept(p -> {
                    double l = Math.log(p[0]) / Math.log(2);
                    return Math.abs(l - Math.rint(l)) > 0.01;
                }),
                Fixture.scalar(c, "bisection", a -> {
                    DerivativeStructure x = a.scalar(0);
                    DerivativeStructure lo = a.constant(0);
                    DerivativeStructure hi = x;
                    for (int it = 0; it < 40; it++) {
                        DerivativeStructure mid = lo.add(hi).multiply(0.5);
                        double m = mid.getValue();
                        if (m * m * m + m > x.getValue()) {
                            hi = mid;
                        } else {
                            lo = mid;
                        }
                    }
                    return lo.add(hi).multiply(0.5);
                }).all(0.5, 5).noFiniteDifferences(),
                Fixture.scalar(c, "doWhile", a -> {
                    DerivativeStructure x = a.scalar(0);
                    DerivativeStructure y = x.multiply(x).add(2);
                    int k = 0;
                    do {
                        y = y.sqrt().add(x.multiply(0.1));
                        k++;
                    } while (y.getValue() > 1.5 + 0.01 * k);
                    return y.multiply(k);
                }).all(-2, 2).accept(p -> {
                    double y = p[0] * p[0] + 2;
                    int k = 0;
                    do {
                        y = Math.sqrt(y) + 0.1 * p[0];
                        k++;
                        if (Math.abs(y - (1.5 + 0.01 * k)) < MARGIN) {
                            return false;
                        }
                    } while (y > 1.5 + 0.01 * k);
                    return true;
                }),
                Fixture.scalar(c, "fixedPoint", a -> {
                    DerivativeStructure x = a.scalar(0);
                    DerivativeStructure t = a.constant(0.5);
                    DerivativeStructure previous;
                    int n = 0;
                    do {
                        previous = t;
                        t = x.multiply(t).cos();
                        n++;
                    } while (Math.abs(t.getValue() - previous.getValue()) > 1e-13 && n < 200);
                    return t;
                }).all(0.2, 1.2),
                Fixture.scalar(c, "mirrored", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    int n = x.length;
                    DerivativeStructure s = a.constant(0);
                    for (int i = 0; i < n; i++) {
                        s = s.add(x[i].multiply(x[n - 1 - i]).multiply(i + 1));
                    }
                    return s;
                }).shape(0, 7),
                Fixture.scalar(c, "cyclic", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    int n = x.length;
                    DerivativeStructure s = a.constant(0);
                    for (int i = 0; i < n; i++) {
                        DerivativeStructure d = x[(i + 1) % n].subtract(x[i]);
                        s = s.add(d.multiply(d).multiply(x[(i + 2) % n]));
                    }
                    return s;
                }).shape(0, 5),
                Fixture.scalar(c, "strided", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    int stride = a.integer(1);
                    long offset = (long) a.scalar(2).getValue();
                    DerivativeStructure s = a.constant(0);
                    long count = 0;
                    long start = offset % x.length;
                    for (int i = (int) start; i < x.length; i += stride) {
                        s = s.add(x[i].multiply(count + 1));
                        count++;
                    }
                    return s.multiply(s).add(count + start);
                }).shape(0, 7).range(1, 1, 3).range(2, 0, 12),
                Fixture.scalar(c, "weightedPrefix", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure[] w = a.vector(1);
                    DerivativeStructure s = a.constant(0);
                    for (int i = 0; i < a.integer(2); i++) {
                        s = s.add(w[i].multiply(x[i].multiply(x[i]).log1p()));
                    }
                    return s;
                }).shape(0, 5).shape(1, 5).constant(1).range(2, 0, 5),
                Fixture.scalar(c, "recomputeOuterIndex", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure[][] data = a.matrix(1);
                    DerivativeStructure s = a.constant(0);
                    for (DerivativeStructure[] row : data) {
                        for (int j = 0; j < x.length; j++) {
                            s = s.add(row[j].subtract(x[j]).multiply(0.3).sin());
                        }
                    }
                    return s;
                }).shape(0, 3).shape(1, 4, 3).constant(1).all(-2, 2),
                Fixture.scalar(c, "recomputeOuterLocal", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure s = a.constant(0);
                    for (DerivativeStructure xi : x) {
                        DerivativeStructure m = xi.multiply(0.5);
                        for (DerivativeStructure xj : x) {
                            s = s.add(xj.subtract(m).sin());
                        }
                    }
                    return s;
                }).shape(0, 4).all(-2, 2),
                Fixture.scalar(c, "recomputeOuterElement", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure s = a.constant(0);
                    for (int i = 0; i < x.length; i++) {
                        for (DerivativeStructure xj : x) {
                            s = s.add(xj.multiply(i + 1).subtract(x[i]).multiply(0.5).sin());
                        }
                    }
                    return s;
                }).shape(0, 4).all(-1, 1));
    }

    // ---- branches ------------------------------------------------------------------------------------------------

    static List<Fixture> branches() {
        Class<?> c = Branches.class;
        return List.of(
                Fixture.scalar(c, "relu", a -> a.scalar(0).getValue() > 0 ? a.scalar(0) : a.constant(0))
                        .accept(away(GAP, 0.0)).atKink(0).atKink(-0.0),
                Fixture.scalar(c, "leakyReluSum", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure s = a.constant(0);
                    for (int i = 0; i < x.length; i++) {
                        DerivativeStructure h = x[i].multiply(i + 1).subtract(1);
                        s = s.add(h.getValue() > 0 ? h.multiply(h) : h.multiply(0.01));
                    }
                    return s;
                }).shape(0, 6).all(-2, 2).accept(p -> {
                    for (int i = 0; i < p.length; i++) {
                        if (Math.abs(p[i] * (i + 1) - 1) < GAP) {
                            return false;
                        }
                    }
                    return true;
                }),
                Fixture.scalar(c, "absLike", a -> {
                    DerivativeStructure d = a.scalar(0).subtract(a.scalar(1));
                    DerivativeStructure abs = d.getValue() < 0 ? d.negate() : d;
                    return abs.multiply(a.scalar(0).sin()).add(a.scalar(1));
                }).accept(p -> Math.abs(p[0] - p[1]) > GAP).atKink(1.25, 1.25),
                Fixture.scalar(c, "clamp", a -> {
                    DerivativeStructure x = a.scalar(0);
                    DerivativeStructure lo = a.scalar(1);
                    DerivativeStructure hi = a.scalar(2);
                    if (x.getValue() < lo.getValue()) {
                        return lo.multiply(lo);
                    } else if (x.getValue() > hi.getValue()) {
                        return hi.multiply(hi);
                    }
                    return x.multiply(x);
                }).range(0, -3, 3).range(1, -2, 0).range(2, 0.5, 2)
                        .accept(p -> Math.abs(p[0] - p[1]) > GAP && Math.abs(p[0] - p[2]) > GAP)
                        .atKink(-1, -1, 1).atKink(1, -1, 1),
                Fixture.scalar(c, "piecewise", a -> {
                    DerivativeStructure x = a.scalar(0);
                    double v = x.getValue();
                    DerivativeStructure y;
                    if (v < -2) {
                        y = x.multiply(x).negate();
                    } else if (v < 0) {
                        y = x.multiply(3).add(2);
                    } else if (v < 2) {
                        y = x.exp();
                    } else {
                        y = x.multiply(x).multiply(x);
                    }
                    return y.multiply(x);
                }).all(-4, 4).accept(away(GAP, -2.0, 0.0, 2.0)).atKink(-2).atKink(0).atKink(2),
                Fixture.scalar(c, "nestedTernary", a -> {
                    DerivativeStructure x = a.scalar(0);
                    DerivativeStructure y = a.scalar(1);
                    return x.getValue() > y.getValue()
                            ? (x.getValue() > 0 ? x.multiply(y) : x.subtract(y))
                            : y.subtract(x).exp();
                }).accept(p -> Math.abs(p[0] - p[1]) > GAP && Math.abs(p[0]) > GAP),
                Fixture.scalar(c, "booleanLogic", a -> {
                    double x = a.scalar(0).getValue();
                    double y = a.scalar(1).getValue();
                    boolean inside = x > 0 && y > 0 || x < -1 && !(y < 2);
                    return inside ? a.scalar(0).multiply(a.scalar(1)) : a.scalar(0).add(a.scalar(1).multiply(a.scalar(1)));
                }).accept(p -> Math.abs(p[0]) > GAP && Math.abs(p[1]) > GAP && Math.abs(p[0] + 1) > GAP
                        && Math.abs(p[1] - 2) > GAP),
                Fixture.scalar(c, "branchInLoop", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure s = a.constant(0);
                    for (int i = 1; i < x.length; i++) {
                        if (x[i].getValue() > x[i - 1].getValue()) {
                            s = s.add(x[i].multiply(x[i - 1]));
                        } else {
                            s = s.subtract(x[i].subtract(x[i - 1]).sin());
                        }
                    }
                    return s;
                }).shape(0, 7).accept(p -> {
                    for (int i = 1; i < p.length; i++) {
                        if (Math.abs(p[i] - p[i - 1]) < GAP) {
                            return false;
                        }
                    }
                    return true;
                }),
                Fixture.scalar(c, "runningMax", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure m = x[0];
                    for (int i = 1; i < x.length; i++) {
                        if (x[i].getValue() > m.getValue()) {
                            m = x[i];
                        }
                    }
                    return m.multiply(m);
                }).shape(0, 6).accept(p -> {
                    double[] s = p.clone();
                    java.util.Arrays.sort(s);
                    return s[s.length - 1] - s[s.length - 2] > GAP;
                }).atKink(1, 3, 3, -2, 0.5, 3),
                Fixture.scalar(c, "booleanParameter", a -> a.bool(1) ? a.scalar(0).multiply(a.scalar(0))
                        : a.scalar(0).sin()),
                Fixture.scalar(c, "roundings", a -> {
                    DerivativeStructure x = a.scalar(0);
                    double v = x.getValue();
                    double f = Math.floor(v);
                    double ce = Math.ceil(v * 0.5);
                    double r = Math.rint(v * 3);
                    long n = Math.round(v * 2);
                    int i = (int) v;
                    return x.multiply(f).add(x.multiply(x).multiply(ce)).add(r).add(x.multiply(n))
                            .add(x.sin().multiply(i)).add(x.multiply(Math.signum(v)));
                }).all(-4, 4).accept(p -> {
                    double v = p[0];
                    return offInteger(v) && offInteger(v * 0.5) && offInteger(v * 3 - 0.5)
                            && offInteger(v * 2 - 0.5) && Math.abs(v) > GAP;
                }).atKink(0).atKink(1).atKink(-2.5),
                Fixture.scalar(c, "remainder", a -> {
                    DerivativeStructure x = a.scalar(0);
                    DerivativeStructure y = a.scalar(1);
                    double q = trunc(x.getValue() / y.getValue());
                    return x.subtract(y.multiply(q)).multiply(x).add(y);
                }).range(0, -6, 6).range(1, -3, 3).accept(p -> Math.abs(p[1]) > 0.3 && offInteger(p[0] / p[1])),
                Fixture.scalar(c, "remainderLoop", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    double period = a.scalar(1).getValue();
                    DerivativeStructure s = a.constant(0);
                    for (DerivativeStructure xi : x) {
                        DerivativeStructure t = xi.multiply(3);
                        DerivativeStructure phase = t.subtract(period * trunc(t.getValue() / period));
                        s = s.add(phase.multiply(phase));
                    }
                    return s;
                }).shape(0, 5).range(0, -3, 3).range(1, 0.5, 2).constant(1).accept(p -> {
                    for (int i = 0; i < 5; i++) {
                        if (!offInteger(3 * p[i] / p[5])) {
                            return false;
                        }
                    }
                    return true;
                }));
    }

    // ---- arrays --------------------------------------------------------------------------------------------------

    static List<Fixture> arrays() {
        Class<?> c = ArrayCode.class;
        return List.of(
                Fixture.scalar(c, "matVecSquares", a -> {
                    DerivativeStructure[][] w = a.matrix(0);
                    DerivativeStructure[] x = a.vector(1);
                    DerivativeStructure s = a.constant(0);
                    for (DerivativeStructure[] row : w) {
                        DerivativeStructure h = a.constant(0);
                        for (int i = 0; i < x.length; i++) {
                            h = h.add(row[i].multiply(x[i]));
                        }
                        s = s.add(h.multiply(h));
                    }
                    return s;
                }).shape(0, 3, 4).shape(1, 4).all(-2, 2),
                Fixture.scalar(c, "allocatedInLoop", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure s = a.constant(0);
                    for (int i = 0; i + 2 < x.length; i++) {
                        DerivativeStructure t0 = x[i];
                        DerivativeStructure t1 = x[i + 1].multiply(2);
                        DerivativeStructure t2 = x[i + 2].multiply(3);
                        s = s.add(t0.multiply(t1).subtract(t2.multiply(t2).multiply(0.1)));
                    }
                    return s;
                }).shape(0, 6),
                Fixture.scalar(c, "reallocatedCarry", a -> {
                    DerivativeStructure s0 = a.constant(1);
                    DerivativeStructure s1 = a.constant(0);
                    for (DerivativeStructure x : a.vector(0)) {
                        DerivativeStructure n0 = s0.multiply(x.cos()).subtract(s1.multiply(x.sin()));
                        DerivativeStructure n1 = s0.multiply(x.sin()).add(s1.multiply(x.cos())).add(x.multiply(0.1));
                        s0 = n0;
                        s1 = n1;
                    }
                    return s0.add(s1.multiply(2));
                }).shape(0, 5),
                Fixture.scalar(c, "initializer", a -> {
                    DerivativeStructure[] v = {a.scalar(0), a.scalar(1), a.scalar(0).multiply(a.scalar(1)),
                            a.constant(1.5)};
                    DerivativeStructure s = a.constant(0);
                    for (int i = 0; i < v.length; i++) {
                        s = s.add(v[i].multiply(v[i]).multiply(i + 1));
                    }
                    return s;
                }),
                Fixture.scalar(c, "localMatrix", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    int n = x.length;
                    DerivativeStructure trace = a.constant(0);
                    for (int i = 0; i < n; i++) {
                        int j = (i + 1) % n;
                        DerivativeStructure mii = x[i].multiply(x[i]).add(1);
                        DerivativeStructure mij = x[i].multiply(x[j]).add(i == j ? 1 : 0);
                        trace = trace.add(mii.multiply(mij));
                    }
                    return trace;
                }).shape(0, 4),
                Fixture.scalar(c, "localMatrix", a -> {
                    DerivativeStructure x = a.vector(0)[0];
                    DerivativeStructure mii = x.multiply(x).add(1);
                    return mii.multiply(mii);
                }).shape(0, 1),
                Fixture.scalar(c, "elementCompound", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure s = a.constant(0);
                    for (int i = 0; i < x.length; i++) {
                        DerivativeStructure y = x[i].add(1);
                        y = y.multiply(x[i].add(2));
                        y = y.subtract(x[i].multiply(x[i]).multiply(0.5));
                        y = y.divide(x[i].multiply(x[i]).add(1));
                        s = s.add(y.multiply(i + 1));
                    }
                    return s;
                }).shape(0, 5),
                Fixture.scalar(c, "recurrence", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure y = x[0];
                    for (int i = 1; i < x.length; i++) {
                        y = y.multiply(x[i].sin()).add(x[i]);
                    }
                    return y;
                }).shape(0, 6),
                Fixture.scalar(c, "inPlaceCopy", a -> {
                    DerivativeStructure[] y = a.vector(0);
                    for (int i = 0; i < y.length; i++) {
                        y[i] = y[i].multiply(y[i]).add(1);
                    }
                    for (int i = 1; i < y.length; i++) {
                        y[i] = y[i].multiply(y[i - 1]);
                    }
                    for (int i = y.length - 2; i >= 0; i--) {
                        y[i] = y[i].add(y[i + 1]).sqrt();
                    }
                    return y[0];
                }).shape(0, 5).all(-1.5, 1.5),
                Fixture.scalar(c, "noDerivativeArray", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure[] data = a.vector(1);
                    DerivativeStructure s = a.constant(0);
                    for (int i = 0; i < a.integer(2); i++) {
                        DerivativeStructure r = x[i % x.length].subtract(data[i]);
                        s = s.add(r.multiply(r));
                    }
                    return s;
                }).shape(0, 3).shape(1, 7).constant(1).range(2, 0, 7),
                Fixture.scalar(c, "noDerivativeMatrix", a -> {
                    DerivativeStructure[][] m = a.matrix(0);
                    DerivativeStructure[] x = a.vector(1);
                    DerivativeStructure s = a.constant(0);
                    for (DerivativeStructure[] row : m) {
                        DerivativeStructure r = a.constant(0);
                        for (int j = 0; j < x.length; j++) {
                            r = r.add(row[j].multiply(x[j]));
                        }
                        s = s.add(r.multiply(r).negate().exp());
                    }
                    return s;
                }).shape(0, 3, 4).shape(1, 4).constant(0).all(-1, 1),
                Fixture.scalar(c, "wrtArray", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure[] y = a.vector(1);
                    DerivativeStructure s = a.constant(0);
                    for (int i = 0; i < x.length; i++) {
                        s = s.add(x[i].multiply(y[i]).multiply(a.scalar(2)));
                    }
                    return s.multiply(s);
                }).shape(0, 4).shape(1, 4).constant(1).constant(2),
                Fixture.scalar(c, "wrtMatrix", a -> {
                    DerivativeStructure[][] w = a.matrix(0);
                    DerivativeStructure[] x = a.vector(1);
                    DerivativeStructure s = a.constant(0);
                    for (DerivativeStructure[] row : w) {
                        for (int j = 0; j < row.length; j++) {
                            s = s.add(row[j].multiply(x[j]).multiply(a.scalar(2)).sin());
                        }
                    }
                    return s;
                }).shape(0, 2, 3).shape(1, 3).constant(1).all(-1.5, 1.5),
                Fixture.vector(c, "softmax", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure max = x[0];
                    for (int i = 1; i < x.length; i++) {
                        if (x[i].getValue() > max.getValue()) {
                            max = x[i];
                        }
                    }
                    DerivativeStructure[] e = new DerivativeStructure[x.length];
                    DerivativeStructure sum = a.constant(0);
                    for (int i = 0; i < x.length; i++) {
                        e[i] = x[i].subtract(max).exp();
                        sum = sum.add(e[i]);
                    }
                    for (int i = 0; i < x.length; i++) {
                        e[i] = e[i].divide(sum);
                    }
                    return e;
                }).shape(0, 5),
                Fixture.vector(c, "cumulativeProduct", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure[] y = new DerivativeStructure[x.length];
                    DerivativeStructure p = a.constant(1);
                    for (int i = 0; i < x.length; i++) {
                        p = p.multiply(x[i]);
                        y[i] = p;
                    }
                    return y;
                }).shape(0, 5).all(-2, 2),
                Fixture.vector(c, "layer", a -> {
                    DerivativeStructure[][] w = a.matrix(0);
                    DerivativeStructure[] x = a.vector(1);
                    DerivativeStructure[] b = a.vector(2);
                    DerivativeStructure[] y = new DerivativeStructure[w.length];
                    for (int i = 0; i < w.length; i++) {
                        DerivativeStructure r = b[i];
                        for (int j = 0; j < x.length; j++) {
                            r = r.add(w[i][j].multiply(x[j]));
                        }
                        y[i] = r.tanh();
                    }
                    return y;
                }).shape(0, 3, 4).shape(1, 4).shape(2, 3).all(-1, 1),
                Fixture.vector(c, "branchReturnVector", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure[] y = new DerivativeStructure[x.length];
                    for (int i = 0; i < x.length; i++) {
                        y[i] = x[i].multiply(x[i]);
                    }
                    if (x[0].getValue() > 0) {
                        return y;
                    }
                    DerivativeStructure[] z = new DerivativeStructure[x.length];
                    for (int i = 0; i < x.length; i++) {
                        z[i] = x[i].sin().add(y[i]);
                    }
                    return z;
                }).shape(0, 4).accept(p -> Math.abs(p[0]) > GAP),
                Fixture.vector(c, "loopReturnVector", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure[] y = new DerivativeStructure[x.length];
                    for (int i = 0; i < x.length; i++) {
                        y[i] = x[i].multiply(2);
                    }
                    return y;
                }).shape(0, 4),
                Fixture.vector(c, "polar", a -> new DerivativeStructure[] {
                        a.scalar(0).multiply(a.scalar(1).cos()), a.scalar(0).multiply(a.scalar(1).sin()),
                        a.scalar(0).multiply(a.scalar(0))}),
                Fixture.vector(c, "thresholded", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure[] limits = a.vector(1);
                    DerivativeStructure[] y = new DerivativeStructure[x.length];
                    java.util.Arrays.fill(y, a.constant(0));
                    for (int i = 0; i < x.length; i++) {
                        y[i] = x[i].getValue() > limits[i].getValue()
                                ? limits[i].add(x[i].subtract(limits[i]).log1p()) : x[i];
                        if (y[i].getValue() > 4.5) {
                            return y;
                        }
                    }
                    return y;
                }).shape(0, 5).shape(1, 5).constant(1).range(0, -2, 8).range(1, 0, 3).accept(p -> {
                    for (int i = 0; i < 5; i++) {
                        double y = p[i] > p[5 + i] ? p[5 + i] + Math.log1p(p[i] - p[5 + i]) : p[i];
                        if (Math.abs(p[i] - p[5 + i]) < GAP || Math.abs(y - 4.5) < GAP) {
                            return false;
                        }
                    }
                    return true;
                }));
    }

    // ---- everyday Java forms ---------------------------------------------------------------------------------------

    static List<Fixture> javaForms() {
        Class<?> c = JavaForms.class;
        return List.of(
                Fixture.scalar(c, "cloneAndScale", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure s = a.constant(0);
                    for (int i = 0; i < x.length; i++) {
                        s = s.add(x[i].multiply(i + 1).sin());
                    }
                    return s.add(x[0].multiply(Math.toRadians(1)).multiply(x[1].multiply(Math.toDegrees(1))));
                }).shape(0, 4).all(-2, 2),
                Fixture.scalar(c, "switchPieces", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure s = a.constant(0);
                    for (int i = 0; i < x.length; i++) {
                        DerivativeStructure w = i % 4 <= 1 ? x[i].multiply(x[i])
                                : i % 4 == 2 ? x[i].sin() : x[i].multiply(0.5);
                        s = s.add(w);
                        s = i % 3 == 0 ? s.add(1) : i % 3 == 1 ? s.multiply(1.01) : s.subtract(x[i].multiply(0.1));
                    }
                    return s;
                }).shape(0, 7).all(-2, 2),
                Fixture.scalar(c, "switchExpression", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure s = a.constant(0);
                    for (int i = 0; i < x.length; i++) {
                        s = s.add(i % 3 == 0 ? x[i].multiply(x[i])
                                : i % 3 == 1 ? (i > 2 ? x[i].cos() : x[i].negate()) : x[i].multiply(0.5).exp());
                    }
                    return s;
                }).shape(0, 6).all(-2, 2),
                Fixture.scalar(c, "labelledExits", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure s = a.constant(0);
                    rows:
                    for (int i = 0; i < x.length; i++) {
                        for (int j = 0; j < i; j++) {
                            DerivativeStructure p = x[i].multiply(x[j]);
                            if (p.getValue() < 0) {
                                continue rows;
                            }
                            if (p.getValue() > 2) {
                                break rows;
                            }
                            s = s.add(p.sin());
                        }
                        s = s.add(x[i]);
                    }
                    return s;
                }).shape(0, 5).all(-2, 2).accept(p -> {
                    for (int i = 0; i < p.length; i++) {
                        for (int j = 0; j < i; j++) {
                            double product = p[i] * p[j];
                            if (Math.abs(product) < GAP || Math.abs(product - 2) < GAP) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** Every coordinate at least {@code gap} away from each of {@code kinks}. */
    static Predicate<double[]> away(double gap, double... kinks) {
        return p -> {
            for (double x : p) {
                for (double k : kinks) {
                    if (Math.abs(x - k) < gap) {
                        return false;
                    }
                }
            }
            return true;
        };
    }

    static boolean offInteger(double v) {
        return Math.abs(v - Math.rint(v)) > GAP;
    }

    static double trunc(double v) {
        return v < 0 ? Math.ceil(v) : Math.floor(v);
    }

    // ---- sums of terms (one-pass reverse loops and their near misses) ------------------------------------------

    static List<Fixture> sums() {
        Class<?> c = SumLoops.class;
        return List.of(
                Fixture.scalar(c, "twoSums", a -> {
                    DerivativeStructure s = a.constant(0);
                    for (DerivativeStructure x : a.vector(0)) {
                        s = s.add(x.multiply(x));
                    }
                    for (DerivativeStructure x : a.vector(0)) {
                        s = s.subtract(x.sin().multiply(0.5));
                    }
                    return s;
                }).shape(0, 5).all(-2, 2),
                Fixture.scalar(c, "sharedFactor", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure factor = x[0].multiply(x[1]);
                    DerivativeStructure s = x[0];
                    for (DerivativeStructure v : x) {
                        s = s.add(factor.multiply(v.cos()));
                    }
                    return s;
                }).shape(0, 4).all(-2, 2),
                Fixture.scalar(c, "twoTermsPerIteration", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure s = a.constant(0);
                    for (int i = 0; i + 1 < x.length; i++) {
                        DerivativeStructure p = x[i].subtract(1);
                        DerivativeStructure q = x[i + 1].multiply(x[i]);
                        s = s.add(p.multiply(p)).add(q.multiply(q));
                    }
                    return s;
                }).shape(0, 5).all(-2, 2),
                Fixture.scalar(c, "sumUntilLarge", a -> {
                    DerivativeStructure s = a.constant(0);
                    for (DerivativeStructure x : a.vector(0)) {
                        if (x.getValue() > 1.5) {
                            break;
                        }
                        s = s.add(x.multiply(x.exp()));
                    }
                    return s;
                }).shape(0, 6).all(-2, 2).accept(away(GAP, 1.5)),
                Fixture.scalar(c, "cubesOfPositives", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure s = a.constant(0);
                    for (int i = x.length - 1; i >= 0; i--) {
                        if (x[i].getValue() >= 0) {
                            s = s.add(x[i].pow(3).multiply(i + 1));
                        }
                    }
                    return s;
                }).shape(0, 6).all(-2, 2).accept(away(GAP, 0.0)),
                Fixture.scalar(c, "lastTermAgain", a -> {
                    DerivativeStructure s = a.constant(0);
                    DerivativeStructure t = a.constant(0);
                    for (DerivativeStructure x : a.vector(0)) {
                        t = x.multiply(x);
                        s = s.add(t);
                    }
                    return s.add(t);
                }).shape(0, 4).all(-2, 2),
                Fixture.scalar(c, "mean", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure s = a.constant(0);
                    for (DerivativeStructure v : x) {
                        s = s.add(v.multiply(v).add(1).log());
                    }
                    return s.divide(x.length);
                }).shape(0, 5).all(-2, 2),
                Fixture.scalar(c, "productThenSum", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure p = a.constant(1);
                    for (DerivativeStructure v : x) {
                        p = p.multiply(v.cos());
                    }
                    DerivativeStructure s = a.constant(0);
                    for (DerivativeStructure v : x) {
                        s = s.add(p.multiply(v));
                    }
                    return s;
                }).shape(0, 4).all(-2, 2),
                Fixture.scalar(c, "localAcrossLoops", a -> {
                    DerivativeStructure[] x = a.vector(0);
                    DerivativeStructure s = a.constant(0);
                    DerivativeStructure last = a.constant(0);
                    for (DerivativeStructure v : x) {
                        last = v.tanh();
                        s = s.add(last);
                    }
                    for (DerivativeStructure v : x) {
                        s = s.add(last.multiply(v));
                    }
                    return s;
                }).shape(0, 4).all(-2, 2));
    }
}
