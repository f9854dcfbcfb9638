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

    /** Resolves nothing. */
    Fields NONE = (scope, name) -> Optional.empty();
}
