package dev.chainrule.rules;

import static dev.chainrule.rules.Primitive.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The table of derivative rules: one row per {@link Primitive}, read by the processor (first-order partials, and
 * second-order ones by differentiating these formulas) and by the tracer. Adding a primitive is one row here.
 *
 * <h2>Policy where the derivative does not exist</h2>
 * <ul>
 *   <li><b>Kinks</b> (the one-sided derivatives are finite but differ): the mean of the one-sided derivatives. So
 *       {@code abs'(0) = 0}, {@code min} and {@code max} give 0.5 to each argument on a tie, {@code hypot} and
 *       {@code atan2} have derivative 0 at the origin, where every direction's slope averages out. The same formula
 *       serves both modes, so forward and reverse agree at every point.</li>
 *   <li><b>Vertical tangents</b> (the derivative tends to infinity from the side where the primitive is defined):
 *       that one-sided infinite value ({@code sqrt'(0) = +∞}), with the strong zero: a zero seed times such a partial
 *       contributes 0, not NaN ({@link Rule#unbounded()}).</li>
 *   <li>Outside a primitive's domain the partial is NaN, like the primitive's own value.</li>
 * </ul>
 */
public final class RuleTable {
    private static final Formula X = new Formula.Arg(0);
    private static final Formula Y = new Formula.Arg(1);
    private static final Formula R = new Formula.Result();
    private static final Formula ZERO = c(0);
    private static final Formula ONE = c(1);

    private static final Map<Primitive, Rule> RULES = new EnumMap<>(Primitive.class);

    static {
        rule(ADD, "d(x + y) = dx + dy", ONE, ONE);
        rule(SUB, "d(x - y) = dx - dy", ONE, c(-1));
        rule(NEG, "d(-x) = -dx", c(-1));
        rule(MUL, "d(x y) = y dx + x dy", Y, X);
        rule(DIV, "d(x / y) = dx / y - (r / y) dy, r = x / y", apply(DIV, ONE, Y), apply(NEG, apply(DIV, R, Y)));
        policy(REM, "d(x % y) = dx - trunc(x / y) dy (Java's % truncates: r = x - y trunc(x / y))",
                "a jump where x / y crosses an integer: the derivative of the piece the arguments are on",
                ONE, apply(NEG, apply(RINT, apply(DIV, apply(SUB, X, R), Y))));

        rule(SIN, "d sin(x) = cos(x) dx", apply(COS, X));
        rule(COS, "d cos(x) = -sin(x) dx", apply(NEG, apply(SIN, X)));
        rule(TAN, "d tan(x) = (1 + tan²(x)) dx", apply(ADD, ONE, apply(MUL, R, R)));
        unbounded(ASIN, "d asin(x) = dx / √(1 - x²); +∞ at x = ±1", apply(DIV, ONE, sqrtOfOneMinusSquare()));
        unbounded(ACOS, "d acos(x) = -dx / √(1 - x²); -∞ at x = ±1", apply(DIV, c(-1), sqrtOfOneMinusSquare()));
        rule(ATAN, "d atan(x) = dx / (1 + x²)", apply(DIV, ONE, apply(ADD, ONE, apply(MUL, X, X))));
        // atan2(y, x): argument 0 is y, argument 1 is x.
        Formula squares = apply(ADD, apply(MUL, Y, Y), apply(MUL, X, X));
        Test origin = new Test.Both(eq(Y, ZERO), eq(X, ZERO));
        policy(ATAN2, "d atan2(y, x) = (x dy - y dx) / (x² + y²)", "0 at the origin",
                select(origin, ZERO, apply(DIV, Y, squares)),
                select(origin, ZERO, apply(DIV, apply(NEG, X), squares)));

        rule(SINH, "d sinh(x) = cosh(x) dx", apply(COSH, X));
        rule(COSH, "d cosh(x) = sinh(x) dx", apply(SINH, X));
        rule(TANH, "d tanh(x) = (1 - tanh²(x)) dx", apply(SUB, ONE, apply(MUL, R, R)));
        rule(EXP, "d exp(x) = exp(x) dx", R);
        rule(EXPM1, "d expm1(x) = (expm1(x) + 1) dx", apply(ADD, R, ONE));
        unbounded(LOG, "d log(x) = dx / x; +∞ at x = 0", select(eq(X, ZERO), c(Double.POSITIVE_INFINITY),
                apply(DIV, ONE, X)));
        unbounded(LOG10, "d log10(x) = dx / (x ln 10); +∞ at x = 0", select(eq(X, ZERO),
                c(Double.POSITIVE_INFINITY), apply(DIV, ONE, apply(MUL, X, c(Math.log(10))))));
        unbounded(LOG1P, "d log1p(x) = dx / (1 + x); +∞ at x = -1", apply(DIV, ONE, apply(ADD, ONE, X)));
        unbounded(SQRT, "d √x = dx / (2 √x); +∞ at x = 0", select(eq(R, ZERO), c(Double.POSITIVE_INFINITY),
                apply(DIV, c(0.5), R)));
        unbounded(CBRT, "d ∛x = dx / (3 ∛x²); +∞ at x = 0", apply(DIV, ONE, apply(MUL, apply(MUL, c(3), R), R)));
        // pow(x, y): the exact cases first, so that y = 0 never meets pow(0, -1) = ∞.
        row(POW, true, "d x^y = y x^(y-1) dx + x^y ln(x) dy",
                "the base's partial is exact for y = 0, 1, 2; the exponent's is 0 at x = 0 (x^y ln x → 0 as x → 0+)",
                select(eq(Y, ZERO), ZERO, select(eq(Y, ONE), ONE, select(eq(Y, c(2)), apply(MUL, c(2), X),
                        apply(MUL, Y, apply(POW, X, apply(SUB, Y, ONE)))))),
                select(eq(X, ZERO), ZERO, apply(MUL, R, apply(LOG, X))));
        policy(HYPOT, "d hypot(x, y) = (x dx + y dy) / hypot(x, y)", "0 at the origin",
                select(eq(R, ZERO), ZERO, apply(DIV, X, R)), select(eq(R, ZERO), ZERO, apply(DIV, Y, R)));

        policy(ABS, "d |x| = sign(x) dx", "0 at x = 0", select(eq(X, ZERO), ZERO, apply(SIGNUM, X)));
        policy(MIN, "d min(x, y) = dx where x < y, dy where y < x", "(dx + dy) / 2 on a tie",
                shareOfLarger(Y, X), shareOfLarger(X, Y));
        policy(MAX, "d max(x, y) = dx where x > y, dy where y > x", "(dx + dy) / 2 on a tie",
                shareOfLarger(X, Y), shareOfLarger(Y, X));
        rule(FMA, "d fma(x, y, z) = y dx + x dy + dz", Y, X, ONE);
        policy(COPY_SIGN, "d copySign(x, y) = sign(x) sign(y) dx", "0 at x = 0; y only chooses a sign: no dy",
                select(eq(X, ZERO), ZERO, apply(MUL, apply(SIGNUM, X), apply(COPY_SIGN, ONE, Y))), ZERO);

        policy(SIGNUM, "d signum(x) = 0", "piecewise constant", ZERO);
        policy(RINT, "d rint(x) = 0", "piecewise constant", ZERO);
        unbounded(STRONG_PRODUCT, "d(x y) = y dx + x dy, each term with the strong zero", Y, X);

        for (Primitive p : Primitive.values()) {
            if (!RULES.containsKey(p)) {
                throw new ExceptionInInitializerError("no derivative rule for " + p);
            }
        }
    }

    private RuleTable() {
    }

    /** The rule of {@code primitive}; every primitive has one. */
    public static Rule of(Primitive primitive) {
        return RULES.get(primitive);
    }

    /** Every rule, in the order of {@link Primitive}. */
    public static List<Rule> all() {
        return List.copyOf(RULES.values());
    }

    private static void rule(Primitive p, String derivative, Formula... partials) {
        row(p, false, derivative, "", partials);
    }

    private static void unbounded(Primitive p, String derivative, Formula... partials) {
        row(p, true, derivative, "", partials);
    }

    private static void policy(Primitive p, String derivative, String policy, Formula... partials) {
        row(p, false, derivative, policy, partials);
    }

    private static void row(Primitive p, boolean unbounded, String derivative, String policy, Formula... partials) {
        RULES.put(p, new Rule(p, derivative, List.of(partials), unbounded, policy));
    }

    /** 1 where {@code candidate} is the larger, 0 where the smaller, 0.5 on a tie, NaN when either is NaN. */
    private static Formula shareOfLarger(Formula candidate, Formula other) {
        return select(new Test.Compare(Test.Relation.GT, candidate, other), ONE,
                select(new Test.Compare(Test.Relation.LT, candidate, other), ZERO,
                        select(eq(candidate, other), c(0.5), c(Double.NaN))));
    }

    private static Formula sqrtOfOneMinusSquare() {
        return apply(SQRT, apply(SUB, ONE, apply(MUL, X, X)));
    }

    private static Formula c(double value) {
        return new Formula.Const(value);
    }

    private static Formula apply(Primitive op, Formula... args) {
        return new Formula.Apply(op, List.of(args));
    }

    private static Formula select(Test test, Formula then, Formula otherwise) {
        return new Formula.Select(test, then, otherwise);
    }

    private static Test eq(Formula a, Formula b) {
        return new Test.Compare(Test.Relation.EQ, a, b);
    }
}
