package dev.chainrule.processor.callees;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds the class a name in source refers to, as javac would from a given class: a nested class, a class of the same
 * package, a fully qualified name, or {@code java.lang}. Single-type imports are passed in by the caller.
 */
public final class Types {
    private Types() {
    }

    public static Optional<TypeElement> resolve(Elements elements, TypeElement from, String name,
            Iterable<String> imports) {
        if (from.getSimpleName().contentEquals(name) || from.getQualifiedName().contentEquals(name)) {
            return Optional.of(from);
        }
        for (TypeElement outer = from; outer != null; outer = enclosingType(outer)) {
            TypeElement nested = elements.getTypeElement(outer.getQualifiedName() + "." + name);
            if (nested != null) {
                return Optional.of(nested);
            }
        }
        for (String imported : imports) {
            if (imported.endsWith("." + name) || imported.equals(name)) {
                TypeElement type = elements.getTypeElement(imported);
                if (type != null) {
                    return Optional.of(type);
                }
            }
        }
        PackageElement pkg = elements.getPackageOf(from);
        String local = pkg.isUnnamed() ? name : pkg.getQualifiedName() + "." + name;
        for (String candidate : new String[] {local, name, "java.lang." + name}) {
            TypeElement type = elements.getTypeElement(candidate);
            if (type != null) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** How code in package {@code from} names {@code type}: simple (dotted for nested) if it is in that package. */
    public static String reference(Elements elements, TypeElement type, PackageElement from) {
        PackageElement pkg = elements.getPackageOf(type);
        String nested = nestedName(type);
        if (pkg.equals(from) || pkg.isUnnamed()) {
            return nested;
        }
        return pkg.getQualifiedName() + "." + nested;
    }

    /** {@code Outer.Inner} for a nested class, the simple name for a top-level one. */
    public static String nestedName(TypeElement type) {
        StringBuilder name = new StringBuilder(type.getSimpleName());
        for (Element e = type.getEnclosingElement(); e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            name.insert(0, e.getSimpleName() + ".");
        }
        return name.toString();
    }

    /** The generated class of {@code type}: {@code FunctionsDerivatives}, {@code Outer_InnerDerivatives}. */
    public static String derivativesName(TypeElement type) {
        return nestedName(type).replace('.', '_') + "Derivatives";
    }

    private static TypeElement enclosingType(TypeElement type) {
        Element enclosing = type.getEnclosingElement();
        return enclosing instanceof TypeElement t ? t : null;
    }
}
