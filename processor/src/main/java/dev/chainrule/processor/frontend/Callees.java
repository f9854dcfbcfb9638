package dev.chainrule.processor.frontend;

import dev.chainrule.processor.ir.Callee;
import java.util.Optional;

/**
 * Resolves a call in a method body to a method whose derivatives chainrule can use. Implemented by the processor,
 * which sees declarations and annotations; the front end sees only the call's text.
 */
public interface Callees {

    /**
     * The callee of {@code scope.name(...)} with {@code arity} arguments ({@code scope} null for an unqualified
     * call), or empty when there is none chainrule can differentiate.
     */
    Optional<Callee> resolve(String scope, String name, int arity);

    /** Resolves nothing: every call that is not a {@code Math} function is an error. */
    Callees NONE = (scope, name, arity) -> Optional.empty();
}
