package dev.chainrule.samples.e2e;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;

/** Every fixture with its Commons Math 3 {@link DerivativeStructure} oracle and its sampling domain. */
final class Catalog {

    private Catalog() {
    }

    /** Distance kept from kinks and branch cuts so central differences stay on one side. */
    private static final double GAP = 1e-3;

    static List<Fixture> all() {
        List<Fixture> all = new ArrayList<>();
        all.addAll(primitives(MathPrimitives.class));
        all.addAll(primitives(StrictMathPrimitives.class));
        all.addAll(arithmetic());
        all.addAll(constants());
        all.addAll(staticImports());
        all.addAll(compositions());
        return all;
    }

    static List<Fixture> primitives(Class<?> c) {
        return List.of(
                Fixture.of(c, "sin", x -> x[0].sin()).all(-10, 10),
                Fixture.of(c, "cos", x -> x[0].cos()).all(-10, 10),
                Fixture.of(c, "tan", x -> x[0].tan()).all(-1.4, 1.4),
                Fixture.of(c, "asin", x -> x[0].asin()).all(-0.95, 0.95),
                Fixture.of(c, "acos", x -> x[0].acos()).all(-0.95, 0.95),
                Fixture.of(c, "atan", x -> x[0].atan()).all(-20, 20),
                Fixture.of(c, "atan2", x -> DerivativeStructure.atan2(x[0], x[1])).all(-5, 5)
                        .accept(p -> Math.hypot(p[0], p[1]) > 0.1 && (p[1] > 0 || Math.abs(p[0]) > GAP)),
                Fixture.of(c, "sinh", x -> x[0].sinh()).all(-5, 5),
                Fixture.of(c, "cosh", x -> x[0].cosh()).all(-5, 5),
                Fixture.of(c, "tanh", x -> x[0].tanh()).all(-3, 3),
                Fixture.of(c, "exp", x -> x[0].exp()).all(-10, 10),
                Fixture.of(c, "expm1", x -> x[0].expm1()).all(-5, 5),
                Fixture.of(c, "log", x -> x[0].log()).all(0.05, 50),
                Fixture.of(c, "log10", x -> x[0].log10()).all(0.05, 50),
                Fixture.of(c, "log1p", x -> x[0].log1p()).all(-0.9, 10),
                Fixture.of(c, "sqrt", x -> x[0].sqrt()).all(0.05, 100),
                Fixture.of(c, "cbrt", x -> x[0].cbrt()).all(-10, 10).accept(p -> Math.abs(p[0]) > 0.05),
                Fixture.of(c, "pow", x -> x[0].pow(x[1])).range(0, 0.1, 5).range(1, -3, 3),
                Fixture.of(c, "hypot", x -> DerivativeStructure.hypot(x[0], x[1])).all(-5, 5)
                        .accept(p -> Math.hypot(p[0], p[1]) > 0.1),
                Fixture.of(c, "abs", x -> x[0].abs()).all(-5, 5).accept(p -> Math.abs(p[0]) > GAP),
                Fixture.of(c, "min", x -> min(x[0], x[1])).all(-5, 5).accept(p -> Math.abs(p[0] - p[1]) > GAP),
                Fixture.of(c, "max", x -> max(x[0], x[1])).all(-5, 5).accept(p -> Math.abs(p[0] - p[1]) > GAP),
                Fixture.of(c, "fma", x -> x[0].multiply(x[1]).add(x[2])).all(-5, 5),
                // copySign(x, y) = |x| sign(y): the sign of y only chooses a branch.
                Fixture.of(c, "copySign", x -> x[1].getValue() >= 0 ? x[0].abs() : x[0].abs().negate()).all(-5, 5)
                        .accept(p -> Math.abs(p[0]) > GAP && Math.abs(p[1]) > GAP),
                Fixture.of(c, "powInt3", x -> x[0].pow(3)).all(-3, 3),
                Fixture.of(c, "powHalf", x -> x[0].pow(0.5)).all(0.05, 20),
                Fixture.of(c, "powNegative", x -> x[0].pow(-1.5)).all(0.2, 20),
                Fixture.of(c, "powConstantBase", x -> DerivativeStructure.pow(2.0, x[0])).all(-10, 10),
                Fixture.of(c, "atan2ConstantX", x -> DerivativeStructure.atan2(x[0], constant(x[0], -2))).all(-5, 5)
                        .accept(p -> Math.abs(p[0]) > GAP),
                Fixture.of(c, "hypotConstant", x -> DerivativeStructure.hypot(constant(x[0], 3), x[0])).all(-5, 5),
                Fixture.of(c, "minConstant", x -> min(x[0], constant(x[0], 1.5))).all(-5, 5)
                        .accept(p -> Math.abs(p[0] - 1.5) > GAP),
                Fixture.of(c, "maxConstant", x -> max(constant(x[0], -0.5), x[0])).all(-5, 5)
                        .accept(p -> Math.abs(p[0] + 0.5) > GAP));
    }

