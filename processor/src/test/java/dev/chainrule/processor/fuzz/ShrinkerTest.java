package dev.chainrule.processor.fuzz;

import static dev.chainrule.processor.fuzz.Expressions.integer;
import static dev.chainrule.processor.fuzz.Expressions.math;
import static dev.chainrule.processor.fuzz.Expressions.number;
import static dev.chainrule.processor.fuzz.Expressions.op;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.processor.fuzz.Ast.Assign;
import dev.chainrule.processor.fuzz.Ast.Declare;
import dev.chainrule.processor.fuzz.Ast.Domain;
import dev.chainrule.processor.fuzz.Ast.Element;
import dev.chainrule.processor.fuzz.Ast.For;
import dev.chainrule.processor.fuzz.Ast.If;
import dev.chainrule.processor.fuzz.Ast.Length;
import dev.chainrule.processor.fuzz.Ast.Method;
import dev.chainrule.processor.fuzz.Ast.Name;
import dev.chainrule.processor.fuzz.Ast.Param;
import dev.chainrule.processor.fuzz.Ast.Program;
import dev.chainrule.processor.fuzz.Ast.Type;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The shrinker, with the compiler and checker replaced by an injected "failure". */
class ShrinkerTest {

    /** An oracle that calls a program failing when its printed source satisfies {@code failing}. */
    private static Shrinker.Oracle oracle(Predicate<String> failing) {
        return candidates -> {
            for (int i = 0; i < candidates.size(); i++) {
                if (failing.test(Printer.both(candidates.get(i), "P"))) {
                    return i;
                }
            }
            return -1;
        };
    }

    @Test
    void reducesAProgramToTheStatementThatFails() {
        Name x = new Name("x", Type.VECTOR);
        Name a = new Name("a", Type.DOUBLE);
        Name s = new Name("s0", Type.DOUBLE);
        Name i = new Name("i0", Type.INT);
        Method f = new Method("f", true, Type.DOUBLE, 0, List.of(new Param(Type.VECTOR, "x", 3, 0, false,
                Domain.SMALL), new Param(Type.DOUBLE, "a", 0, 0, false, Domain.SMALL), new Param(Type.INT, "n", 0, 0,
                false, Domain.SMALL)), List.of(
                new Declare(Type.DOUBLE, "s0", op("*", a, number(2.0))),
                new For(null, "i0", integer(0), new Length(x), false, List.of(
                        new Assign(s, "+=", math("sin", new Element(x, i))),
                        new If(op(">", s, number(1.0)), List.of(
                                new Assign(s, "=", op("+", math("cosh", op("*", s, a)), number(3.0)))), List.of())))),
                op("+", s, a));
        Program program = new Program(7, List.of(), List.of(f), List.of());

        Shrinker.Result result = new Shrinker(oracle(text -> text.contains("Math.cosh(")), 3, 1000).shrink(program);

        // a name is shorter than a constant, so the inputs stay where they were (a derivative needs them)
        assertEquals(String.join("\n",
                "    @Differentiable",
                "    public static double f(double a) {",
                "        double s0 = a;",
                "        s0 = Math.cosh(s0);",
                "        return s0;",
                "    }"), methodText(result.program()));
        assertEquals(7, result.program().seed(), "the shrunk program is checked at the original's points");
    }

    /** Whatever it starts from, the result is 1-minimal: no single reduction of it still fails. */
    @Test
    void noSingleReductionOfTheResultStillFails() {
        Predicate<String> failing = text -> text.contains("while (") && text.contains("Math.sin(");
        for (long seed = 0; seed < 40; seed++) {
            Program program = Generator.program(seed);
            if (!failing.test(Printer.both(program, "P"))) {
                continue;
            }
            Program shrunk = new Shrinker(oracle(failing), 8, 100_000).shrink(program).program();
            assertTrue(failing.test(Printer.both(shrunk, "P")));
            assertTrue(Shrinker.size(shrunk) < Shrinker.size(program));
            for (Supplier<Program> candidate : Reductions.of(shrunk)) {
                Program smaller = candidate.get();
                assertFalse(Shrinker.size(smaller) < Shrinker.size(shrunk) && Validity.check(smaller)
                        && failing.test(Printer.both(smaller, "P")), () -> "could go on to\n"
                        + Printer.both(smaller, "P"));
            }
        }
    }

    @Test
    void stopsWhenTheBudgetIsSpent() {
        Program program = Generator.program(11);
        Shrinker.Result result = new Shrinker(oracle(text -> true), 4, 20).shrink(program);
        assertTrue(result.tried() <= 20 + 4, "tried " + result.tried());
    }

    @Test
    void validityRejectsAUseOfADeletedDeclaration() {
        Name s = new Name("s0", Type.DOUBLE);
        Method f = new Method("f", true, Type.DOUBLE, 0, List.of(), List.of(new Assign(s, "=", number(1.0))), s);
        assertFalse(Validity.check(new Program(1, List.of(), List.of(f), List.of())));
    }

    private static String methodText(Program program) {
        String text = Printer.main(program, "P");
        return text.substring(text.indexOf("    @Differentiable"), text.lastIndexOf("    }") + 5);
    }
}
