package dev.chainrule.processor.emit;

import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Param;
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
        // Names the generated code refers to as classes or locals of its own: a variable must not shadow them.
        taken.addAll(Set.of("Math", "StrictMath", "Partials", "Dual", "DualVector", "Double", "Tape", "tape",
                "Checks", "Flat"));
    }

    static Namer of(Function function) {
        Set<Var> order = new LinkedHashSet<>();
        for (Param param : function.params()) {
            order.add(param.var());
        }
        Occurrences.walk(function.body(), (stmt, vars) -> order.addAll(vars));
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

    private String name(Var var) {
        String known = names.get(var);
        if (known != null) {
            return known;
        }
        String hint = var.base() == null ? var.hint() : name(var.base()) + var.hint();
        String name = hint;
        for (int n = 2; taken.contains(name) || !javax.lang.model.SourceVersion.isName(name); n++) {
            name = hint + n;
        }
        taken.add(name);
        names.put(var, name);
        return name;
    }
}