    static List<Fixture> arithmetic() {
        Class<?> c = Arithmetic.class;
        return List.of(
                Fixture.of(c, "add", x -> x[0].add(x[1])),
                Fixture.of(c, "subtract", x -> x[0].subtract(x[1])),
                Fixture.of(c, "multiply", x -> x[0].multiply(x[1])),
                Fixture.of(c, "divide", x -> x[0].divide(x[1])).accept(p -> Math.abs(p[1]) > 0.2),
                Fixture.of(c, "negate", x -> x[0].negate()),
                Fixture.of(c, "negateExpressions",
                        x -> x[0].multiply(x[1]).negate().add(x[0].negate()).subtract(x[1].negate().multiply(x[0]))),
                Fixture.of(c, "constantOperands", x -> x[0].multiply(2).add(x[0].multiply(3.5)).subtract(7)
                        .add(x[0].negate().add(1.25)).add(x[0].divide(4)).subtract(x[0].reciprocal().multiply(10)))
                        .accept(p -> Math.abs(p[0]) > 0.2),
                Fixture.of(c, "plusAssign", x -> x[0].add(x[1].multiply(x[1])).add(2)),
                Fixture.of(c, "minusAssign", x -> x[0].multiply(x[1]).subtract(x[0]).subtract(3)),
                Fixture.of(c, "timesAssign", x -> {
                    DerivativeStructure t = x[0].multiply(x[1]);
                    return t.multiply(t).multiply(2);
                }),
                Fixture.of(c, "divideAssign",
                        x -> x[0].divide(x[1]).divide(x[0].multiply(x[0]).add(1)).divide(3))
                        .accept(p -> Math.abs(p[1]) > 0.2),
                Fixture.of(c, "compoundOnParameters", x -> {
                    DerivativeStructure a = x[0].add(x[1]);
                    a = a.multiply(a);
                    DerivativeStructure b = x[1].subtract(a).divide(2);
                    return a.add(b);
                }),
                Fixture.of(c, "incrementsAndDecrements", x -> x[0].multiply(x[1]).add(1).multiply(x[0].add(1))),
                Fixture.of(c, "reassignmentChain", x -> {
                    DerivativeStructure t = x[0].multiply(x[1]);
                    t = t.sin().add(t);
                    t = t.multiply(t).subtract(x[0]);
                    t = t.divide(10).exp();
                    return t.add(x[1].multiply(t));
                }).all(-2, 2),
                // Away from 0: x⁸'s central-difference truncation error 7h²/x² exceeds 1e-6 below |x| ≈ 0.02.
                Fixture.of(c, "reassignSquaring", x -> x[0].pow(8)).all(-2, 2).accept(p -> Math.abs(p[0]) > 0.1),
                Fixture.of(c, "multipleDeclarators", x -> {
                    DerivativeStructure b = x[1].multiply(x[0]);
                    DerivativeStructure cc = x[0].multiply(b).subtract(b);
                    DerivativeStructure a = cc.divide(b.multiply(b).add(1));
                    return a.add(b).add(cc);
                }));
    }

