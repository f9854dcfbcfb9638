package dev.chainrule.processor.callees;

import dev.chainrule.processor.ir.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** What the annotations of a method say about its parameters, and the IR types of its signature. */
public final class Parameters {
    public static final String DIFFERENTIABLE = "dev.chainrule.Differentiable";
    public static final String NO_DERIVATIVE = "dev.chainrule.NoDerivative";

    private Parameters() {
    }

    /** The IR type of a parameter or result type, or empty for one chainrule does not handle. */
    public static Optional<Type> typeOf(TypeMirror type) {
        switch (type.getKind()) {
            case DOUBLE:
                return Optional.of(Type.DOUBLE);
            case INT:
                return Optional.of(Type.INT);
            case LONG:
                return Optional.of(Type.LONG);
            case BOOLEAN:
                return Optional.of(Type.BOOLEAN);
            case ARRAY:
                TypeMirror component = ((ArrayType) type).getComponentType();
                if (component.getKind() == TypeKind.DOUBLE) {
                    return Optional.of(Type.DOUBLE_ARRAY);
                }
                if (component.getKind() == TypeKind.ARRAY
                        && ((ArrayType) component).getComponentType().getKind() == TypeKind.DOUBLE) {
                    return Optional.of(Type.DOUBLE_MATRIX);
                }
                return Optional.empty();
            default:
                return Optional.empty();
        }
    }

    /** The names of the parameters whose type can carry a derivative: double, double[], double[][]. */
    public static Set<String> differentiableTyped(ExecutableElement method) {
        Set<String> names = new LinkedHashSet<>();
        for (VariableElement parameter : method.getParameters()) {
            if (typeOf(parameter.asType()).map(Type::isDifferentiable).orElse(false)) {
                names.add(parameter.getSimpleName().toString());
            }
        }
        return names;
    }

    /** The names of the parameters marked {@code @NoDerivative}. */
    public static Set<String> constants(ExecutableElement method) {
        Set<String> names = new LinkedHashSet<>();
        for (VariableElement parameter : method.getParameters()) {
            if (parameter.getAnnotationMirrors().stream().anyMatch(a -> is(a, NO_DERIVATIVE))) {
                names.add(parameter.getSimpleName().toString());
            }
        }
        return names;
    }

    /** The names listed in {@code @Differentiable(wrt = ...)}, empty when none are. */
    public static List<String> listedWrt(ExecutableElement method) {
        List<String> names = new ArrayList<>();
        for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
            if (!is(mirror, DIFFERENTIABLE)) {
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

    /**
     * The parameters a {@code @Differentiable} method is differentiated with respect to: those listed in wrt, or
     * else every double, double[] and double[][] parameter not marked {@code @NoDerivative}. Invalid wrt names are
     * left for the method's own compilation to report.
     */
    public static Set<String> wrt(ExecutableElement method) {
        List<String> listed = listedWrt(method);
        Set<String> names = differentiableTyped(method);
        if (listed.isEmpty()) {
            names.removeAll(constants(method));
            return names;
        }
        names.retainAll(listed);
        return names;
    }

    public static boolean isDifferentiable(ExecutableElement method) {
        return method.getAnnotationMirrors().stream().anyMatch(a -> is(a, DIFFERENTIABLE));
    }

    public static boolean is(AnnotationMirror mirror, String qualifiedName) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName);
    }
}
