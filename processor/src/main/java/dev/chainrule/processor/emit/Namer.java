package dev.chainrule.processor.emit;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Param;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Var;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Gives every variable of a function a unique Java name, deterministically. The user's parameters are named first
 * (their names are API), then the generated parameters, then the locals the user declared (so the code reads like
 * theirs), then everything the compiler made up, each taking its hint or, if that is taken, the hint followed by 2, 3.
 */
final class Namer {
    private final Map<Var, String> names = new IdentityHashMap<>();
    private final Set<String> taken = new HashSet<>();

    private Namer() {
        // Names the generated code refers to as classes: a local with one of them would shadow the class.
        taken.addAll(Set.of("Math", "StrictMath", "Partials", "Dual", "Double"));
    }

    static Namer of(Function function) {
        Set<Var> order = new LinkedHashSet<>();
        for (Param param : function.params()) {
            order.add(param.var());
        }
        for (Stmt stmt : function.body()) {
            collect(stmt, order);
        }
        Namer namer = new Namer();
        // The user's own parameters first: a tangent parameter must not take the name of one of them.
        order.stream().filter(var -> var.role() == Var.Role.PARAMETER && var.base() == null).forEach(namer::name);
        for (Var.Role role : Var.Role.values()) {
            order.stream().filter(var -> var.role() == role).forEach(namer::name);
        }
        return namer;
    }

    String nameOf(Var var) {
        String name = names.get(var);
        if (name == null) {
            throw new IllegalStateException("unnamed variable " + var);
        }
        return name;
    }

    /** Reserves a name for code the emitter writes around the IR (a result local, say). */
    String fresh(String hint) {
        return claim(hint);
    }

    private String name(Var var) {
        String known = names.get(var);
        if (known != null) {
            return known;
        }
        String hint = var.base() == null ? var.hint() : name(var.base()) + var.hint();
        String name = claim(hint);
        names.put(var, name);
        return name;
    }

    private String claim(String hint) {
        String name = hint;
        for (int n = 2; taken.contains(name) || !javax.lang.model.SourceVersion.isName(name); n++) {
            name = hint + n;
        }
        taken.add(name);
        return name;
    }

    private static void collect(Stmt stmt, Set<Var> order) {
        if (stmt instanceof Stmt.Let let) {
            order.add(let.var());
            collect(let.value(), order);
        } else if (stmt instanceof Stmt.Accumulate accumulate) {
            collect(accumulate.target(), order);
            collect(accumulate.value(), order);
        } else if (stmt instanceof Stmt.Return ret) {
            ret.values().forEach(value -> collect(value, order));
        }
    }

    private static void collect(Expr expr, Set<Var> order) {
        order.addAll(dev.chainrule.processor.analysis.Refs.in(expr));
    }
}
