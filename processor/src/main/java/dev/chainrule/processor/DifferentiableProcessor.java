package dev.chainrule.processor;

import dev.chainrule.processor.callees.CallResolver;
import dev.chainrule.processor.callees.DerivativeRules;
import dev.chainrule.processor.callees.FieldResolver;
import dev.chainrule.processor.callees.Types;
import dev.chainrule.processor.diagnostics.Diagnostic;
import dev.chainrule.processor.emit.DerivativesClass;
import dev.chainrule.processor.emit.DifferentiatedMethod;
import dev.chainrule.processor.transform.SecondOrders;
import dev.chainrule.processor.source.SourceLocator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.JavaFileObject;

/**
 * Generates {@code <Class>Derivatives} for every class with {@code @Differentiable} methods. Thin on purpose: it
 * gathers the {@code @DerivativeOf} rules, then per class asks {@link MethodCompiler} for each method (and for the
 * helpers they call) and hands the results to the emitter. It never claims the annotations, and it is isolating for
 * Gradle: one generated class per annotated class, that class its only origin.
 */
public final class DifferentiableProcessor extends AbstractProcessor {
    private SourceLocator locator;
    private DerivativeRules rules;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("dev.chainrule.Differentiable", DerivativeRules.DERIVATIVE_OF,
                DerivativeRules.DERIVATIVE_OF_LIST);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (annotations.isEmpty()) {
            return false;
        }
        if (locator == null) {
            locator = SourceLocator.create(processingEnv);
            rules = new DerivativeRules(processingEnv.getElementUtils(), processingEnv.getTypeUtils(),
                    processingEnv.getMessager());
        }
        for (String name : List.of(DerivativeRules.DERIVATIVE_OF, DerivativeRules.DERIVATIVE_OF_LIST)) {
            TypeElement annotation = processingEnv.getElementUtils().getTypeElement(name);
            if (annotation != null) {
                ElementFilter.methodsIn(round.getElementsAnnotatedWith(annotation)).forEach(rules::add);
            }
        }
        TypeElement differentiable = processingEnv.getElementUtils().getTypeElement("dev.chainrule.Differentiable");
        if (differentiable == null) {
            return false;
        }
        Map<TypeElement, List<ExecutableElement>> byClass = new LinkedHashMap<>();
        for (ExecutableElement method : ElementFilter.methodsIn(round.getElementsAnnotatedWith(differentiable))) {
            byClass.computeIfAbsent((TypeElement) method.getEnclosingElement(), k -> new ArrayList<>()).add(method);
        }
        Map<TypeElement, List<DifferentiatedMethod>> compiled = new LinkedHashMap<>();
        byClass.forEach((type, methods) -> compile(type, methods).ifPresent(c -> compiled.put(type, c)));
        Map<String, dev.chainrule.processor.ir.Function> hvps = secondOrders(compiled);
        compiled.forEach((type, methods) -> write(type, methods.stream()
                .map(m -> m.withSecondOrder(hvps.get(qualifiedDerivatives(type) + "." + m.name()))).toList()));
        return false;
    }

    /** The annotated methods of one class, then the helpers they reach; empty when one failed (it was reported). */
    private Optional<List<DifferentiatedMethod>> compile(TypeElement type, List<ExecutableElement> methods) {
        MethodCompiler compiler = new MethodCompiler(processingEnv, locator);
        Set<ExecutableElement> helpersSeen = new LinkedHashSet<>();
        Deque<ExecutableElement> helpers = new ArrayDeque<>();
        CallResolver callees = new CallResolver(processingEnv.getElementUtils(), type, rules, locator.imports(type),
                helper -> {
                    if (helpersSeen.add(helper)) {
                        helpers.add(helper);
                    }
                });
        FieldResolver fields = new FieldResolver(processingEnv.getElementUtils(), type, locator.imports(type));
        List<DifferentiatedMethod> compiled = new ArrayList<>();
        boolean failed = false;
        for (ExecutableElement method : methods) {
            failed |= !compileReporting(method, () -> compiler.compile(method, callees, fields), compiled);
        }
        while (!helpers.isEmpty()) {
            ExecutableElement helper = helpers.poll();
            if (!methods.contains(helper)) {
                failed |= !compileReporting(helper, () -> compiler.compileHelper(helper, callees, fields), compiled);
            }
        }
        return failed ? Optional.empty() : Optional.of(compiled);
    }

    /**
     * The Hessian-vector products of the round's methods, by qualified name ({@code p.FooDerivatives.g}): decided
     * for all classes at once, since calls cross classes; a callee from an earlier build counts when its generated
     * class has its {@code Hvp}.
     */
    private Map<String, dev.chainrule.processor.ir.Function> secondOrders(
            Map<TypeElement, List<DifferentiatedMethod>> compiled) {
        List<SecondOrders.Method> methods = new ArrayList<>();
        compiled.forEach((type, list) -> list.forEach(m -> methods.add(new SecondOrders.Method(
                qualifiedDerivatives(type), packageName(type), m.name(), m.reverse(),
                m.parameters().stream().map(DifferentiatedMethod.Parameter::differentiable).toList()))));
        return SecondOrders.of(methods, key -> {
            int dot = key.lastIndexOf('.');
            TypeElement generated = processingEnv.getElementUtils().getTypeElement(key.substring(0, dot));
            return generated != null && ElementFilter.methodsIn(generated.getEnclosedElements()).stream()
                    .anyMatch(m -> m.getSimpleName().contentEquals(key.substring(dot + 1) + "Hvp"));
        });
    }

    private String packageName(TypeElement type) {
        PackageElement pkg = processingEnv.getElementUtils().getPackageOf(type);
        return pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
    }

    /** The qualified name of the class generated for {@code type}. */
    private String qualifiedDerivatives(TypeElement type) {
        String packageName = packageName(type);
        String className = Types.derivativesName(type);
        return packageName.isEmpty() ? className : packageName + "." + className;
    }

    /** Runs one compilation; a crash becomes an error on the method (with the trace to report) and is rethrown. */
    private boolean compileReporting(ExecutableElement method,
            java.util.function.Supplier<Optional<DifferentiatedMethod>> compilation,
            List<DifferentiatedMethod> compiled) {
        try {
            Optional<DifferentiatedMethod> result = compilation.get();
            result.ifPresent(compiled::add);
            return result.isPresent();
        } catch (RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
                    Diagnostic.INTERNAL.format(method.getSimpleName(), trace), method);
            throw e;
        }
    }

    private void write(TypeElement type, List<DifferentiatedMethod> methods) {
        boolean hasGenerated = processingEnv.getElementUtils()
                .getTypeElement("javax.annotation.processing.Generated") != null;
        String source = DerivativesClass.source(packageName(type), Types.derivativesName(type),
                Types.nestedName(type), hasGenerated ? getClass().getName() : null, methods);
        try {
            JavaFileObject file = processingEnv.getFiler().createSourceFile(qualifiedDerivatives(type), type);
            try (Writer writer = file.openWriter()) {
                writer.write(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
