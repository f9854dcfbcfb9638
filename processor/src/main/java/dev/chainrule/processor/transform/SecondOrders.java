package dev.chainrule.processor.transform;

import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Param;
import dev.chainrule.processor.ir.Var;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which methods of one generated class get Hessian-vector products. A method calling other methods of the class
 * (annotated ones and helpers) gets one when each of them does; a method calling anything else (a rule, another
 * class) does not. Decided for the whole class at once, since a method's answer depends on its callees'.
 */
public final class SecondOrders {
    private SecondOrders() {
    }

    /** A method as this decision sees it: its reverse mode and which of its parameters are not differentiated. */
    public record Method(String name, Function reverse, List<Boolean> differentiable) {
    }

    /** The forward over reverse of each method that can have one, by name. */
    public static Map<String, Function> of(List<Method> methods) {
        Set<String> supported = new LinkedHashSet<>();
        methods.forEach(m -> supported.add(m.name()));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Method method : methods) {
                if (supported.contains(method.name()) && !CallFree.is(method.reverse().body(), supported::contains)) {
                    supported.remove(method.name());
                    changed = true;
                }
            }
        }
        Map<String, Function> result = new java.util.HashMap<>();
        for (Method method : methods) {
            if (supported.contains(method.name())) {
                Optional<Function> hvp = ForwardOverReverse.apply(method.reverse(), constants(method),
                        supported::contains, method.name() + "Hvp");
                hvp.ifPresent(f -> result.put(method.name(), f));
            }
        }
        return result;
    }

    /** The parameters of the reverse mode that are the original method's constants. */
    private static Set<Var> constants(Method method) {
        Set<Var> constants = new HashSet<>();
        List<Param> params = method.reverse().params();
        for (int i = 0; i < method.differentiable().size(); i++) {
            if (!method.differentiable().get(i)) {
                constants.add(params.get(i).var());
            }
        }
        return constants;
    }
}
