package dev.chainrule.processor.emit;

/** Where each runtime class that generated code names lives: the one place the emitter knows the runtime's packages. */
final class RuntimePackages {
    private RuntimePackages() {
    }

    /** The qualified name of the runtime class {@code simpleName}, for an import. */
    static String qualified(String simpleName) {
        return "dev.chainrule.runtime." + simpleName;
    }
}
