package dev.chainrule.processor.callees;

import dev.chainrule.processor.diagnostics.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic.Kind;

/**
 * The {@code @DerivativeOf} rules of the compilation: for each method they differentiate, the rule giving the partial
 * derivative with respect to each parameter. A rule that does not fit its method is an error on the rule.
 */
public final class DerivativeRules {
    public static final String DERIVATIVE_OF = "dev.chainrule.DerivativeOf";
    public static final String DERIVATIVE_OF_LIST = "dev.chainrule.DerivativeOf.List";

    /** A rule: the method computing a partial derivative. */
    public record Rule(ExecutableElement method) {
    }

    private final Map<ExecutableElement, Rule[]> rules = new HashMap<>();
    private final Elements elements;
    private final Types types;
    private final Messager messager;

    public DerivativeRules(Elements elements, Types types, Messager messager) {
        this.elements = elements;
        this.types = types;
        this.messager = messager;
    }

    /** The partial derivative rules of {@code method}, one per parameter (null where none), if it has any. */
    public Optional<Rule[]> of(ExecutableElement method) {
        return Optional.ofNullable(rules.get(method));
    }

    /** Adds the rules on {@code rule}, reporting those that do not fit. */
    public void add(ExecutableElement rule) {
        for (AnnotationMirror mirror : rule.getAnnotationMirrors()) {
            if (Parameters.is(mirror, DERIVATIVE_OF)) {
                add(rule, mirror);
            } else if (Parameters.is(mirror, DERIVATIVE_OF_LIST)) {
                mirror.getElementValues().values().forEach(value -> {
                    for (Object item : (List<?>) value.getValue()) {
                        add(rule, (AnnotationMirror) ((AnnotationValue) item).getValue());
                    }
                });
            }
        }
    }

    private void add(ExecutableElement rule, AnnotationMirror mirror) {
        String target = "";
        String wrt = "";
        for (var entry : mirror.getElementValues().entrySet()) {
            String key = entry.getKey().getSimpleName().toString();
            if (key.equals("value")) {
                target = (String) entry.getValue().getValue();
            } else if (key.equals("wrt")) {
                wrt = (String) entry.getValue().getValue();
            }
        }
        if (!rule.getModifiers().contains(Modifier.STATIC) || rule.getModifiers().contains(Modifier.PRIVATE)
                || rule.getReturnType().getKind() != TypeKind.DOUBLE) {
            error(rule, "the rule must be a static, non-private method returning double");
            return;
        }
        Optional<ExecutableElement> method = target(rule, target);
        if (method.isEmpty()) {
            error(rule, "no method " + target + " with the rule's parameter types");
            return;
        }
        if (method.get().getReturnType().getKind() != TypeKind.DOUBLE) {
            error(rule, target + " does not return double");
            return;
        }
        List<String> doubles = new ArrayList<>();
        method.get().getParameters().forEach(p -> {
            if (p.asType().getKind() == TypeKind.DOUBLE) {
                doubles.add(p.getSimpleName().toString());
            }
        });
        String parameter = wrt.isEmpty() && doubles.size() == 1 ? doubles.get(0) : wrt;
        int index = -1;
        for (int i = 0; i < method.get().getParameters().size(); i++) {
            if (method.get().getParameters().get(i).getSimpleName().contentEquals(parameter)) {
                index = i;
            }
        }
        if (index < 0 || !doubles.contains(parameter)) {
            error(rule, wrt.isEmpty() ? target + " has several double parameters: name one in wrt"
                    : target + " has no double parameter " + wrt);
            return;
        }
        Rule[] partials = rules.computeIfAbsent(method.get(), m -> new Rule[m.getParameters().size()]);
        partials[index] = new Rule(rule);
    }

    /** The method {@code "name"}, {@code "Owner.name"} or {@code "pkg.Owner.name"} with the rule's parameters. */
    private Optional<ExecutableElement> target(ExecutableElement rule, String target) {
        int dot = target.lastIndexOf('.');
        TypeElement from = (TypeElement) rule.getEnclosingElement();
        Optional<TypeElement> owner = dot < 0 ? Optional.of(from)
                : dev.chainrule.processor.callees.Types.resolve(elements, from, target.substring(0, dot), List.of());
        String name = target.substring(dot + 1);
        return owner.flatMap(type -> ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                .filter(m -> m.getSimpleName().contentEquals(name))
                .filter(m -> sameParameters(m, rule))
                .findFirst());
    }

    private boolean sameParameters(ExecutableElement a, ExecutableElement b) {
        if (a.getParameters().size() != b.getParameters().size()) {
            return false;
        }
        for (int i = 0; i < a.getParameters().size(); i++) {
            if (!types.isSameType(a.getParameters().get(i).asType(), b.getParameters().get(i).asType())) {
                return false;
            }
        }
        return true;
    }

    private void error(Element rule, String why) {
        messager.printMessage(Kind.ERROR, Diagnostic.BAD_RULE.format(rule.getSimpleName(), why), rule);
    }
}
