package dev.chainrule.processor.fuzz;

import com.github.javaparser.JavaParser;
import dev.chainrule.processor.DifferentiableProcessor;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import javax.annotation.processing.Processor;

/**
 * A {@link DifferentiableProcessor} whose classes are loaded once per thread by a loader of their own. Two
 * compilations running at once in one JVM corrupt each other's output when they share the processor's classes: its
 * emitter parses the code it writes with a JavaParser kept in a static field, and a JavaParser is not thread-safe
 * ("emitted code does not parse", ConcurrentModificationException). Giving each worker thread its own copy of the
 * processor and of JavaParser lets the campaign compile on several threads.
 */
final class IsolatedProcessor {
    private static final String[] OWN = {"dev.chainrule.processor.", "com.github.javaparser."};
    private static final ThreadLocal<ClassLoader> LOADER = ThreadLocal.withInitial(IsolatedProcessor::loader);

    private IsolatedProcessor() {
    }

    static Processor create() {
        try {
            return (Processor) LOADER.get().loadClass(DifferentiableProcessor.class.getName()).getConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ClassLoader loader() {
        URL[] urls = {location(DifferentiableProcessor.class), location(JavaParser.class)};
        return new URLClassLoader(urls, IsolatedProcessor.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                synchronized (getClassLoadingLock(name)) {
                    Class<?> c = findLoadedClass(name);
                    if (c == null && own(name)) {
                        c = findClass(name);
                    }
                    if (c == null) {
                        return super.loadClass(name, resolve);
                    }
                    if (resolve) {
                        resolveClass(c);
                    }
                    return c;
                }
            }
        };
    }

    /** The processor's and JavaParser's classes come from this loader; the test's own package does not. */
    private static boolean own(String name) {
        if (name.startsWith("dev.chainrule.processor.fuzz.")) {
            return false;
        }
        for (String prefix : OWN) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static URL location(Class<?> type) {
        try {
            return type.getProtectionDomain().getCodeSource().getLocation().toURI().toURL();
        } catch (URISyntaxException | java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
