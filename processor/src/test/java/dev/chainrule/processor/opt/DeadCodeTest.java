package dev.chainrule.processor.opt;

import static dev.chainrule.processor.opt.Ir.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import dev.chainrule.rules.Primitive;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadCodeTest {
    private final Var x = primal("x");
    private final Var i = integer("i");

    @Test
    void unreadTangentsAndResetsGo() {
        Var tDot = derivative("tDot");
        Var uDot = derivative("uDot");
        String after = text(new DeadCode().apply(function(List.of(x),
                assign(tDot, apply(Primitive.MUL, ref(x), c(3))),
                assign(uDot, apply(Primitive.COS, ref(tDot))),
                assign(tDot, c(0)),
                ret(ref(x)))));
        assertEquals("return x\n", after);
    }

    @Test
    void aResetTheNextIterationReadsStays() {
        Var tBar = derivative("tBar");
        Var xBar = array("xBar");
        String after = text(new DeadCode().apply(function(List.of(x, xBar),
                loop(i, 3, List.of(accumulate(ref(tBar), ref(x)), accumulate(at(xBar, 0), ref(tBar)),
                        assign(tBar, c(0)))),
                ret(c(0)))));
        assertEquals("""
                while (i < 3)
                  tBar += x
                  xBar[0] += tBar
                  tBar = 0.0
                  i = (i + 1)
                return 0.0
                """, after);
    }

    @Test
    void theUsersOwnStatementThatMayThrowStays() {
        Var xs = new Var("xs", Var.Role.PARAMETER, Type.DOUBLE_ARRAY);
        Var unused = primal("unused");
        Var tangent = derivative("tangent");
        String after = text(new DeadCode().apply(function(List.of(xs),
                assign(unused, new Expr.Element(ref(xs), Expr.Const.ofInt(10))),
                assign(tangent, new Expr.Element(ref(xs), Expr.Const.ofInt(10))),
                ret(c(1)))));
        assertEquals("unused = xs[10]\nreturn 1.0\n", after);
    }

    @Test
    void writesIntoALocalArrayNothingReadsGoWithIt() {
        Var dead = array("dead");
        String after = text(new DeadCode().apply(function(List.of(x),
                assign(dead, new Expr.NewArray(Type.DOUBLE_ARRAY, List.of(Expr.Const.ofInt(2)))),
                store(at(dead, 0), ref(x)),
                accumulate(at(dead, 1), ref(x)),
                ret(ref(x)))));
        assertEquals("return x\n", after);
    }
}
