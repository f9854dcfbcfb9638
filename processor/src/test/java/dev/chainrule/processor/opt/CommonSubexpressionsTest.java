package dev.chainrule.processor.opt;

import static dev.chainrule.processor.opt.Ir.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Var;
import dev.chainrule.rules.Primitive;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommonSubexpressionsTest {
    private final Var x = primal("x");
    private final Var u = primal("u");
    private final Var a = derivative("a");
    private final Var b = derivative("b");

    @Test
    void anAssignedExpressionIsReadAgainFromItsVariable() {
        String after = text(new CommonSubexpressions().apply(function(List.of(x),
                assign(u, apply(Primitive.COS, ref(x))),
                assign(a, apply(Primitive.NEG, apply(Primitive.COS, ref(x)))),
                ret(ref(a)))));
        assertEquals("u = cos(x)\na = -u\nreturn a\n", after);
    }

    @Test
    void aRepeatedPartialGetsOneVariable() {
        Expr partial = new Expr.Select(lt(ref(x), c(0)), c(0), apply(Primitive.DIV, c(1), ref(x)));
        String after = text(new CommonSubexpressions().apply(function(List.of(x),
                assign(a, apply(Primitive.MUL, ref(u), partial)),
                assign(b, apply(Primitive.MUL, ref(a), partial)),
                ret(ref(b)))));
        assertEquals("""
                partial = ((x < 0.0) ? 0.0 : (1.0 / x))
                a = (u * partial)
                b = (a * partial)
                return b
                """, after);
    }

    @Test
    void notAfterAnOperandChanges() {
        String after = text(new CommonSubexpressions().apply(function(List.of(x),
                assign(u, apply(Primitive.COS, ref(x))),
                assign(x, apply(Primitive.MUL, ref(x), c(2))),
                assign(a, apply(Primitive.COS, ref(x))),
                ret(ref(a)))));
        assertEquals("u = cos(x)\nx = (x * 2.0)\na = cos(x)\nreturn a\n", after);
    }

    @Test
    void theUsersValueNeverReadsADerivativeVariable() {
        Var p = primal("p");
        String after = text(new CommonSubexpressions().apply(function(List.of(x),
                assign(a, apply(Primitive.SIN, ref(x))),
                assign(p, apply(Primitive.SIN, ref(x))),
                ret(ref(p)))));
        assertEquals("a = sin(x)\np = sin(x)\nreturn p\n", after);
    }
}
