package dev.chainrule.processor.emit;

import java.util.Set;

/** Where each runtime class that generated code names lives: the one place the emitter knows the runtime's packages. */
final class RuntimePackages {

    /**
     * The user API, which generated signatures expose: views are {@code DifferentiableFunction}s, forward modes return
     * duals. Every other class generated code names is support that only it calls.
     */
    private static final Set<String> API = Set.of("DifferentiableFunction", "TwiceDifferentiableFunction", "Dual",
            "DualVector", "Duals", "DualVectors");

    private RuntimePackages() {
    }

    /** The qualified name of the runtime class {@code simpleName}, for an import. */
    static String qualified(String simpleName) {
        return (API.contains(simpleName) ? "dev.chainrule.runtime." : "dev.chainrule.runtime.support.") + simpleName;
    }
}
