package dev.chainrule.processor.emit;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Unique names for the locals of the convenience methods, avoiding the user's parameter names. */
final class LocalNames {
    private final Set<String> taken;

    LocalNames(Collection<String> reserved) {
        this.taken = new HashSet<>(reserved);
    }

    String claim(String hint) {
        String name = hint;
        for (int n = 2; !taken.add(name); n++) {
            name = hint + n;
        }
        return name;
    }
}
