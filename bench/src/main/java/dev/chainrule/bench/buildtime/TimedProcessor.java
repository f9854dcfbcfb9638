package dev.chainrule.bench.buildtime;

import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Runs another processor and adds up the time javac spends inside its {@code init} and {@code process}: the
 * processor's own cost, measured directly rather than as a difference of two builds. That includes what the
 * processor asks of javac meanwhile (reading sources, writing the generated files), which is part of its cost.
 */
final class TimedProcessor implements Processor {

    private final Processor delegate;
    private Sample spent = Sample.ZERO;

    TimedProcessor(Processor delegate) {
        this.delegate = delegate;
    }

    /** The time spent inside the processor so far. */
    Sample spent() {
        return spent;
    }

    @Override
    public Set<String> getSupportedOptions() {
        return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return delegate.getSupportedSourceVersion();
    }

    @Override
    public void init(ProcessingEnvironment processingEnv) {
        Sample start = Sample.now();
        try {
            delegate.init(processingEnv);
        } finally {
            spent = spent.plus(Sample.since(start));
        }
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
        Sample start = Sample.now();
        try {
            return delegate.process(annotations, roundEnv);
        } finally {
            spent = spent.plus(Sample.since(start));
        }
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
            ExecutableElement member, String userText) {
        return delegate.getCompletions(element, annotation, member, userText);
    }
}
