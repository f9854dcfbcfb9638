package dev.chainrule.processor.opt;

import static dev.chainrule.processor.opt.Ir.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chainrule.processor.ir.Var;
import dev.chainrule.rules.Primitive;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstWriteAssignsTest {
    private final Var x = primal("x");
    private final Var tBar = derivative("tBar");
    private final Var i = integer("i");

    @Test
    void theFirstAccumulationOfALocalAssignsIt() {
        String after = text(new FirstWriteAssigns().apply(function(List.of(x),
                accumulate(ref(tBar), ref(x)),
                accumulate(ref(tBar), c(2)),
                ret(ref(tBar)))));
        assertEquals("tBar = x\ntBar += 2.0\nreturn tBar\n", after);
    }

    @Test
    void aResetAtTheEndOfEachIterationMakesTheNextIterationsFirstWriteAnAssignment() {
        Var xBar = array("xBar");
        String after = text(new FirstWriteAssigns().apply(function(List.of(x, xBar),
                loop(i, 3, List.of(accumulate(ref(tBar), ref(x)), accumulate(at(xBar, 0), ref(tBar)),
                        assign(tBar, c(0)))),
                ret(c(0)))));
        assertEquals("""
                while (i < 3)
                  tBar = x
                  xBar[0] += tBar
                  tBar = 0.0
                  i = (i + 1)
                return 0.0
                """, after);
    }

    @Test
    void anAdjointCarriedAcrossIterationsKeepsAccumulating() {
        String after = text(new FirstWriteAssigns().apply(function(List.of(x),
                loop(i, 3, List.of(accumulate(ref(tBar), ref(x)))),
                ret(ref(tBar)))));
        assertEquals("while (i < 3)\n  tBar += x\n  i = (i + 1)\nreturn tBar\n", after);
    }

    @Test
    void onlyWhenZeroOnEveryPath() {
        String after = text(new FirstWriteAssigns().apply(function(List.of(x),
                ifElse(lt(ref(x), c(0)), List.of(assign(tBar, ref(x))), List.of()),
                accumulate(ref(tBar), apply(Primitive.SIN, ref(x))),
                ret(ref(tBar)))));
        assertEquals("if (x < 0.0)\n  tBar = x\nelse\ntBar += sin(x)\nreturn tBar\n", after);
    }

    @Test
    void neverForTheUsersOwnValues() {
        Var s = primal("s");
        String after = text(new FirstWriteAssigns().apply(function(List.of(x),
                accumulate(ref(s), ref(x)), ret(ref(s)))));
        assertEquals("s += x\nreturn s\n", after);
    }
}