    static List<Fixture> constants() {
        Class<?> c = Constants.class;
        return List.of(
                Fixture.of(c, "piAndE", x -> x[0].multiply(Math.PI).add(x[1].multiply(Math.E))
                        .add(x[0].multiply(Math.PI).divide(4).sin()).add(DerivativeStructure.pow(Math.E, x[1]))
                        .subtract(StrictMath.PI)),
                Fixture.of(c, "halfIsZero", x -> x[0]),
                Fixture.of(c, "threeHalvesIsOne", x -> x[0].multiply(x[0])),
                Fixture.of(c, "leftToRight", x -> x[0].divide(2)),
                Fixture.of(c, "integerSemantics", x -> x[0].multiply(-3).add(x[0].multiply(-2147483648 * 1e-9))
                        .add(x[1].multiply(6)).subtract(x[1].multiply(2)).add(x[0])),
                Fixture.of(c, "doubleDivision", x -> x[0].multiply(0.5).add(x[0].multiply(x[0]).multiply(0.25))));
    }

    static List<Fixture> staticImports() {
        Class<?> c = StaticImports.class;
        return List.of(
                Fixture.of(c, "onDemand", x -> x[0].sin().multiply(x[1].exp()).add(x[0].pow(2))
                        .add(x[1].sqrt().multiply(Math.PI)).add(DerivativeStructure.hypot(x[0], x[1]).multiply(Math.E))
                        .subtract(DerivativeStructure.atan2(x[1], x[0])).add(max(x[0], x[1]).multiply(x[0].abs())))
                        .range(0, -3, 3).range(1, 0.1, 3)
                        .accept(p -> Math.abs(p[0]) > GAP && Math.abs(p[0] - p[1]) > GAP),
                Fixture.of(c, "singleStaticImport", x -> x[0].expm1().add(x[0].multiply(x[0]).log1p())),
                Fixture.of(c, "fullyQualified", x -> x[0].atan().add(x[0].tanh().multiply(Math.PI))));
    }

