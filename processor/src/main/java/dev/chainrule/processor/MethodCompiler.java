package dev.chainrule.processor;

import dev.chainrule.processor.analysis.Activity;
import dev.chainrule.processor.diagnostics.Diagnostic;
import dev.chainrule.processor.diagnostics.Problem;
import dev.chainrule.processor.emit.DifferentiatedMethod;
import dev.chainrule.processor.frontend.FrontEnd;
import dev.chainrule.processor.ir.Primal;
import dev.chainrule.processor.ir.Var;
import dev.chainrule.processor.source.MethodSource;
import dev.chainrule.processor.source.SourceLocator;
import dev.chainrule.processor.transform.ForwardTransform;
import dev.chainrule.processor.transform.ReverseTransform;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic.Kind;

/**
 * One method through the pipeline: validate the declaration, locate and parse its source, lower it to the IR,
 * analyse activity, and derive the forward and reverse functions. Problems are printed here, at the element or at
 * the offending expression; an empty result means the compile has failed.
 */
final class MethodCompiler {
    private static final String NO_DERIVATIVE = "dev.chainrule.NoDerivative";

    private final Messager messager;
    private final SourceLocator locator;

    MethodCompiler(ProcessingEnvironment environment, SourceLocator locator) {
        this.messager = environment.getMessager();
        this.locator = locator;
    }

    Optional<DifferentiatedMethod> compile(ExecutableElement method) {
        if (!validDeclaration(method)) {
            return Optional.empty();
        }
        Optional<Set<String>> wrt = wrt(method);
        if (wrt.isEmpty()) {
            return Optional.empty();
        }
        Optional<MethodSource> source = locator.locate(method);
        if (source.isEmpty()) {
            error(method, Diagnostic.NO_SOURCE.format(method.getSimpleName()));
            return Optional.empty();
        }
        Set<String> methodsOfClass = new LinkedHashSet<>();
        for (ExecutableElement sibling : ElementFilter.methodsIn(method.getEnclosingElement().getEnclosedElements())) {
            methodsOfClass.add(sibling.getSimpleName().toString());
        }
        FrontEnd.Result lowered = FrontEnd.lower(source.get().unit(), source.get().declaration(), wrt.get(),
                methodsOfClass);
        for (Problem problem : lowered.problems()) {
            print(source.get(), problem, method);
        }
        if (lowered.primal() == null) {
            return Optional.empty();
        }
        Primal primal = lowered.primal();
        Activity activity = Activity.of(primal);
        for (FrontEnd.ZeroDerivative zero : lowered.zeroDerivatives()) {
            if (activity.isVaried(zero.argument())) {
                print(source.get(), Problem.at(zero.node(), Diagnostic.ZERO_DERIVATIVE, zero.what()), method);
            }
        }
        if (!primal.wrt().isEmpty() && !activity.resultIsVaried(primal)) {
            messager.printMessage(Kind.WARNING, Diagnostic.CONSTANT_RESULT.format(method.getSimpleName()), method);
        }
        String name = method.getSimpleName().toString();
        List<DifferentiatedMethod.Parameter> parameters = new ArrayList<>();
        for (Var parameter : primal.params()) {
            parameters.add(new DifferentiatedMethod.Parameter(parameter.hint(), parameter.type(),
                    primal.wrt().contains(parameter)));
        }
        return Optional.of(new DifferentiatedMethod(
                DifferentiableProcessor.ClassNames.reference((javax.lang.model.element.TypeElement) method
                        .getEnclosingElement()),
                name, parameters, primal.result(),
                ForwardTransform.apply(primal, activity, name + "Jvp"),
                ReverseTransform.apply(primal, name + "Vjp")));
    }

    private void print(MethodSource source, Problem problem, ExecutableElement method) {
        source.positions().print(problem.diagnostic().isWarning() ? Kind.WARNING : Kind.ERROR, problem, method,
                messager);
    }

    private boolean validDeclaration(ExecutableElement method) {
        boolean valid = true;
        String name = method.getSimpleName().toString();
        if (!method.getModifiers().contains(Modifier.STATIC)) {
            error(method, Diagnostic.NOT_STATIC.format(name));
            valid = false;
        }
        for (Element e = method; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                error(method, Diagnostic.NOT_ACCESSIBLE.format(name));
                valid = false;
                break;
            }
        }
        long overloads = ElementFilter.methodsIn(method.getEnclosingElement().getEnclosedElements()).stream()
                .filter(m -> m.getSimpleName().contentEquals(name))
                .filter(m -> m.getAnnotationMirrors().stream().anyMatch(a -> isAnnotation(a,
                        DifferentiableProcessor.DIFFERENTIABLE)))
                .count();
        if (overloads > 1) {
            error(method, Diagnostic.OVERLOADED.format(name, method.getEnclosingElement().getSimpleName()));
            valid = false;
        }
        return valid;
    }

    /** The names to differentiate: {@code wrt} if given, else every double parameter not marked {@code @NoDerivative}. */
    private Optional<Set<String>> wrt(ExecutableElement method) {
        Set<String> doubles = new LinkedHashSet<>();
        Set<String> constants = new LinkedHashSet<>();
        for (VariableElement parameter : method.getParameters()) {
            if (isDifferentiableType(parameter.asType())) {
                doubles.add(parameter.getSimpleName().toString());
            }
            if (parameter.getAnnotationMirrors().stream().anyMatch(a -> isAnnotation(a, NO_DERIVATIVE))) {
                constants.add(parameter.getSimpleName().toString());
            }
        }
        List<String> listed = listedWrt(method);
        if (listed.isEmpty()) {
            doubles.removeAll(constants);
            return Optional.of(doubles);
        }
        boolean valid = true;
        for (String name : listed) {
            if (!doubles.contains(name) || constants.contains(name)) {
                error(method, Diagnostic.UNKNOWN_WRT.format(name, method.getSimpleName()));
                valid = false;
            }
        }
        return valid ? Optional.of(new LinkedHashSet<>(listed)) : Optional.empty();
    }

    /** {@code double}, {@code double[]} or {@code double[][]}. */
    private static boolean isDifferentiableType(TypeMirror type) {
        TypeMirror element = type;
        for (int level = 0; level < 3 && element.getKind() == TypeKind.ARRAY; level++) {
            element = ((ArrayType) element).getComponentType();
        }
        int depth = 0;
        for (TypeMirror t = type; t.getKind() == TypeKind.ARRAY; t = ((ArrayType) t).getComponentType()) {
            depth++;
        }
        return element.getKind() == TypeKind.DOUBLE && depth <= 2;
    }

    private static List<String> listedWrt(ExecutableElement method) {
        List<String> names = new ArrayList<>();
        for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
            if (!isAnnotation(mirror, DifferentiableProcessor.DIFFERENTIABLE)) {
                continue;
            }
            mirror.getElementValues().forEach((key, value) -> {
                if (key.getSimpleName().contentEquals("wrt")) {
                    for (Object item : (List<?>) value.getValue()) {
                        names.add((String) ((AnnotationValue) item).getValue());
                    }
                }
            });
        }
        return names;
    }

    private static boolean isAnnotation(AnnotationMirror mirror, String qualifiedName) {
        return ((javax.lang.model.element.TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
                .contentEquals(qualifiedName);
    }

    private void error(Element element, String message) {
        messager.printMessage(Kind.ERROR, message, element);
    }
}
