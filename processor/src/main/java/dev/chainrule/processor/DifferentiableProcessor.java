package dev.chainrule.processor;

import dev.chainrule.processor.diagnostics.Diagnostic;
import dev.chainrule.processor.emit.DerivativesClass;
import dev.chainrule.processor.emit.DifferentiatedMethod;
import dev.chainrule.processor.source.SourceLocator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.JavaFileObject;

/**
 * Generates {@code <Class>Derivatives} for every class with {@code @Differentiable} methods. Thin on purpose: per
 * class it asks {@link MethodCompiler} for each method and hands the results to the emitter. It never claims the
 * annotation, and it is isolating for Gradle: one generated class per annotated class, that class its only origin.
 */
public final class DifferentiableProcessor extends AbstractProcessor {
    static final String DIFFERENTIABLE = "dev.chainrule.Differentiable";

    private SourceLocator locator;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(DIFFERENTIABLE);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement annotation = processingEnv.getElementUtils().getTypeElement(DIFFERENTIABLE);
        if (annotation == null || annotations.isEmpty()) {
            return false;
        }
        if (locator == null) {
            locator = SourceLocator.create(processingEnv);
        }
        Map<TypeElement, List<ExecutableElement>> byClass = new LinkedHashMap<>();
        for (ExecutableElement method : ElementFilter.methodsIn(round.getElementsAnnotatedWith(annotation))) {
            byClass.computeIfAbsent((TypeElement) method.getEnclosingElement(), k -> new ArrayList<>()).add(method);
        }
        byClass.forEach(this::generate);
        return false;
    }

    private void generate(TypeElement type, List<ExecutableElement> methods) {
        MethodCompiler compiler = new MethodCompiler(processingEnv, locator);
        List<DifferentiatedMethod> compiled = new ArrayList<>();
        boolean failed = false;
        for (ExecutableElement method : methods) {
            try {
                Optional<DifferentiatedMethod> result = compiler.compile(method);
                result.ifPresent(compiled::add);
                failed |= result.isEmpty();
            } catch (RuntimeException e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
                        Diagnostic.INTERNAL.format(method.getSimpleName(), trace), method);
                throw e;
            }
        }
        if (!failed) {
            write(type, compiled);
        }
    }

    private void write(TypeElement type, List<DifferentiatedMethod> methods) {
        PackageElement pkg = processingEnv.getElementUtils().getPackageOf(type);
        String packageName = pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
        String className = ClassNames.derivativesOf(type);
        boolean hasGenerated = processingEnv.getElementUtils()
                .getTypeElement("javax.annotation.processing.Generated") != null;
        String source = DerivativesClass.source(packageName, className, ClassNames.reference(type),
                hasGenerated ? getClass().getName() : null, methods);
        String qualified = packageName.isEmpty() ? className : packageName + "." + className;
        try {
            JavaFileObject file = processingEnv.getFiler().createSourceFile(qualified, type);
            try (Writer writer = file.openWriter()) {
                writer.write(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names derived from the annotated class. */
    static final class ClassNames {
        private ClassNames() {
        }

        /** {@code Functions} gives {@code FunctionsDerivatives}; nested {@code Outer.Inner} gives {@code Outer_InnerDerivatives}. */
        static String derivativesOf(TypeElement type) {
            return reference(type).replace('.', '_') + "Derivatives";
        }

        /** How code in the same package names the class: {@code Outer.Inner} for a nested one. */
        static String reference(TypeElement type) {
            StringBuilder name = new StringBuilder(type.getSimpleName());
            for (Element e = type.getEnclosingElement(); e.getKind() != ElementKind.PACKAGE;
                    e = e.getEnclosingElement()) {
                name.insert(0, e.getSimpleName() + ".");
            }
            return name.toString();
        }
    }
}
