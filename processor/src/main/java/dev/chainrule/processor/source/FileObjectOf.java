package dev.chainrule.processor.source;

import java.lang.reflect.Method;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;

/**
 * {@code Elements.getFileObjectOf(Element)}, added in JDK 18 (JDK-8224922), called reflectively because the processor
 * is compiled for Java 17. It finds the source file of an element where javac's {@code Trees} is not available.
 */
final class FileObjectOf {
    private FileObjectOf() {
    }

    static Optional<JavaFileObject> of(Elements elements, Element element) {
        try {
            Method method = Elements.class.getMethod("getFileObjectOf", Element.class);
            Object file = method.invoke(elements, element);
            return file instanceof JavaFileObject source && source.getKind() == JavaFileObject.Kind.SOURCE
                    ? Optional.of(source)
                    : Optional.empty();
        } catch (ReflectiveOperationException | UnsupportedOperationException olderJdkOrOtherCompiler) {
            return Optional.empty();
        }
    }
}
