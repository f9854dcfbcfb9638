package dev.chainrule.processor.transform;

import dev.chainrule.processor.analysis.Mentions;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Operator;
import dev.chainrule.rules.Primitive;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Neighbouring adjoint accumulations of a loop that counts up by one, {@code xBar[i + 1] += b} and
 * {@code xBar[i] += a}, as a one-pass loop makes them (extended Rosenbrock's): the {@code i + 1} share is carried to
 * the next iteration in a local and added there with that iteration's own, so each element is written once, as a
 * hand-written adjoint does, and no iteration waits on the memory the previous one just wrote. The last share is
 * added after the loop. Applied to a reverse mode about to be written out, after the transforms that read its IR.
 */
public final class CarriedAdjoints {
    private CarriedAdjoints() {
    }

    /** {@code reverse} with the accumulations of its top-level loops carried where they qualify. */
    public static Function apply(Function reverse) {
        List<Stmt> body = new ArrayList<>();
        for (Stmt stmt : reverse.body()) {
            if (stmt instanceof Stmt.While loop) {
                body.addAll(carried(loop));
            } else {
                body.add(stmt);
            }
        }
        return new Function(reverse.name(), reverse.params(), body, reverse.result());
    }

    private static List<Stmt> carried(Stmt.While loop) {
        if (!Counters.isCanonical(loop) || !(((Stmt.Assign) loop.update().get(0)).value() instanceof Expr.Op step)
                || step.op() != Operator.ADD || !step.args().get(1).equals(Expr.Const.ofInt(1))) {
            return List.of(loop);
        }
        Var counter = ((Stmt.Assign) loop.update().get(0)).var();
        Expr here = new Expr.Ref(counter);
        Expr next = new Expr.Op(Operator.ADD, List.of(here, Expr.Const.ofInt(1)), Type.INT);
        for (Stmt stmt : loop.body()) {
            if (stmt instanceof Stmt.Accumulate accumulate && accumulate.target() instanceof Expr.Element element
                    && element.array() instanceof Expr.Ref array && element.index().equals(next)
                    && onlyNeighbours(loop, array.var(), here, next)) {
                return carry(loop, array.var(), here, next);
            }
        }
        return List.of(loop);
    }

    /** The element of {@code array} that {@code stmt} accumulates into, if it is such an accumulation. */
    private static Optional<Expr.Element> accumulated(Stmt stmt, Var array) {
        return stmt instanceof Stmt.Accumulate accumulate && accumulate.target() instanceof Expr.Element element
                && element.array().equals(new Expr.Ref(array)) ? Optional.of(element) : Optional.empty();
    }

    /** True when the loop mentions {@code array} only in one accumulation into its element i and one into i + 1. */
    private static boolean onlyNeighbours(Stmt.While loop, Var array, Expr here, Expr next) {
        int atHere = 0;
        int atNext = 0;
        for (Stmt stmt : loop.body()) {
            Optional<Expr.Element> element = accumulated(stmt, array);
            if (element.isPresent()) {
                atHere += element.get().index().equals(here) ? 1 : 0;
                atNext += element.get().index().equals(next) ? 1 : 0;
            }
        }
        // Two mentions in all: the two targets; so no value read, header or condition touches the array.
        Integer mentions = Mentions.count(List.of(loop)).get(array);
        return atHere == 1 && atNext == 1 && mentions != null && mentions == 2;
    }

    private static List<Stmt> carry(Stmt.While loop, Var array, Expr here, Expr next) {
        Var carried = Var.companion(array, "Carried", Var.Role.SYNTHETIC, Type.DOUBLE);
        Var share = Var.companion(array, "Next", Var.Role.SYNTHETIC, Type.DOUBLE);
        List<Stmt> body = new ArrayList<>();
        for (Stmt stmt : loop.body()) {
            Optional<Expr.Element> element = accumulated(stmt, array);
            Expr value = element.isPresent() ? ((Stmt.Accumulate) stmt).value() : null;
            if (element.isEmpty()) {
                body.add(stmt);
            } else if (element.get().index().equals(next)) {
                body.add(new Stmt.Assign(share, value));
            } else {
                body.add(new Stmt.Accumulate(element.get(), Expr.Apply.of(Primitive.ADD, value,
                        new Expr.Ref(carried))));
            }
        }
        body.add(new Stmt.Assign(carried, new Expr.Ref(share)));
        // After the loop the counter is one past the last iteration: the element the last share was for.
        Expr inRange = new Expr.Op(Operator.LT, List.of(here, new Expr.Length(new Expr.Ref(array))), Type.BOOLEAN);
        return List.of(new Stmt.Assign(carried, Expr.Const.of(0)),
                new Stmt.While(loop.header(), loop.condition(), body, loop.update()),
                new Stmt.If(inRange, List.of(new Stmt.Accumulate(new Expr.Element(new Expr.Ref(array), here),
                        new Expr.Ref(carried))), List.of()));
    }
}
