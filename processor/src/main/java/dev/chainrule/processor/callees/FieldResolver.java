package dev.chainrule.processor.callees;

import dev.chainrule.processor.frontend.Fields;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Type;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Resolves names in a method body to fields read as constants: a static field of the class or an enclosing one,
 * {@code Owner.NAME} of another class, or (in an instance method) a field of the object. Only non-private fields of
 * type double, int, long or boolean qualify, and static ones of type double[] or double[][] (data tables): the
 * generated class reads them, and no derivative flows from them.
 */
public final class FieldResolver implements Fields {
    private final Elements elements;
    private final TypeElement caller;
    private final PackageElement callerPackage;
    private final Iterable<String> imports;

    public FieldResolver(Elements elements, TypeElement caller, Iterable<String> imports) {
        this.elements = elements;
        this.caller = caller;
        this.callerPackage = elements.getPackageOf(caller);
        this.imports = imports;
    }

    @Override
    public Optional<Expr.Field> resolve(String scope, String name) {
        if (scope != null) {
            return Types.resolve(elements, caller, scope, imports).flatMap(owner -> field(owner, name));
        }
        for (Element e = caller; e instanceof TypeElement type; e = e.getEnclosingElement()) {
            Optional<Expr.Field> field = field(type, name);
            if (field.isPresent()) {
                return field;
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Type> instanceField(String name) {
        for (VariableElement field : ElementFilter.fieldsIn(elements.getAllMembers(caller))) {
            if (field.getSimpleName().contentEquals(name) && !field.getModifiers().contains(Modifier.STATIC)
                    && !field.getModifiers().contains(Modifier.PRIVATE)) {
                return Parameters.typeOf(field.asType()).filter(t -> !t.isArray());
            }
        }
        return Optional.empty();
    }

    private Optional<Expr.Field> field(TypeElement owner, String name) {
        for (VariableElement field : ElementFilter.fieldsIn(elements.getAllMembers(owner))) {
            if (field.getSimpleName().contentEquals(name) && field.getModifiers().contains(Modifier.STATIC)
                    && !field.getModifiers().contains(Modifier.PRIVATE)) {
                Optional<Type> type = Parameters.typeOf(field.asType());
                return type.map(t -> new Expr.Field(Types.reference(elements, owner, callerPackage), name, t));
            }
        }
        return Optional.empty();
    }
}
