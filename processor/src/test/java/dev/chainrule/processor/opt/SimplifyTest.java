package dev.chainrule.processor.opt;

import static dev.chainrule.processor.opt.Ir.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Var;
import dev.chainrule.rules.Primitive;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimplifyTest {
    private final Var x = primal("x");
    private final Var y = primal("y");
    private final Var d = derivative("d");
    private final Var p = primal("p");

    private String simplified(Var target, Expr value) {
        return text(new Simplify().apply(function(List.of(x, y), assign(target, value), ret(ref(target)))));
    }

    @Test
    void exactRulesApplyToTheUsersValues() {
        assertEquals("p = x\nreturn p\n", simplified(p, apply(Primitive.MUL, ref(x), c(1))));
        assertEquals("p = -x\nreturn p\n", simplified(p, apply(Primitive.MUL, c(-1), ref(x))));
        assertEquals("p = (x - y)\nreturn p\n", simplified(p, apply(Primitive.ADD, ref(x),
                apply(Primitive.NEG, ref(y)))));
        assertEquals("p = (x + y)\nreturn p\n", simplified(p, apply(Primitive.SUB, ref(x),
                apply(Primitive.NEG, ref(y)))));
        assertEquals("p = x\nreturn p\n", simplified(p, apply(Primitive.NEG, apply(Primitive.NEG, ref(x)))));
        assertEquals("p = -(x * y)\nreturn p\n", simplified(p, apply(Primitive.MUL, ref(x),
                apply(Primitive.NEG, ref(y)))));
        assertEquals("p = x\nreturn p\n", simplified(p, apply(Primitive.SUB, ref(x), c(0))));
        assertEquals("p = 6.0\nreturn p\n", simplified(p, apply(Primitive.MUL, c(2), c(3))));
    }

    @Test
    void roundingRulesApplyOnlyToDerivatives() {
        // x + 0 is x but for -0.0 (+0.0 then): allowed for a derivative, never for the user's own value.
        assertEquals("d = x\nreturn d\n", simplified(d, apply(Primitive.ADD, ref(x), c(0))));
        assertEquals("p = (x + 0.0)\nreturn p\n", simplified(p, apply(Primitive.ADD, ref(x), c(0))));
        assertEquals("d = (x / y)\nreturn d\n", simplified(d, apply(Primitive.MUL, ref(x),
                apply(Primitive.DIV, c(1), ref(y)))));
        assertEquals("p = (x * (1.0 / y))\nreturn p\n", simplified(p, apply(Primitive.MUL, ref(x),
                apply(Primitive.DIV, c(1), ref(y)))));
        assertEquals("d = -x\nreturn d\n", simplified(d, apply(Primitive.SUB, c(0), ref(x))));
    }

    @Test
    void strongZeroByAFiniteNonzeroConstantIsAPlainProduct() {
        assertEquals("d = (x * 2.0)\nreturn d\n", simplified(d, apply(Primitive.STRONG_PRODUCT, ref(x), c(2))));
        assertEquals("d = x\nreturn d\n", simplified(d, apply(Primitive.STRONG_PRODUCT, ref(x), c(1))));
        assertEquals("d = STRONG_PRODUCT(x, Infinity)\nreturn d\n", simplified(d, apply(Primitive.STRONG_PRODUCT,
                ref(x), c(Double.POSITIVE_INFINITY))));
    }

    /** The same double (any NaN counting as NaN, as Java compares them) for signed zeros, infinities and NaN. */
    @Test
    void exactRulesGiveTheSameDoubleAtEveryPoint() {
        double[] samples = {0.0, -0.0, 1.5, -2.25, Double.POSITIVE_INFINITY, Double.NaN, Double.MIN_VALUE};
        for (double a : samples) {
            for (double b : samples) {
                assertEquals(Double.doubleToLongBits(a + -b), Double.doubleToLongBits(a - b), a + ", " + b);
                assertEquals(Double.doubleToLongBits(a * -b), Double.doubleToLongBits(-(a * b)), a + ", " + b);
                assertEquals(Double.doubleToLongBits(a - 0.0), Double.doubleToLongBits(a), a + "");
                assertEquals(Double.doubleToLongBits(a * 1.0), Double.doubleToLongBits(a), a + "");
            }
        }
    }
}
