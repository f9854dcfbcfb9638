package dev.chainrule.processor.frontend;

import dev.chainrule.processor.ir.Expr;
import java.util.Optional;

/**
 * Resolves a name that is not a local or parameter to a static field read as a constant. Implemented by the
 * processor, which sees declarations; the front end sees only the name.
 */
public interface Fields {

    /** The field {@code scope.name} ({@code scope} null for a simple name), or empty when there is none usable. */
    Optional<Expr.Field> resolve(String scope, String name);

    /**
     * The type of the non-private instance field {@code name} of the class whose instance method is lowered, or
     * empty when there is none usable.
     */
    default Optional<dev.chainrule.processor.ir.Type> instanceField(String name) {
        return Optional.empty();
    }

    /** Resolves nothing. */
    Fields NONE = (scope, name) -> Optional.empty();
}