    static List<Fixture> compositions() {
        Class<?> c = Compositions.class;
        return List.of(
                Fixture.of(c, "sinOfSquare", x -> x[0].multiply(x[0]).sin()).all(-3, 3),
                Fixture.of(c, "expOfQuadratic", x -> x[0].multiply(x[0]).multiply(3).add(x[0].multiply(2)).exp())
                        .all(-2, 2),
                Fixture.of(c, "logCosSqrt", x -> x[0].sqrt().cos().log()).all(0.05, 2.2),
                Fixture.of(c, "graphLoss", x -> {
                    DerivativeStructure t = x[0].multiply(x[1]).add(x[2]);
                    return t.multiply(t);
                }),
                Fixture.of(c, "chain6", x -> x[0].atan().cosh().sqrt().log1p().sin().exp()).all(-10, 10),
                Fixture.of(c, "chain6Locals", x -> x[0].tanh().exp().add(1).log().subtract(0.1).cbrt().cos().pow(3))
                        .all(-3, 3).accept(p -> Math.abs(Math.log(Math.exp(Math.tanh(p[0])) + 1) - 0.1) > 0.05),
                Fixture.of(c, "manyUses", x -> {
                    DerivativeStructure v = x[0];
                    return v.multiply(v).multiply(v).subtract(v.multiply(3).multiply(v))
                            .add(v.multiply(v.exp()).multiply(v)).subtract(v.divide(v.multiply(v).add(1)))
                            .add(v.sin().multiply(v.cos()).multiply(v)).add(v).add(v.divide(v)).add(v).subtract(v);
                }).all(-3, 3).accept(p -> Math.abs(p[0]) > 0.1),
                Fixture.of(c, "multiInput", x -> DerivativeStructure.hypot(x[0].multiply(x[1]), x[2])
                        .add(DerivativeStructure.atan2(x[1], x[0]).multiply(x[0].pow(x[1]))))
                        .range(0, 0.2, 3).range(1, -2, 2).range(2, -3, 3)
                        .accept(p -> Math.hypot(p[0] * p[1], p[2]) > 0.1),
                Fixture.of(c, "rosenbrock", x -> {
                    DerivativeStructure a = x[0].negate().add(1);
                    DerivativeStructure b = x[1].subtract(x[0].multiply(x[0]));
                    return a.multiply(a).add(b.multiply(b).multiply(100));
                }).all(-2, 2),
                Fixture.of(c, "logistic", x -> x[0].negate().exp().add(1).reciprocal()).all(-20, 20),
                Fixture.of(c, "softplus", x -> x[0].exp().log1p()).all(-20, 20),
                Fixture.of(c, "gaussian", x -> {
                    DerivativeStructure z = x[0].subtract(x[1]).divide(x[2]);
                    return z.multiply(z).multiply(-0.5).exp().divide(x[2].multiply(Math.sqrt(2 * Math.PI)));
                }).range(0, -3, 3).range(1, -1, 1).range(2, 0.5, 2),
                Fixture.of(c, "neuron", x -> {
                    DerivativeStructure s = x[0].multiply(x[3]).add(x[1].multiply(x[4])).add(x[2]);
                    DerivativeStructure h = s.tanh().subtract(0.25);
                    return h.multiply(h);
                }).all(-2, 2),
                Fixture.of(c, "nonSmoothMix", x -> max(x[0].abs(), x[1]).multiply(min(x[0], x[1].multiply(x[1])))
                        .add(x[0].subtract(x[1]).abs()))
                        .accept(p -> Math.abs(p[0]) > GAP && Math.abs(Math.abs(p[0]) - p[1]) > GAP
                                && Math.abs(p[0] - p[1] * p[1]) > GAP && Math.abs(p[0] - p[1]) > GAP),
                Fixture.of(c, "trigIdentity", x -> {
                    DerivativeStructure s = x[0].multiply(x[1]).sin();
                    DerivativeStructure co = x[0].multiply(x[1]).cos();
                    return s.multiply(s).add(co.multiply(co)).add(x[0].tanh().acos())
                            .add(x[1].tanh().asin().multiply(x[0].multiply(x[0]).add(1).log10()));
                }).all(-1.5, 1.5),
                Fixture.of(c, "noDerivativeMiddle", x -> x[0].multiply(x[1].multiply(x[2]).exp())
                        .add(x[1].multiply(x[0].multiply(x[2]).sin())).add(x[1]))
                        .range(1, -1, 1).constant(1),
                Fixture.of(c, "noDerivativeFirst", x -> {
                    DerivativeStructure t = x[0].multiply(x[1]).multiply(x[0]);
                    return t.multiply(t).add(1).sqrt();
                }).constant(0),
                Fixture.of(c, "noDerivativeReassigned", x -> {
                    DerivativeStructure k = x[1].multiply(x[1]).add(1);
                    return x[0].pow(k).add(k);
                }).range(0, 0.2, 3).range(1, -1.5, 1.5).constant(1),
                Fixture.of(c, "wrtSecond", x -> x[0].multiply(x[1]).multiply(x[1]).add(x[0].sin().multiply(x[1]))
                        .add(x[0])).constant(0),
                Fixture.of(c, "wrtFirstAndLast", x -> {
                    DerivativeStructure b = x[2].multiply(x[1]);
                    return x[0].multiply(b).add(x[0].add(x[1]).cos()).subtract(b.divide(x[1].multiply(x[1]).add(1)));
                }).constant(1),
                Fixture.of(c, "wrtOutOfOrder", x -> x[0].multiply(x[2].exp()).add(x[1].multiply(x[2]))).constant(1));
    }

    /** A constant with the same free parameters and order as {@code like}. */
    static DerivativeStructure constant(DerivativeStructure like, double value) {
        return new DerivativeStructure(like.getFreeParameters(), like.getOrder(), value);
    }

    /** {@code Math.min} away from ties: the chosen operand's derivatives. */
    static DerivativeStructure min(DerivativeStructure a, DerivativeStructure b) {
        return a.getValue() <= b.getValue() ? a : b;
    }

    /** {@code Math.max} away from ties: the chosen operand's derivatives. */
    static DerivativeStructure max(DerivativeStructure a, DerivativeStructure b) {
        return a.getValue() >= b.getValue() ? a : b;
    }
}
