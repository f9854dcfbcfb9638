package dev.chainrule.processor.rules;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Primitive;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The table of derivative rules, one entry per primitive. Arithmetic is written out here; every library function's
 * formula lives once in the runtime's {@code Partials} class (which also states the policy at non-smooth points), and
 * the entry here names the method.
 */
public final class Rules {
    private static final Map<Primitive, Rule> TABLE = new EnumMap<>(Primitive.class);

    static {
        // d(a + b) = da + db
        linear(Primitive.ADD, 1, 1);
        // d(a - b) = da - db
        linear(Primitive.SUB, 1, -1);
        // d(-a) = -da
        linear(Primitive.NEG, -1);
        // d(a * b) = b da + a db
        define(Primitive.MUL, false, (args, r) -> List.of(args.get(1), args.get(0)));
        // d(a / b) = da / b - (a / b²) db = (da - r db) / b
        define(Primitive.DIV, false, (args, r) -> List.of(
                Expr.Apply.of(Primitive.DIV, Expr.Const.of(1), args.get(1)),
                Expr.Apply.of(Primitive.NEG, Expr.Apply.of(Primitive.DIV, r, args.get(1)))));

        // d(a % b) = da - trunc(a / b) db (Java's % truncates); a jump where a / b crosses an integer
        define(Primitive.REM, false, (args, r) -> List.of(Expr.Const.of(1),
                new Expr.PartialCall("remainderDivisor", List.of(args.get(0), args.get(1), r))));

        // Unary library functions: Partials.f(x, r) = df/dx, formula and special points documented there.
        for (Primitive p : List.of(Primitive.SIN, Primitive.COS, Primitive.TAN, Primitive.ATAN, Primitive.SINH,
                Primitive.COSH, Primitive.TANH, Primitive.EXP, Primitive.EXPM1, Primitive.ABS)) {
            unary(p, false);
        }
        // These have vertical tangents (sqrt'(0) = +inf, log'(0) = +inf, asin'(1) = +inf): strong zero.
        for (Primitive p : List.of(Primitive.ASIN, Primitive.ACOS, Primitive.LOG, Primitive.LOG10, Primitive.LOG1P,
                Primitive.SQRT, Primitive.CBRT)) {
            unary(p, true);
        }
        // d atan2(y, x) = (x dy - y dx) / (x² + y²), 0 at the origin
        binary(Primitive.ATAN2, false, "atan2Y", "atan2X");
        // d x^y = y x^(y-1) dx + x^y ln(x) dy
        binary(Primitive.POW, true, "powBase", "powExponent");
        // d hypot(x, y) = (x dx + y dy) / hypot(x, y), 0 at the origin
        binary(Primitive.HYPOT, false, "hypotX", "hypotY");
        // d min(a, b) = da where a < b, db where b < a, (da + db) / 2 on a tie
        binary(Primitive.MIN, false, "minFirst", "minSecond");
        // d max(a, b) = da where a > b, db where b > a, (da + db) / 2 on a tie
        binary(Primitive.MAX, false, "maxFirst", "maxSecond");

        for (Primitive p : Primitive.values()) {
            if (!TABLE.containsKey(p)) {
                throw new ExceptionInInitializerError("no derivative rule for " + p);
            }
        }
    }

    private Rules() {
    }

    /** The rule of {@code primitive}; every primitive has one. */
    public static Rule of(Primitive primitive) {
        return TABLE.get(primitive);
    }

    private static void linear(Primitive p, double... coefficients) {
        List<Expr> partials = java.util.Arrays.stream(coefficients).mapToObj(c -> (Expr) Expr.Const.of(c)).toList();
        define(p, false, (args, r) -> partials);
    }

    private static void unary(Primitive p, boolean unbounded) {
        define(p, unbounded, (args, r) -> List.of(new Expr.PartialCall(p.mathName(), List.of(args.get(0), r))));
    }

    private static void binary(Primitive p, boolean unbounded, String first, String second) {
        define(p, unbounded, (args, r) -> List.of(
                new Expr.PartialCall(first, List.of(args.get(0), args.get(1), r)),
                new Expr.PartialCall(second, List.of(args.get(0), args.get(1), r))));
    }

    private interface Partials {
        List<Expr> of(List<Expr> args, Expr result);
    }

    private static void define(Primitive p, boolean unbounded, Partials partials) {
        TABLE.put(p, new Rule() {
            @Override
            public List<Expr> partials(List<Expr> args, Expr result) {
                return partials.of(args, result);
            }

            @Override
            public boolean unbounded() {
                return unbounded;
            }
        });
    }
}
