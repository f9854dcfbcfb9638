package dev.chainrule.processor.callees;

import dev.chainrule.processor.frontend.Callees;
import dev.chainrule.processor.ir.Callee;
import dev.chainrule.processor.ir.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Resolves the calls in the methods of one class: to a method with {@code @DerivativeOf} rules, to a
 * {@code @Differentiable} method (its generated derivatives are called), or to a static method of the same class
 * whose source is at hand (a helper, differentiated along with its callers and reported through {@code helpers}).
 */
public final class CallResolver implements Callees {
    private final Elements elements;
    private final TypeElement caller;
    private final PackageElement callerPackage;
    private final DerivativeRules rules;
    private final Iterable<String> imports;
    private final Consumer<ExecutableElement> helpers;

    public CallResolver(Elements elements, TypeElement caller, DerivativeRules rules, Iterable<String> imports,
            Consumer<ExecutableElement> helpers) {
        this.elements = elements;
        this.caller = caller;
        this.callerPackage = elements.getPackageOf(caller);
        this.rules = rules;
        this.imports = imports;
        this.helpers = helpers;
    }

    @Override
    public Optional<Callee> resolve(String scope, String name, int arity) {
        Optional<TypeElement> owner = scope == null ? Optional.of(caller)
                : Types.resolve(elements, caller, scope, imports);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        List<ExecutableElement> candidates = ElementFilter.methodsIn(owner.get().getEnclosedElements()).stream()
                .filter(m -> m.getSimpleName().contentEquals(name) && m.getParameters().size() == arity)
                .filter(m -> m.getModifiers().contains(Modifier.STATIC))
                .toList();
        if (candidates.size() != 1) {
            return Optional.empty();
        }
        ExecutableElement method = candidates.get(0);
        List<Type> params = new ArrayList<>();
        for (VariableElement parameter : method.getParameters()) {
            Optional<Type> type = Parameters.typeOf(parameter.asType());
            if (type.isEmpty()) {
                return Optional.empty();
            }
            params.add(type.get());
        }
        Optional<Type> result = Parameters.typeOf(method.getReturnType())
                .filter(t -> t == Type.DOUBLE || t == Type.DOUBLE_ARRAY);
        if (result.isEmpty()) {
            return Optional.empty();
        }
        String ownerReference = Types.reference(elements, owner.get(), callerPackage);
        Optional<DerivativeRules.Rule[]> partials = rules.of(method);
        if (partials.isPresent()) {
            List<String> ruleNames = new ArrayList<>();
            List<Boolean> differentiable = new ArrayList<>();
            for (DerivativeRules.Rule rule : partials.get()) {
                ruleNames.add(rule == null ? null : Types.reference(elements,
                        (TypeElement) rule.method().getEnclosingElement(), callerPackage) + "."
                        + rule.method().getSimpleName());
                differentiable.add(rule != null);
            }
            return Optional.of(new Callee(Callee.Kind.RULE, ownerReference, null, name, params, differentiable,
                    result.get(), ruleNames));
        }
        if (Parameters.isDifferentiable(method)) {
            Set<String> wrt = Parameters.wrt(method);
            List<Boolean> differentiable = method.getParameters().stream()
                    .map(p -> wrt.contains(p.getSimpleName().toString())).toList();
            String derivatives = owner.get().equals(caller) ? null
                    : Types.reference(elements, owner.get(), callerPackage).replace(Types.nestedName(owner.get()),
                            Types.derivativesName(owner.get()));
            return Optional.of(new Callee(Callee.Kind.DIFFERENTIABLE, ownerReference, derivatives, name, params,
                    differentiable, result.get(), null));
        }
        if (owner.get().equals(caller)) {
            helpers.accept(method);
            List<Boolean> differentiable = params.stream().map(Type::isDifferentiable).toList();
            return Optional.of(new Callee(Callee.Kind.HELPER, null, null, name, params, differentiable,
                    result.get(), null));
        }
        return Optional.empty();
    }
}
