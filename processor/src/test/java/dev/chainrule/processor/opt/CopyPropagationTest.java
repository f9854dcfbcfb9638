package dev.chainrule.processor.opt;

import static dev.chainrule.processor.opt.Ir.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chainrule.processor.ir.Var;
import dev.chainrule.rules.Primitive;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyPropagationTest {
    private final Var x = primal("x");
    private final Var a = derivative("a");
    private final Var b = derivative("b");
    private final Var s = derivative("s");

    @Test
    void aCopyIsReadThroughUntilEitherSideChanges() {
        String after = text(new CopyPropagation().apply(function(List.of(x),
                assign(a, apply(Primitive.SIN, ref(x))),
                assign(b, ref(a)),
                assign(s, apply(Primitive.MUL, ref(b), ref(b))),
                assign(a, ref(x)),
                assign(s, apply(Primitive.ADD, ref(s), ref(b))),
                ret(ref(s)))));
        assertEquals("""
                a = sin(x)
                b = a
                s = (a * a)
                a = x
                s = (s + b)
                return s
                """, after);
    }

    @Test
    void aCopyHoldsInALoopThatWritesNeitherSide() {
        Var i = integer("i");
        Var t = derivative("t");
        String after = text(new CopyPropagation().apply(function(List.of(x),
                assign(b, ref(x)),
                loop(i, 3, List.of(assign(t, apply(Primitive.MUL, ref(b), ref(t))))),
                loop(i, 3, List.of(assign(s, ref(b)), assign(b, ref(t)))),
                ret(ref(b)))));
        assertEquals("""
                b = x
                while (i < 3)
                  t = (x * t)
                  i = (i + 1)
                while (i < 3)
                  s = b
                  b = t
                  i = (i + 1)
                return b
                """, after);
    }

    @Test
    void anAccumulationIsNeverRedirectedToTheCopysSource() {
        String after = text(new CopyPropagation().apply(function(List.of(x),
                assign(a, ref(x)),
                accumulate(ref(a), c(1)),
                ret(ref(a)))));
        assertEquals("a = x\na += 1.0\nreturn a\n", after);
    }
}
